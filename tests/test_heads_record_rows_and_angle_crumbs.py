"""Furniture over and under a web copy's text, read in session 32 (invented pages in the
shape of county portals and union sites): a breadcrumb whose steps are parted by a single
angle quote (``首页 › 某某 › 某某``) is the site's path, never the item's kicker; a
government disclosure record copied as table rows without colons (``索 引 号 …  发布机构
…``, ``文 号  主题分类 …``) is furniture, neither kicker nor text nor caption; a forum
repost's note of its source after dashes on the title's line (``----摘录自《某某》``) is cut
off the headline."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.record_rows import is_record_row
from tests.conftest import layout_roles

ANGLE_CRUMB = (
    "网站首页 › 新闻中心 › 基层工会\n"
    "柳湾镇工会举办职工趣味运动会\n"
    "柳湾镇工会日前在镇文体广场举办职工趣味运动会，全镇14家企业的230名职工参加拔河、"
    "跳绳等比赛。\n"
    "镇工会主席宋立新表示，将常态化开展职工文体活动。\n"
)

RECORD_OVER = (
    "索 引 号 11350100/2025-00412  发布机构 东坪县总工会\n"
    "公开日期 2025-03-18  公开方式 主动公开\n"
    "文  号   主题分类 其他\n"
    "东坪县总工会开展春季职工安全生产培训\n"
    "3月15日，东坪县总工会在县职工活动中心举办春季安全生产培训班，全县45家企业的120名"
    "安全员参加培训。\n"
    "县总工会副主席邱晓燕在开班仪式上讲话。\n"
)

RECORD_UNDER = (
    "南溪县总工会召开女职工工作推进会\n"
    "3月20日，南溪县总工会召开全县女职工工作推进会，各乡镇工会女职工委员会主任30余人"
    "参加会议。\n"
    "县总工会党组书记、常务副主席严子华出席会议并讲话。\n"
    "索 引 号 11352200/2025-00077 发布机构 南溪县总工会\n"
    "文 号  主题分类 综合政务\n"
)


def test_a_breadcrumb_parted_by_single_angle_quotes_is_no_kicker():
    roles = layout_roles(ANGLE_CRUMB)
    assert roles["柳湾镇工会举办职工趣味运动会"] == ("headline", 0)
    assert roles["网站首页 › 新闻中心 › 基层工会"] == ("furniture", None)


def test_disclosure_record_rows_without_colons_over_the_title_are_furniture():
    roles = layout_roles(RECORD_OVER)
    assert roles["东坪县总工会开展春季职工安全生产培训"] == ("headline", 0)
    assert roles["文  号   主题分类 其他"] == ("furniture", None)
    assert roles["索 引 号 11350100/2025-00412  发布机构 东坪县总工会"] == ("furniture", None)


def test_disclosure_record_rows_without_colons_after_the_text_are_furniture():
    roles = layout_roles(RECORD_UNDER)
    assert roles["南溪县总工会召开女职工工作推进会"] == ("headline", 0)
    assert roles["索 引 号 11352200/2025-00077 发布机构 南溪县总工会"] == ("furniture", None)
    assert roles["文 号  主题分类 综合政务"] == ("furniture", None)


def test_a_title_with_one_field_word_inside_a_phrase_is_no_record_row():
    assert not is_record_row("市总工会发布机构改革后首批服务清单")
    assert not is_record_row("来源 于 职工 的 智慧，")
    assert not is_record_row("日期 不变 标准 不降")  # one field's word, a slogan's


def test_a_slogan_headline_holding_one_field_word_stays_the_headline():
    roles = layout_roles(
        "日期 不变 标准 不降\n"
        "青禾区总工会今年“送清凉”活动于6月1日如期启动，全区38个基层工会参加。\n"
    )
    assert roles["日期 不变 标准 不降"] == ("headline", 0)
    assert furniture_kind("日期 不变 标准 不降") is None


FORUM_REPOST = (
    "本帖最后由 西河转播 于 2024-1-12 10:14 编辑\n"
    "西河县总工会启动2024年“送温暖”活动 ----摘录自《西河融媒》\n"
    "1月11日，西河县总工会举行2024年“送温暖”活动启动仪式，县总工会主席韩明远宣布活动启动。\n"
    "此次活动重点慰问困难职工、劳动模范和户外劳动者。\n"
)


def test_a_forum_reposts_note_of_its_source_after_dashes_is_cut_off_the_headline():
    roles = layout_roles(FORUM_REPOST)
    assert roles["西河县总工会启动2024年“送温暖”活动"] == ("headline", 0)
    assert "西河县总工会启动2024年“送温暖”活动 ----摘录自《西河融媒》" not in roles


def test_a_title_quoting_a_book_after_a_dash_keeps_it():
    roles = layout_roles(
        "职工读书会共读——选自《劳动者之歌》\n"
        "4月23日，青禾区总工会职工读书会在区图书馆举办，60名职工共读诗文。\n"
    )
    assert roles["职工读书会共读——选自《劳动者之歌》"] == ("headline", 0)


def test_a_related_items_heading_in_traditional_characters_is_no_caption():
    roles = layout_roles(
        "截至目前峰城共表彰市級勞模三千多人\n"
        "2008-05-10 記者:鄔羊 齊中立 來源:峰城參考報\n"
        "據峰城日報5月9日電 記者9日從峰城市總工會獲悉，截至目前，峰城先後召開9次勞模表彰大會，"
        "共表彰市級勞模3100多人。\n"
        "相關稿件\n"
    )
    assert roles["截至目前峰城共表彰市級勞模三千多人"] == ("headline", 0)
    assert roles["相關稿件"] == ("furniture", None)
