"""An honours report's lists of people, numbered one a line from 1 (``1.某某 某单位职务``)
under the award's heading or a numeral alone (``一``, ``二``): two such lines are a list's
rows, each a body paragraph (``ANNOTATION.md``: a list printed one item a line under a
heading has one body paragraph a line), not photo captions as two unnumbered lines of a
name and a post may be; the heading over each list stays a heading. Lines whose numbers
do not count from 1 in order, or that are sentences, are no such list. Invented text in
the shape of honours reports on union sites read in session 40."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = (
    "芦山县总工会表彰优秀工会干部\n"
    "本报讯（通讯员 祁曼）5月6日，芦山县总工会召开表彰会，表彰一批优秀工会干部。\n"
)
LISTS = (
    "优秀工会主席\n"
    "1.柏云舟 芦山县龙门乡总工会主席\n"
    "2.鲁雅琴 芦山县人民医院工会主席\n"
    "优秀工会工作者\n"
    "1.薛晓东 芦山县交通局工会主席\n"
    "2.尹红梅 芦山县思延镇总工会副主席\n"
)


def _roles(page: str) -> dict[str, str]:
    (article,) = layout_articles(page)
    return {text.strip(): role for role, text in article}


def test_two_numbered_name_lines_under_a_heading_are_body_paragraphs() -> None:
    roles = _roles(HEAD + LISTS)
    assert [roles[line] for line in LISTS.splitlines() if line[0].isdigit()] == ["body"] * 4


def test_the_awards_heading_is_no_caption() -> None:
    roles = _roles(HEAD + LISTS)
    assert roles["优秀工会主席"] == "section_heading"
    assert roles["优秀工会工作者"] == "section_heading"


def test_a_numeral_alone_over_the_list_is_its_heading() -> None:
    page = HEAD + LISTS.replace("优秀工会主席", "一").replace("优秀工会工作者", "二")
    roles = _roles(page)
    assert roles["二"] == "section_heading"
    assert roles["2.尹红梅 芦山县思延镇总工会副主席"] == "body"


def test_numbers_out_of_order_make_no_list() -> None:
    page = HEAD + "优秀工会主席\n3.柏云舟 芦山县龙门乡总工会主席\n5.鲁雅琴 芦山县人民医院工会主席\n"
    assert _roles(page)["3.柏云舟 芦山县龙门乡总工会主席"] != "body"
