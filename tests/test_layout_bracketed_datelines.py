"""Datelines in brackets, as papers of the 1940s and 50s printed them before an item's
text (``【新华社某地十四日电】``, ``【某地讯】``, ``（本报讯）``): each opens a news item
under its head, as ``本报讯`` does; none is a yearbook's entry heading in brackets, and a
column's heading of news in brackets (``【工会简讯】``) stays one (session 14, invented
text in the shape of archive copies of old papers)."""

from __future__ import annotations

from gonghui_build.layout.cues import DATELINE_RE, dateline_opens_text, is_label
from tests.conftest import layout_roles

# An archive's copy of an old page: each item under the record's fields, its head in two
# or three lines, then its text opened by a dateline in brackets.
OLD_PAGE = (
    "1952年5月3日某某日报 第2版\n"
    "\n"
    "第2版()\n"
    "专栏：\n"
    "\n"
    "青禾纺织厂女工超额完成四月计划\n"
    "【新华社青禾二日电】青禾纺织厂细纱车间的女工们在四月份的生产竞赛中，"
    "提前六天完成了全月计划，产量比三月提高百分之八。\n"
    "车间工会小组长何秀英说，大家要在五月里再接再厉。\n"
    "\n"
    "第2版()\n"
    "专栏：\n"
    "\n"
    "江州机床厂工人提出合理化建议\n"
    "一个月里节约钢材十二吨\n"
    "【江州讯】江州机床厂工会发动工人提合理化建议，一个月里收到建议三百多条，"
    "已采用的建议节约了钢材十二吨。\n"
    "铣工孟立翔改进了夹具，工效提高一倍。\n"
)


def test_an_agency_or_a_place_in_brackets_is_a_dateline_but_an_entry_heading_is_not():
    assert dateline_opens_text("【新华社青禾二日电】青禾纺织厂细纱车间的女工们在竞赛中超产。")
    assert dateline_opens_text("【新华社十四日讯】某某厂职工日前集会。")
    assert dateline_opens_text("【江州讯】江州机床厂工会发动工人提合理化建议。")
    assert dateline_opens_text("【青禾二十日电】青禾各厂职工开展生产竞赛。")
    assert dateline_opens_text("（本报讯）市建设局工程队工友展开生产竞赛。")
    assert dateline_opens_text("（新华社青禾十七日电）某某工会全国委员会代表大会今天开幕。")
    # a brief's source alone on its line after the text opens nothing
    assert not DATELINE_RE.match("（据新华社电）")
    # a yearbook's entries and a column of news in brackets are no datelines
    assert not DATELINE_RE.match("【概况】2019年，全市有基层工会组织1200个。")
    assert not DATELINE_RE.match("【送温暖】春节前，市总工会走访困难职工。")
    assert not DATELINE_RE.match("【工会简讯】某区总工会日前举办培训班。")
    assert not DATELINE_RE.match("【职工之家建设喜讯】某厂获评模范职工之家。")


def test_a_bracketed_place_dateline_is_a_label_not_an_entry_heading():
    assert is_label("【江州讯】")
    assert is_label("江州讯")
    assert not is_label("概况")


def test_each_bracketed_dateline_opens_its_item_under_its_own_head():
    roles = layout_roles(OLD_PAGE)
    first = roles["青禾纺织厂女工超额完成四月计划"]
    second = roles["江州机床厂工人提出合理化建议"]
    assert first[0] == "headline"
    assert second[0] in ("headline", "kicker")
    assert first[1] != second[1]
    dateline = "【江州讯】"
    opening = next(k for k in roles if k.startswith(dateline))
    assert roles[opening] == ("dateline", second[1])
