"""Long and multi-item pages read from real shapes (session 10), pinned with invented
pages: a row of header fields that opens with a counter is no headline; a site's slogan
between the teasers of a list of links is the list's, not the page's text; a call to
follow the site's account is furniture; two columns of a text layer stay apart over a
line where one column's paragraph ends."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.column_reading import reading_order
from gonghui_build.layout.segment import layout
from gonghui_build.layout.title_meta import meta_tail_start

FIELD_ROW = """阅读数量: 12 作者: 网站编辑 发布时间: 2023-05-18 来源: 本站
5月16日，青禾镇总工会召开会员代表大会，审议工会工作报告和经费收支情况报告。
会议选举产生新一届工会委员会，与会代表就今年的工作重点提出了建议。
"""

LINKS_AFTER = """▲连日来，柳湾市总工会组织“最美劳动者”摄影活动，二十名工会干部走进一线拍摄。
通讯员 石青岚 摄
新闻推荐
柳湾：春耕备耕忙不停
柳湾新闻，讲述身边的故事。看家乡事，品故乡情。
多地开展“安全生产月”宣传活动
"""

LINKS_THEN_TEXT = """柳湾市总工会举办职工书画展
本报讯 5月8日，柳湾市总工会职工书画展开幕，展出作品一百二十幅。
相关新闻
柳湾：春耕备耕忙不停
展览将持续至5月20日，市民可免费参观。
"""


def _page(text: str):
    return layout(split_blocks(text))


def _headlines(page) -> list[str]:
    return [p.block.plain for p in page.placed if p.role == "headline"]


def test_a_header_row_opening_with_a_counter_field_is_not_cut_into_a_title():
    assert meta_tail_start(FIELD_ROW.splitlines()[0]) is None


def test_a_page_whose_header_row_opens_with_a_counter_has_no_headline():
    page = _page(FIELD_ROW)
    assert len(page.articles) == 1
    assert _headlines(page) == []
    bodies = [p for p in page.placed if p.role == "body"]
    assert len(bodies) == 2


def test_a_title_run_on_into_its_header_fields_is_still_cut():
    line = "青禾镇总工会召开会员代表大会 来源: 青禾网 作者: 柳岸 2023-05-18"
    cut = meta_tail_start(line)
    assert cut is not None and line[:cut] == "青禾镇总工会召开会员代表大会"


def test_a_slogan_between_the_teasers_of_a_link_list_stays_in_the_list():
    page = _page(LINKS_AFTER)
    assert len(page.articles) == 1
    assert _headlines(page) == []
    own = [p.block.plain for p in page.placed if p.article is not None]
    assert not any("柳湾新闻" in t or "安全生产月" in t for t in own)
    assert any("摄影活动" in t for t in own)


def test_text_printed_in_full_after_a_link_list_is_the_pages_own_again():
    page = _page(LINKS_THEN_TEXT)
    bodies = [p.block.plain for p in page.placed if p.role == "body"]
    assert any("免费参观" in t for t in bodies)


FOLLOW_CALL = """昨日，柳湾区总工会走访三家企业，为高温下作业的职工送去防暑用品。
责任编辑：石青岚
看柳湾新闻，关注柳湾新闻网微信
相关阅读
"""


def test_a_call_to_follow_the_sites_account_is_furniture_not_a_trailing_title():
    page = _page(FOLLOW_CALL)
    assert len(page.articles) == 1
    assert _headlines(page) == []
    furniture = [p.block.plain for p in page.placed if p.role == "furniture"]
    assert "看柳湾新闻，关注柳湾新闻网微信" in furniture


TWO_COLUMNS = (
    "柳湾区总工会三月五日召开三届五次      会议由区委副书记石青岚主持，\n"
    "全委扩大会议，总结去年工会工作，      区总工会主席柏川作工作报告，\n"
    "部署今年八项重点任务和各项措施，      对全区劳动竞赛作出了部署。\n"
    "号召全区职工建功立业。\n"
    "柳湾区职工书画展四月八日开幕，        全区各级工会组织职工踊跃参与，\n"
    "展出书法绘画作品一百二十幅，          共收到作品三百余幅。\n"
)


def test_two_columns_stay_apart_over_a_line_where_the_left_paragraph_ends():
    lines = [line.text for line in reading_order(TWO_COLUMNS)]
    assert len(lines) == 11
    assert not any("      " in line for line in lines)  # no line read across the gap
    left_last = lines.index("展出书法绘画作品一百二十幅，")
    right_first = lines.index("会议由区委副书记石青岚主持，")
    assert lines.index("号召全区职工建功立业。") < left_last < right_first
