"""A column's name printed before a bar on a web copy's title line, read in session 18
(invented pages in the shapes of a city media site, a county union site, a provincial
workers' paper's WeChat digest and a national agency's site): ``文明实践 | 标题``,
``工会动态｜标题``, ``新华全媒+丨标题``. The column's name is no part of the headline (as a
standing column's name over an item is furniture): it is cut off the title, so the
headline is the printed title alone."""

from __future__ import annotations

from gonghui_build.layout.title_marks import title_mark_cut
from tests.conftest import layout_roles

BAR_WITH_BLANKS = (
    "首页 > 晋中市 > 榆次区\n"
    "文明实践 | 东阳街道总工会为外卖骑手送上暖心礼包\n"
    "点击量:418\n"
    "2025-12-02 10:15:00\n"
    "12月1日,东阳街道总工会在街道职工驿站为四十余名外卖骑手送上手套、护膝和热饮,"
    "并讲解冬季骑行安全知识。\n"
    "街道总工会主席祁小满说,驿站将全天开放,骑手们随时可以进来歇脚取暖。\n"
)

FULL_WIDTH_BAR = (
    "工会动态｜青禾县召开职工书屋建设现场会\n"
    "来源:青禾县总工会 时间:2024-04-18 访问次数:96\n"
    "4月17日,青禾县职工书屋建设现场会在县职工之家召开,各乡镇总工会主席参加会议。\n"
    "会议要求,年内每个乡镇至少建成一家标准化职工书屋。\n"
)


def test_a_columns_name_before_a_bar_is_cut_off_the_headline():
    roles = layout_roles(BAR_WITH_BLANKS)
    assert roles["东阳街道总工会为外卖骑手送上暖心礼包"] == ("headline", 0)
    assert roles["文明实践 |"] == ("furniture", None)


def test_a_full_width_bar_after_a_column_name_is_cut_the_same_way():
    roles = layout_roles(FULL_WIDTH_BAR)
    assert roles["青禾县召开职工书屋建设现场会"] == ("headline", 0)


def test_the_vertical_stroke_media_set_as_a_bar_opens_the_title_after_it():
    assert title_mark_cut("工运晨读丨柳岸镇总工会举办职工趣味运动会") == (5, True)
    assert title_mark_cut("新华全媒+丨平凡岗位上的坚守者们") == (6, True)
    assert title_mark_cut("聚焦|青禾县职工书屋建设现场会召开") == (3, True)  # a column of two


def test_lines_with_a_bar_that_are_no_column_and_title_are_left_whole():
    assert title_mark_cut("文丨欧阳明珠") is None  # a post's credit: a role word and a name
    assert title_mark_cut("图文 | 某某某某某某") is None  # a role word of two characters
    assert title_mark_cut("首页 | 头条 | 要闻 | 工会 | 民生") is None  # a channel row
    assert title_mark_cut("一周速览 | 某某大赛收官；某某话剧展演") is None  # a digest's column
    assert title_mark_cut("青禾融媒网 | 发布时间:2024-07-25 14:21") is None  # a source row
    assert title_mark_cut("青禾县总工会欢迎您! | 今天是:") is None  # a site's greeting row


def test_a_credit_keyed_to_names_by_a_bar_is_no_column_and_title():
    assert title_mark_cut("通讯员丨张小川 李大为") is None  # a role word of three characters
    assert title_mark_cut("本报记者丨欧阳明珠 司马相如") is None  # names, each four at most
    assert title_mark_cut("融媒体记者 | 祁海生 严梓涵 靳晓东") is None
    assert title_mark_cut("出品丨青禾县总工会") is None  # a body alone after the bar


SITE_NAME_UNDER_TITLE = (
    "首页 > 青禾市 > 柳岸区\n"
    "文明实践 | 柳岸区总工会为快递小哥送上防暑清凉包\n"
    "青禾传媒网\n"
    "点击量:275\n"
    "2025-07-30 09:12:00\n"
    "7月28日,柳岸区总工会走进三家快递网点,为六十余名快递员送上清凉包,"
    "叮嘱大家错峰派件、及时补水。\n"
)

TITLE_ENDING_ON_NET = (
    "首页 > 青禾市 > 柳岸区\n"
    "织密职工安全网\n"
    "点击量:88\n"
    "2025-06-02 16:40:00\n"
    "6月1日,柳岸区总工会召开安全生产月动员会,部署企业班组安全检查。\n"
)


def test_a_media_sites_name_alone_under_the_title_is_furniture_not_the_headline():
    roles = layout_roles(SITE_NAME_UNDER_TITLE)
    assert roles["柳岸区总工会为快递小哥送上防暑清凉包"] == ("headline", 0)
    assert roles["青禾传媒网"] == ("furniture", None)
    assert layout_roles(SITE_NAME_UNDER_TITLE.replace("传媒网", "融媒网"))["青禾融媒网"] == (
        "furniture",
        None,
    )


def test_a_title_that_ends_on_net_but_names_no_media_site_stays_the_headline():
    assert layout_roles(TITLE_ENDING_ON_NET)["织密职工安全网"] == ("headline", 0)
