"""A line of a unit and its writers' names under a web copy's title (``某某公司 某某``)
is the copy's byline: no subtitle, and, with no header row under it, no headline that
would make the real title a kicker (issue 8). The unit is no author."""

from __future__ import annotations

from tests.conftest import layout_articles, page_facts

TITLE = "青松县总工会举办招聘会\n"
TEXT = (
    "近日，青松县总工会联合县人社局举办专场招聘会，32家企业提供岗位600余个。\n"
    "县总工会主席钟明远到现场察看招聘情况。\n"
)
HEADER = "2024-05-09 10:12 来源：青松工会\n"


def _head(text: str) -> list[tuple[str, str]]:
    (article,) = layout_articles(text)
    return [(role, plain) for role, plain in article if role != "body"]


def test_a_unit_and_a_name_under_a_web_title_is_its_byline():
    page = TITLE + "青松县供电公司 韩书宁\n" + HEADER + TEXT
    assert _head(page) == [
        ("headline", "青松县总工会举办招聘会"),
        ("byline", "青松县供电公司 韩书宁"),
    ]


def test_a_unit_and_names_with_no_header_row_leave_the_title_the_headline():
    page = TITLE + "青松县总工会 韩书宁 欧阳青\n" + TEXT
    assert _head(page) == [
        ("headline", "青松县总工会举办招聘会"),
        ("byline", "青松县总工会 韩书宁 欧阳青"),
    ]


def test_the_unit_of_a_byline_is_no_author():
    page = TITLE + "青松县供电公司 韩书宁\n" + TEXT
    authors = {(a.name, a.role.value) for art in page_facts(page).articles for a in art.authors}
    assert authors == {("韩书宁", "author")}


def test_a_unit_alone_over_the_title_stays_a_kicker():
    page = "青松县总工会\n" + TITLE + HEADER + TEXT
    assert ("byline", "青松县总工会") not in _head(page)
