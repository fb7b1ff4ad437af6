"""A credit closing a county media centre's copy that prints the outlet's name glued to
the role word (``（某县融媒体中心记者 某某）``, ``某市电视台记者 某某``): the outlet is a
media outlet by its ending, as a paper is by its 报, so the name is its reporter, not a
union's correspondent. Invented text in the shape of a county union's reposted news."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts

PAGE = """\
区工会开展夏送清凉活动
7月8日，临川区总工会走访建筑工地，为一线职工送去防暑用品。
区总工会副主席贾慕云带队慰问。（临川区融媒体中心记者 伍晓岚）
"""


def test_a_media_centres_reporter_closing_the_text_is_a_reporter() -> None:
    article = page_facts(PAGE).articles[0]
    assert [(a.name, a.role.value) for a in article.authors] == [("伍晓岚", "reporter")]


def test_a_tv_stations_reporter_and_a_correspondent_keep_their_roles() -> None:
    found = parse_byline("临川区电视台记者 伍晓岚 通讯员 程暮雨", end_credit=True)
    assert [(a.name, a.role.value) for a in found] == [
        ("伍晓岚", "reporter"),
        ("程暮雨", "correspondent"),
    ]


def test_a_unit_before_the_name_still_gives_a_correspondent() -> None:
    page = PAGE.replace("临川区融媒体中心记者", "青川机床有限公司工会")
    article = page_facts(page).articles[0]
    assert [(a.name, a.role.value) for a in article.authors] == [("伍晓岚", "correspondent")]
