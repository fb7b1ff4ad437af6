"""Under a paragraph that ends on a colon (``获奖名单如下：``), a list printed one award
a line, each award's winners after its colon (``一等奖：某某（某公司）``), is a list: every
line a body paragraph, whether its own shape read it as a display line (a short line) or
as text (a line of several winners, ``、`` between them). None is a section heading or
a photo caption. Invented text in the shape of a provincial industry union's site."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """\
某省建设工会
网站首页 >> 工作动态
全省建筑系统钢筋工技能大赛在某市落幕
10月12日，全省建筑系统钢筋工技能大赛在某市举行，来自20家企业的60名选手参赛。
大赛设理论考试和实操比拼两个环节，评出一等奖1名、二等奖3名。获奖名单如下：
一等奖：郝明川（某建工集团有限公司）
二等奖：简立群（某路桥有限公司）、晏秋生（某市政有限公司）、管文涛（某安装有限公司）
三等奖：（略）
省建设工会将推荐一等奖获得者申报省五一劳动奖章。
"""


def test_each_award_row_under_the_colon_lead_is_a_body_paragraph() -> None:
    (article,) = layout_articles(PAGE)
    roles = dict((text, role) for role, text in article)
    assert roles["一等奖：郝明川（某建工集团有限公司）"] == "body"
    assert roles["三等奖：（略）"] == "body"
    assert [role for role, _ in article].count("body") == 6


def test_a_single_labelled_line_is_no_list() -> None:
    """One line under the colon proves no list: it keeps the shape its text gives it."""
    text = PAGE.replace(
        "二等奖：简立群（某路桥有限公司）、晏秋生（某市政有限公司）、管文涛（某安装有限公司）\n三等奖：（略）\n",
        "",
    )
    (article,) = layout_articles(text)
    roles = dict((text, role) for role, text in article)
    assert roles["一等奖：郝明川（某建工集团有限公司）"] != "body"
