"""Award lists an e-paper prints under its report, one winner a line (session 19).

Real shape (a provincial workers' paper's e-paper, real_dev11's award page): the
report's paragraphs are indented, the list's lines are not, and a counted heading
(``二、某市劳动模范（4名）``) stands over the items. The page's unindented lines run on
into the line before them, so the heading was glued to its first item and read as a
caption. All names and units below are invented."""

from __future__ import annotations

from gonghui_build.layout.roster import is_counted_heading
from tests.conftest import block_roles

EPAPER_LIST = """青禾市表彰一批劳动模范和先进集体
  本报讯（记者 柏知远）4月26日，青禾市劳动模范表彰大会在市会议中心召开，市总工会主席蓝望舒宣读表彰决定。
  大会共表彰市级先进集体3个、市级劳动模范3名。名单如下：
一、青禾市先进集体（3个）
青禾澄河纺织有限公司织造车间
青禾南苑医院急诊科
青禾长渠公交有限公司8路车队
二、青禾市劳动模范（3名）
郁晴川 青禾钢联机械有限公司焊工
祁念安 青禾南苑医院护士长
窦静怡 青禾长渠公交有限公司驾驶员
"""


def test_a_counted_heading_is_a_line_of_its_own():
    assert is_counted_heading("二、青禾市劳动模范（3名）")
    assert is_counted_heading("一、青禾市先进集体（共12个）")
    assert not is_counted_heading("二是组织劳动模范（3名）到基层宣讲。")
    assert not is_counted_heading("青禾市劳动模范")


def test_counted_headings_on_an_indented_page_head_the_winners_under_them():
    roles = block_roles(EPAPER_LIST)
    assert roles["一、青禾市先进集体（3个）"] == "section_heading"
    assert roles["二、青禾市劳动模范（3名）"] == "section_heading"
    for line in EPAPER_LIST.splitlines()[4:7] + EPAPER_LIST.splitlines()[8:11]:
        assert roles[line] == "body", line


def test_the_report_over_the_list_keeps_its_own_paragraphs():
    roles = block_roles(EPAPER_LIST)
    body = [text for text, role in roles.items() if role in ("body", "dateline")]
    assert len(body) == 2 + 6  # two paragraphs of the report, six lines of the list
