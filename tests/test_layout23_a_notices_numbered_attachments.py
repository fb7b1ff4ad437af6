"""A notice lists what it sends with it after its text, one attachment a line, numbered
on from the ``附件：`` line (``附件：1.某某报名表`` / ``2.参赛回执``), or under ``附件：`` alone.
The lines that go on with the numbering are the list's, furniture as its first line is:
the signature under them is the notice's byline, not a caption. Invented text in the
shape of union notices on union and university sites."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

NOTICE = """\
关于举办全市职工乒乓球比赛的通知
各区县总工会、各产业工会：
为丰富职工业余文化生活，市总工会决定于5月举办全市职工乒乓球比赛。现将有关事项通知如下：
一、比赛时间：2023年5月20日至21日。
二、比赛地点：市工人文化宫体育馆。
三、请各单位于5月10日前将报名表报市总工会宣教部。
{attachments}
郑州市总工会
2023年4月20日
"""


def test_entries_after_the_attachment_line_are_furniture() -> None:
    page = NOTICE.format(attachments="附件：1.全市职工乒乓球比赛报名表\n2.参赛回执\n3.裁判员名单")
    roles = block_roles(page)
    for line in ("附件：1.全市职工乒乓球比赛报名表", "2.参赛回执", "3.裁判员名单"):
        assert roles[line] == "furniture", line
    articles = layout_articles(page)
    assert len(articles) == 1
    assert ("byline", "郑州市总工会") in articles[0]


def test_entries_under_a_bare_attachment_line_are_furniture() -> None:
    page = NOTICE.format(attachments="附件：\n1.全市职工乒乓球比赛报名表\n2.参赛回执")
    roles = block_roles(page)
    assert roles["1.全市职工乒乓球比赛报名表"] == "furniture"
    assert roles["2.参赛回执"] == "furniture"
    assert len(layout_articles(page)) == 1


def test_the_notices_own_numbered_list_stays_text() -> None:
    roles = block_roles(NOTICE.format(attachments="附件：全市职工乒乓球比赛报名表"))
    assert roles["一、比赛时间：2023年5月20日至21日。"] == "body"


def test_a_numbered_line_out_of_sequence_is_not_the_list() -> None:
    page = NOTICE.format(attachments="附件：1.全市职工乒乓球比赛报名表\n3.参赛回执")
    assert block_roles(page)["3.参赛回执"] != "furniture"


def test_a_numbered_sentence_after_the_attachment_line_is_not_the_list() -> None:
    page = NOTICE.format(
        attachments="附件：1.全市职工乒乓球比赛报名表\n2.请各单位认真组织，按时报送参赛名单，逾期不予受理。"
    )
    roles = block_roles(page)
    assert roles["2.请各单位认真组织，按时报送参赛名单，逾期不予受理。"] != "furniture"
