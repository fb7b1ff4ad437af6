"""A site's statement box after a web copy's text, read in session 14 round 2 (invented
pages in the shape of a portal's, a provincial paper's and a city paper's copies of
union news): the box's heading (``版权声明``, ``声明：``) and the numbered or running
lines under it are the site's furniture, not a second, headless article."""

from __future__ import annotations

from tests.conftest import layout_roles

NUMBERED_STATEMENT = (
    "青禾各级工会慰问三千余名环卫工人\n"
    "日前，青禾市总工会组织开展环卫工人集中慰问活动，各级工会筹集资金慰问三千余名环卫工人。\n"
    "据了解，此次慰问活动中，市总工会为一线环卫工人安排了专项资金。\n"
    "责任编辑:柏云舟\n"
    "声明:\n"
    "1、凡本网注明青禾观察网的自采资讯，如需转载应在授权范围内使用，并注明来源。\n"
    "2、部分内容转自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点。\n"
)

RUNNING_STATEMENT = (
    "劳模工匠进校园宣讲活动走进第九中学\n"
    "4月20日，市总工会联合市教育局举办的劳模工匠进校园宣讲报告会在第九中学开讲。\n"
    "据悉，此项活动将在全市12所中学开展，各县区总工会也将同时开展宣讲活动。\n"
    "青禾日报社全媒体记者 祁晓岚\n"
    "责任编辑:钱多多\n"
    "版权声明:\n"
    "凡文章来源为“青禾新闻网”的稿件，均为青禾新闻网独家版权所有，未经许可不得转载或镜像。\n"
)


def test_a_numbered_statement_under_its_heading_is_furniture():
    roles = layout_roles(NUMBERED_STATEMENT)
    assert roles["声明:"] == ("furniture", None)
    first = next(block for block in roles if block.startswith("1、凡本网"))
    second = next(block for block in roles if block.startswith("2、部分内容"))
    assert roles[first] == ("furniture", None)
    assert roles[second] == ("furniture", None)
    assert {article for _, article in roles.values() if article is not None} == {0}


def test_a_running_statement_under_its_heading_is_no_second_article():
    roles = layout_roles(RUNNING_STATEMENT)
    statement = next(block for block in roles if block.startswith("凡文章来源为"))
    assert roles[statement] == ("furniture", None)
    assert roles["劳模工匠进校园宣讲活动走进第九中学"] == ("headline", 0)
    assert {article for _, article in roles.values() if article is not None} == {0}
