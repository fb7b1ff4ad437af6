"""A workers' paper's standing column's name (``职工天地``, ``维权在线``, ``以案说法``) printed
alone on its line between two items is the page's, as ``劳模风采`` is (``ANNOTATION.md``: a
standing column's name over an item is furniture): neither a second headline line of the
item under it nor its kicker, and the item above ends there. A place alone over a headline
(``延庆``) is still that item's kicker. Invented text in the shape of provincial workers'
papers' e-pages read in session 40."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles, layout_heads

FIRST = (
    "湖滨市总工会启动职工夏季送清凉行动\n"
    "本报讯（记者 葛云帆）6月12日，湖滨市总工会在码头启动职工夏季送清凉行动。\n"
)
ESSAY = (
    "师傅的那本笔记\n"
    "□湖滨重工集团 孟晓岚\n"
    "刚进车间那年，师傅交给我一本泛黄的笔记，上面记着他三十年来处理故障的心得。\n"
)
QUESTION = (
    "加班不给加班费怎么办\n"
    "本报记者 葛云帆\n"
    "读者覃先生来电反映，所在公司长期安排周末加班却不支付加班费。\n"
)


def test_a_workers_writing_column_is_no_second_headline_line() -> None:
    page = FIRST + "职工天地\n" + ESSAY
    roles = block_roles(page)
    assert roles["职工天地"] == "furniture"
    assert layout_heads(page)[1] == [("headline", "师傅的那本笔记")]


def test_a_legal_help_column_is_no_kicker() -> None:
    for column in ("维权在线", "以案说法"):
        page = FIRST + column + "\n" + QUESTION
        assert block_roles(page)[column] == "furniture"
        assert layout_heads(page)[1] == [("headline", "加班不给加班费怎么办")]


def test_two_columns_on_one_page_leave_three_items() -> None:
    page = FIRST + "职工天地\n" + ESSAY + "维权在线\n" + QUESTION
    assert len(layout_articles(page)) == 3


def test_a_place_over_a_headline_stays_its_kicker() -> None:
    page = FIRST + "延庆\n" + QUESTION
    assert ("kicker", "延庆") in layout_heads(page)[1]
