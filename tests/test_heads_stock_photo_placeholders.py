"""A stock photo's placeholder over a web copy's text, read in session 14 round 2
(invented pages in the shape of a portal's copy and of its mirrors): ``（资料图片）`` and
``（资料图片仅供参考）`` alone on a line are furniture, as ``[图片]`` is; they were taken
for the headline of a page without one, or for the subtitle under its title."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

MIRROR_COPY = (
    "(资料图片)\n"
    "日前，青禾县总工会举办了“工会开放日”活动，邀请职工代表50余人走进县职工服务中心。\n"
    "活动中，工作人员介绍了中心的服务项目和办事流程，并向职工代表征集意见建议。\n"
)

PORTAL_COPY = (
    "县总工会启动职工服务站点建设工程\n"
    "（资料图片仅供参考）\n"
    "日前，青禾县总工会启动职工服务站点建设工程，计划年内建成服务站点15个。\n"
    "据了解，服务站点将为户外劳动者提供饮水、休息、充电等服务。\n"
)


def test_a_stock_photos_placeholder_is_no_headline():
    roles = layout_roles(MIRROR_COPY)
    assert roles["(资料图片)"] == ("furniture", None)


def test_a_stock_photos_placeholder_under_a_title_is_no_subtitle():
    roles = layout_roles(PORTAL_COPY)
    assert roles["县总工会启动职工服务站点建设工程"] == ("headline", 0)
    assert roles["（资料图片仅供参考）"] == ("furniture", None)
    # a sentence opening with the words stays the text's
    assert furniture_kind("资料图片显示，该厂职工逾千人。") is None
