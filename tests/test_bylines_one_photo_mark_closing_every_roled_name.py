"""A photo news item's credit that names each taker after a role word and closes with
one photographer's mark (``本报记者 某某 本报通讯员 某某 摄``) credits them all with the
photo, under the headline as under the text (a national workers' daily's photo news,
read in session 37; real_dev3's gold reads it so). A byline with a mark after each name
(``某某/文 某某/摄``) and a report's neutral mark (``记者某某 通讯员某某 报道``) keep their
own roles. Invented text."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _roles(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(byline)]


def test_a_reporter_and_a_correspondent_closed_by_one_photo_mark_are_photographers() -> None:
    found = _roles("本报记者 钱若楠 本报通讯员 殷晓秋 摄")
    assert found == [("钱若楠", "photographer"), ("殷晓秋", "photographer")]


def test_the_credit_under_a_photo_news_headline_gives_no_reporter_row() -> None:
    page = (
        "深夜走访城市工人休息室\n"
        "本报记者 钱若楠 本报通讯员 殷晓秋 摄\n"
        "1月8日晚上，南平市总工会主席钟维明走进城区街巷，走访城市工人休息室，"
        "同正在那里休息的环卫工人交谈。\n"
    )
    authors = {(a.name, a.role.value) for a in page_facts(page).articles[0].authors}
    assert authors == {("钱若楠", "photographer"), ("殷晓秋", "photographer")}


def test_a_mark_after_each_name_keeps_each_names_role() -> None:
    assert _roles("□本报记者 孙悦然/文 齐思源/摄") == [
        ("孙悦然", "reporter"),
        ("齐思源", "photographer"),
    ]


def test_a_reports_neutral_mark_keeps_the_role_words_roles() -> None:
    assert _roles("记者 柏雪松 通讯员 倪晓东 报道") == [
        ("柏雪松", "reporter"),
        ("倪晓东", "correspondent"),
    ]
