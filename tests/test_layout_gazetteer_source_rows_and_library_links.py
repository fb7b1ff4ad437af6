"""Long and dense pages read from real shapes (session 11), pinned with invented text:
a gazetteer section's heading parted from its numbered parts by the copy's source row
still heads them; a digital library's links are furniture, and so are its record's
fields when the record spaces their names out (出 版 物：); a company's name that holds
电力 is no dateline, so a list of units stays one article; a flattened e-paper's title
run on into its text's dateline is cut off as the headline; the rows of a table whose
rule a copy left out are text, none a headline; a yearbook's running head that prints
its year, a page viewer's title and an archive's fonds number are furniture."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.cues import dateline_prefix, is_dateline_alone
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.segment import layout
from gonghui_build.layout.title_meta import title_dateline_start

SECTION_OVER_SOURCE = """第四节 工会组织

原文地址：http://zhi.example.org/lw/j9/s4.htm

一、组织沿革
1951年2月，柳湾县工会筹备委员会成立，在县城手工业工人中发展会员一百二十名。
1956年召开第一次会员代表大会，选举产生县工会委员会。
二、主要活动
1958年起，县工会在全县工矿企业开展劳动竞赛，评出先进生产者八十六名。
"""

SOURCE_OVER_BANNER_ONLY = """柳湾县总工会欢迎您

原文地址：http://gh.example.org/lw/2021/07.htm

