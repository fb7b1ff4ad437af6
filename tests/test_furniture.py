"""Page furniture read from a line's own shape, and never from a cue word inside a news
item (issue 8: 热线, 电话, 地址 in an item's text leave it an item)."""

from __future__ import annotations

import pytest

from gonghui_build.layout.furniture import furniture_kind

ITEMS = [
    "▲密云区总工会开通“12351”职工维权服务热线，全年接听职工来电一千余次。",
    "区总工会还开通了职工文化服务热线，职工可拨打电话报名参加各项活动。",
    "据了解，驿站地址设在区职工服务中心一层，电话12351全天有人值守。",
    "2.东城区总工会“职工法律服务热线”今年上半年共接听咨询电话一千二百余个。",
    "编辑同志：我是西安市一名下岗职工的女儿，今年考上了大学。",
]

FURNITURE = [
    "登报咨询电话：63522410",  # a service line
    "第04版：工会",  # a page label
    "2019年9月17日 星期二",  # a publication date
    "一九九五年三月十八日 星期六 第一版",
    "2021-06-08 09:42:17 来源：京工网 作者：宋雨桐",  # a web header
    "信息来源：昌吉回族自治州总工会 | 发布时间：2020-01-16 | 浏览次数：1362",
    "责任编辑：韩冬",  # an editor credit
    "(責編：田少星、閆妍)",  # the same, in traditional characters
    "【字号 大 中 小】 【打印】 【关闭窗口】",  # buttons
    "首页 > 工会新闻 > 基层动态",  # a breadcrumb
    "京工网首页 | 要闻 | 区县工会 | 产业工会",  # a menu
    "丰台区职工健步走活动举行_京工网",  # a page title with the site's name
    "微信图片_20220801073442",  # an image's file name
    "P.MsoNormal {margin:0cm;font-size:10.5pt;}",  # CSS left in the text
    "· 213 ·",  # a page number
    "浙江工人日报 工会 00002 文化进工地 2019-08-02 2 2019年08月02日 星期五",  # metadata
    "二审：韦明川",  # a review step of a media centre's credits
    "实习编辑 卢晴川",  # an intern's editor credit
    "初审编辑：柯蓝",  # a review step named with its role, over a news site's byline row
    "（来源：青禾市总工会 通讯员：吕晓岚 一审编辑：范思远 二审校对：卓立 终审核发：顾青山）",
    "版权作品，未经授权严禁转载。经授权后，转载须注明来源、原标题、著作者名。",
    "未经许可或明确书面授权，任何人不得复制、转载、摘编本客户端内容",  # a copyright line
    "收藏本站",  # a site's header button alone
    "全站搜索",
]


@pytest.mark.parametrize("text", ITEMS)
def test_cue_words_inside_a_news_item_never_make_it_furniture(text):
    assert furniture_kind(text) is None


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_is_read_from_the_shape_of_a_line(text):
    assert furniture_kind(text) is not None


@pytest.mark.parametrize(
    ("text", "closing", "marker"),
    [
        ("上接第1版", False, "from"),
        ("（下转第3版）", True, "to"),
        ("（接第一版）", False, "from"),
        ("责任编辑：韩冬", True, None),
        ("放大 缩小 默认", True, None),
        ("2019年9月17日 星期二", False, None),
    ],
)
def test_continuation_markers_and_closing_furniture(text, closing, marker):
    kind = furniture_kind(text)
    assert kind is not None and (kind.closing, kind.marker) == (closing, marker)
