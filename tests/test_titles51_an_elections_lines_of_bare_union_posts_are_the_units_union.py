"""A college's or a company's congress prints its election one post a line (工会常务副主席：
某某, 经费审查委员会主任：某某, 女职工委员会主任：某某) after paragraphs that name the unit's
union only short, inside a chain (党委副书记、校工会主席某某主持), and a guest's union in full
(省教育工会副主席某某出席). The bare 工会 of the lines is the one unit's own union the article
names up to them, the chain's short form counted; the committees' heads are that union's,
not the guest's. Near miss: with two units' own unions named, a bare 工会 is left as read.
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = """青禾学院召开教代会
本报讯 12月4日，青禾学院第五届教职工代表大会在报告厅召开。省教育工会副主席晏冬出席开幕式。
开幕式由党委副书记、校工会主席苑明主持。
会议听取并审议了工会工作报告。
在随后召开的工会委员会第一次全体会议上，选举产生了工会主席、副主席。选举结果如下：
工会主席：苑明
工会常务副主席：景春
经费审查委员会主任：巩立
女职工委员会主任：詹悦
"""


def _posts(page: str, name: str) -> set[tuple[str, str | None]]:
    article = page_facts(page).articles[0]
    return {
        (p.title_normalised, p.org.name if p.org else None)
        for p in article.positions
        if p.name == name
    }


def test_a_bare_union_post_on_an_election_line_is_the_colleges_union():
    assert _posts(_PAGE, "景春") == {("常务副主席", "青禾学院工会")}


def test_a_committees_head_on_an_election_line_is_not_the_guests_union():
    assert _posts(_PAGE, "巩立") == {("经费审查委员会主任", "青禾学院工会")}
    assert _posts(_PAGE, "詹悦") == {("主任", "青禾学院工会女职工委员会")}


def test_with_two_units_unions_named_a_bare_union_post_is_left_as_read():
    page = _PAGE.replace(
        "会议听取并审议了工会工作报告。", "青禾电器有限公司工会主席甲乙丙列席会议。"
    )
    assert ("常务副主席", "青禾学院工会") not in _posts(page, "景春")