一、基本情况
今年以来，县总工会新建基层工会十四个，发展会员九百余名。
"""

UNIT_LIST = """柳湾市五一劳动奖状名单公示
经基层推荐、市总工会审核，拟授予下列单位柳湾市五一劳动奖状，现予公示。
国网柳湾市电力公司城南供电公司
柳湾港务集团有限公司装卸三队
国网柳湾市电力公司检修分公司
公示期间，如有异议，请向市总工会反映。
"""


def _page(text: str):
    return layout(split_blocks(text))


def _role_of(page, text: str) -> str:
    return next(p.role for p in page.placed if p.block.plain.strip() == text)


def test_a_part_heading_parted_from_its_numbered_sections_by_a_source_row_heads_them():
    page = _page(SECTION_OVER_SOURCE)
    assert len(page.articles) == 1
    assert _role_of(page, "第四节 工会组织") == "headline"
    assert _role_of(page, "一、组织沿革") == "section_heading"
    assert _role_of(page, "二、主要活动") == "section_heading"
    assert _role_of(page, "原文地址：http://zhi.example.org/lw/j9/s4.htm") == "furniture"


def test_a_line_over_the_source_row_that_is_no_part_heading_does_not_head_the_sections():
    page = _page(SOURCE_OVER_BANNER_ONLY)
    assert [p for p in page.placed if p.role == "headline"] == []
    assert _role_of(page, "一、基本情况") == "section_heading"


def test_a_digital_librarys_links_and_page_field_are_furniture():
    for line in ("查看原文", "查看更多", "关于本站", "页码： 563"):
        assert furniture_kind(line), line


def test_a_unit_whose_name_holds_a_power_company_is_no_dateline():
    for line in ("国网柳湾市电力公司城南供电公司", "国网柳湾市电力公司检修分公司"):
        assert dateline_prefix(line) is None and not is_dateline_alone(line)
    assert dateline_prefix("新华社柳湾5月3日电 记者从市总工会获悉，") is not None
    assert dateline_prefix("中工网柳湾12月26日电 今天上午，") is not None


def test_a_list_of_units_one_a_line_stays_one_article():
    page = _page(UNIT_LIST)
    assert len(page.articles) == 1
    assert not [p for p in page.placed if p.role == "dateline"]


JOURNAL_RECORD = """出 版 物：《柳湾职工》
年 卷 期：2019年第4期
页 面：12-13页
摘 要：柳湾市总工会在全市开展职工书屋建设，三年来建成职工书屋一百二十个，藏书二十万册。
"""


def test_a_records_fields_with_spaced_out_names_are_furniture_and_no_headline():
    page = _page(JOURNAL_RECORD)
    for line in ("出 版 物：《柳湾职工》", "年 卷 期：2019年第4期", "页 面：12-13页"):
        assert _role_of(page, line) == "furniture", line
    assert [p for p in page.placed if p.role == "headline"] == []
    assert [p.role for p in page.placed if p.block.plain.startswith("摘")] == ["body"]


def test_a_spaced_out_word_that_is_no_field_name_stays_text():
    assert furniture_kind("出 版 社区职工读物三百册，送到一线班组。") is None


FLATTENED = """第A03版：要闻 | 上一版 下一版 |
柳湾新建 42个户外劳动者驿站 本报讯 近日，柳湾市总工会在城区新建户外劳动者驿站四十二个，为环卫工人、快递员提供饮水、休息服务。 柳湾晚报记者 石青岚 |
上一篇 下一篇 |
"""


def test_a_title_run_on_into_its_dateline_is_cut_off_as_the_headline():
    page = _page(FLATTENED)
    assert [p.block.plain for p in page.placed if p.role == "headline"] == [
        "柳湾新建 42个户外劳动者驿站"
    ]
    assert len(page.articles) == 1


def test_a_sentence_or_a_byline_before_a_dateline_is_not_cut_off_as_a_title():
    assert title_dateline_start("会议由市总工会主持，各区代表参加。 本报讯 近日，…") is None
    assert title_dateline_start("记者 石青岚 通讯员 林小川 本报讯 近日，柳湾市总工会…") is None
    assert title_dateline_start("本报讯 近日，柳湾市总工会召开全委会议。") is None


UNRULED_TABLE = """柳湾县总工会2023年工作总结
一、主要工作
全年新建基层工会十四个，发展会员九百余名，慰问困难职工二百三十户。
二、存在的问题
工作中还有一些不足：
问题类别 | 具体表现 |
组织建设 | 部分新建企业工会制度不够健全 |
服务职工 | 户外劳动者驿站覆盖面还不够广 |
"""

MENU_ROWS = """首页 | 工会要闻 | 基层动态 |
职工维权 | 劳模风采 | 联系我们 |
柳湾县总工会举办职工篮球赛
本报讯 5月8日，柳湾县总工会职工篮球赛开幕，十二支代表队参赛。
"""


def test_the_rows_of_a_table_that_lost_its_rule_are_text_not_headlines():
    page = _page(UNRULED_TABLE)
    assert len(page.articles) == 1
    rows = [p for p in page.placed if "|" in p.block.plain]
    assert len(rows) == 3
    assert {p.role for p in rows} == {"body"}
    assert [p.block.plain for p in page.placed if p.role == "headline"] == [
        "柳湾县总工会2023年工作总结"
    ]


def test_rows_of_a_menu_are_no_table():
    page = _page(MENU_ROWS)
    assert {p.role for p in page.placed if "|" in p.block.plain} == {"furniture"}


def test_a_yearbooks_running_head_with_its_year_is_furniture():
    for line in ("2019  柳湾年鉴", "柳湾区年鉴　　2019", "2019年 · 柳湾年鉴"):
        assert furniture_kind(line), line
    assert furniture_kind("2019年柳湾区总工会工作要点") is None


def test_a_page_viewers_title_over_a_scanned_page_is_furniture():
    assert furniture_kind("Page 57 - 柳湾年鉴2019")
    assert furniture_kind("Page 57 - 柳湾区总工会召开全委会议，部署全年工作。") is None


def test_an_archives_fonds_fields_are_furniture_not_a_headline():
    page = _page(
        "全宗号：县207\n一、机构沿革\n1951年6月建立柳湾县总工会筹备委员会，1956年改称柳湾县工会联合会。\n"
    )
    assert _role_of(page, "全宗号：县207") == "furniture"
    assert [p for p in page.placed if p.role == "headline"] == []
