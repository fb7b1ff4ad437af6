"""Long and dense pages read from real shapes (session 12), pinned with invented text:
a notice's counted lists (``一、某某奖状（4个）`` over the units, one a line) are its
text, item by item, to the last list's last line, and a roster line that notes the
person's nationality in brackets is a roster line."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.roster import counted_list_items, name_gap
from gonghui_build.layout.segment import layout

AWARD_NOTICE = """青禾工会网
首页 > 通知公告
青禾市总工会关于表彰2024年青禾市五一劳动奖的决定
发布时间：2024-04-25 来源：市总工会宣教部
各区总工会，市直各产业工会：
为庆祝“五一”国际劳动节，经研究，决定授予青禾澄河机械有限公司等4个单位青禾市五一劳动奖状，授予蓝望舒等3名同志青禾市五一劳动奖章。
希望受到表彰的先进集体和个人珍惜荣誉，再创佳绩。
一、青禾市五一劳动奖状（4个）
青禾澄河机械有限公司
青禾市长渠公共交通有限公司
青禾溪桥纺织有限公司
青禾市南苑康复医院
二、青禾市五一劳动奖章（3名）
蓝望舒 青禾澄河机械有限公司装配工
柏知远（回族） 青禾市长渠公共交通有限公司驾驶员
郁晴川（满族） 青禾溪桥纺织有限公司挡车工
三、青禾市工人先锋号（2个）
青禾溪桥纺织有限公司细纱车间乙班
青禾市南苑康复医院急诊护理组
青禾市总工会
2024年4月24日
【打印】 【关闭】
"""


def _roles(text: str) -> dict[str, str]:
    page = layout(split_blocks(text))
    return {p.block.plain.strip(): p.role for p in page.placed}


def test_a_roster_line_may_note_the_persons_nationality_in_brackets():
    assert name_gap("柏知远（回族） 青禾市长渠公共交通有限公司驾驶员") is not None
    assert name_gap("郁晴川（女，满族） 青禾溪桥纺织有限公司挡车工") is not None
    assert name_gap("蓝望舒 青禾澄河机械有限公司装配工") is not None
    assert name_gap("市总工会（筹） 召开会议，传达精神") is None


def test_the_items_of_a_notices_counted_lists_are_its_text_one_a_line():
    roles = _roles(AWARD_NOTICE)
    items = [
        "青禾澄河机械有限公司",
        "青禾市南苑康复医院",
        "蓝望舒 青禾澄河机械有限公司装配工",
        "柏知远（回族） 青禾市长渠公共交通有限公司驾驶员",
        "郁晴川（满族） 青禾溪桥纺织有限公司挡车工",
        "青禾溪桥纺织有限公司细纱车间乙班",
        "青禾市南苑康复医院急诊护理组",
    ]
    for item in items:
        assert roles[item] == "body", item
    for heading in ("一、青禾市五一劳动奖状（4个）", "三、青禾市工人先锋号（2个）"):
        assert roles[heading] == "section_heading", heading
    assert roles["青禾市总工会"] != "body"  # the issuer's signature over the date
    page = layout(split_blocks(AWARD_NOTICE))
    assert len(page.articles) == 1
    # the salutation, two paragraphs of text, nine items
    assert sum(p.role == "body" for p in page.placed) == 3 + 9


def test_display_lines_under_an_uncounted_heading_are_no_counted_list():
    blocks = split_blocks("一、活动掠影\n青禾职工运动会开幕\n青禾职工书画展\n")
    display = {b.index for b in blocks}
    assert counted_list_items(blocks, display, set()) == frozenset()
    counted = split_blocks("一、优秀班组（2个）\n青禾纺织细纱乙班\n青禾公交三车队\n")
    assert counted_list_items(counted, {b.index for b in counted}, set()) == {1, 2}


PAGER_OVER_PHOTO_NEWS = """第09版：职工风采 上一版8  10下一版

标题导航
返回青禾报首页 | 版面导航 | 标题导航

