"""A briefs column may print each brief's bold run-in head after its bullet, and the head
may shorten the body its text names (``■某地工会送清凉到工地 7月3日，某地市总工会…``): the
text names no subject the head opens with, yet the bullet opens an item and the text after
the blank opens with its day (or days) or the word for lately and a comma, as an item's
first sentence does. Each brief is an article headed by its run-in head. A bullet before a
body's name and a text that goes on from it (``△某县总工会 近日举办…``) or a caption
(``▲区委书记某某讲话``) has no run-in head. Invented text in the shape read in session
37 (briefs pages of provincial workers' papers)."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = "江西工人报\n2024年7月5日 星期五\n第02版：工会新闻\n"
BRIEFS = (
    "■九江工会送清凉到工地 7月3日，九江市总工会副主席胡晓峰带队来到濂溪区一处安置房"
    "建设工地，为三百余名建筑工人送去防暑用品。（万立新）\n"
    "■萍乡举办职工篮球联赛 7月1日至4日，萍乡市总工会在市体育馆举办第五届职工篮球联赛，"
    "十六支代表队参赛。（廖华）\n"
    "■上饶开通职工法律援助热线 近日，上饶市总工会开通职工法律援助热线，由四名专职律师"
    "轮流值守。（彭雨 林珊）\n"
)


def _heads(articles: list[list[tuple[str, str]]]) -> list[str]:
    return [text.lstrip("■") for a in articles for role, text in a if role == "headline"]


def test_each_bulleted_brief_is_headed_by_a_head_that_shortens_its_body() -> None:
    articles = layout_articles(PAGE + BRIEFS)
    assert len(articles) == 3
    assert _heads(articles) == [
        "九江工会送清凉到工地",
        "萍乡举办职工篮球联赛",
        "上饶开通职工法律援助热线",
    ]
    body = "近日，上饶市总工会开通职工法律援助热线，由四名专职律师轮流值守。"
    assert ("body", body) in articles[2]
    assert ("byline", "（廖华）") in articles[1]


def test_an_unbulleted_head_that_names_no_subject_of_its_text_stays_in_the_text() -> None:
    """With no bullet the line may be a sentence's opening set apart by a blank: only a
    head naming its text's subject is cut off there (layout25), as before."""
    articles = layout_articles(PAGE + BRIEFS.replace("■", ""))
    assert "九江工会送清凉到工地" not in _heads(articles)


def test_a_bulleted_body_name_before_its_verb_is_no_head() -> None:
    page = PAGE + (
        "△宝鸡县总工会组织部 近日举办基层工会宣传委员培训班，六十名学员参加。（杨晓勇）\n"
        "△略阳车务段工会劳保部 日前在全段开展劳动保护知识问答竞赛。（韩亚南）\n"
    )
    articles = layout_articles(page)
    assert len(articles) == 2
    assert _heads(articles) == []


def test_bulleted_captions_are_no_run_in_heads() -> None:
    page = PAGE + "▲区委书记沈景和在大会上讲话\n▲代表们投票选举新一届委员会\n"
    assert _heads(layout_articles(page)) == []