上一版8  10下一版 2024年7月16日 星期 放大 缩小 默认
高温下的青禾建设者
7月15日，青禾市澄河大桥施工现场，工人正在绑扎钢筋。目前大桥主体工程已完成七成。 本报记者 柏知远 摄
"""


def test_an_epaper_pager_row_that_prints_the_day_is_furniture():
    from gonghui_build.layout.furniture import furniture_kind

    assert furniture_kind("上一版8  10下一版 2024年7月16日 星期 放大 缩小 默认")
    assert furniture_kind("标题导航")
    assert not furniture_kind("上一版 2024年7月16日 青禾市职工运动会在澄河体育中心开幕")
    roles = _roles(PAGER_OVER_PHOTO_NEWS)
    assert roles["上一版8  10下一版 2024年7月16日 星期 放大 缩小 默认"] == "furniture"
    assert roles["高温下的青禾建设者"] == "headline"
    assert "kicker" not in roles.values()


def test_the_day_an_epaper_pager_row_prints_dates_the_page():
    page = layout(split_blocks(PAGER_OVER_PHOTO_NEWS))
    assert "2024-07-16" in {d.date for d in page.printed_dates}


ALT_TEXT_OVER_EPAPER = """阴影
阴影 阴影
第B0003版：城市·民生
上一期  下一期
2025年6月3日     收藏 打印 推荐 朗读 评论 更多功能
澄河街道职工书屋开放
■本报记者 柏知远

本报讯 6月2日，澄河街道总工会职工书屋正式开放，首批藏书三千余册。
书屋每天开放到晚上九点，方便倒班职工借阅。
"""

TWO_REPORTS = """澄河街道职工书屋开放
■本报记者 柏知远

6月2日，澄河街道总工会职工书屋正式开放，首批藏书三千余册。

青禾公交开展安全月活动
■本报记者 郁晴川

6月3日，青禾公交集团工会启动安全生产月活动。
"""


def test_head_lines_with_nothing_under_them_at_the_top_of_a_page_head_no_article():
    page = layout(split_blocks(ALT_TEXT_OVER_EPAPER))
    assert len(page.articles) == 1
    roles = {p.block.plain.strip(): p.role for p in page.placed}
    assert roles["澄河街道职工书屋开放"] == "headline"
    assert [p.block.plain for p in page.placed if p.role == "headline"] == ["澄河街道职工书屋开放"]
    assert roles["阴影"] == "banner"
    two = layout(split_blocks(TWO_REPORTS))
    assert len(two.articles) == 2  # heads with text under them stay articles


def test_an_epaper_pager_row_around_the_pages_label_is_furniture():
    from gonghui_build.layout.furniture import furniture_kind

    assert furniture_kind("上一版 第6版:青 禾 版面概览 下一版")
    assert furniture_kind("3上一篇  下一篇4")
    assert not furniture_kind("上一版工人加班到深夜，下一版")


def test_an_epaper_readers_field_naming_the_paper_is_furniture():
    from gonghui_build.layout.furniture import furniture_kind

    assert furniture_kind("当前报纸名称：青禾职工报")
    roles = _roles(
        "电子报阅读机\n2026-01-26\n当前报纸名称：青禾职工报\n\n开栏的话\n\n"
        "版面：07: 人物       上一篇    下一篇\n\n"
        "今日起，本报开设“走近青禾工匠”专栏，集中展现青禾市工匠的成长故事。\n"
    )
    assert roles["当前报纸名称：青禾职工报"] == "furniture"
    assert roles["开栏的话"] == "headline"


GAZETTEER_WITH_SPACED_TABLE = """澄河县志
第二十编 群众团体
第一章 工 会
第一节 组织沿革
1950年3月，澄河县工会筹备委员会成立，在县城搬运、缝纫等行业发展会员一百八十人。
历任县总工会主要负责人
职 务   姓 名   任职时间
主 任   柏知远   1950.3—1954.6
主 席   郁晴川   1954.6—1960.2
主 席   蓝望舒   1962.8—1966.5
"""


def test_the_rows_of_a_table_a_book_spaces_into_cells_are_text_row_by_row():
    from gonghui_build.layout.tables import spaced_rows

    page = layout(split_blocks(GAZETTEER_WITH_SPACED_TABLE))
    roles = {p.block.plain.strip(): p.role for p in page.placed}
    for row in ("主 任   柏知远   1950.3—1954.6", "主 席   蓝望舒   1962.8—1966.5"):
        assert roles[row] == "body", row
        assert any(p.block.plain.strip() == row and p.block.index in page.rows for p in page.placed)
    prose = split_blocks("青禾市总工会召开全委会  会议由主席主持  审议工作报告。\n")
    assert spaced_rows(prose, set()) == frozenset()
