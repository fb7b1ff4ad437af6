"""A company's page of its press coverage names the paper that ran each story in
brackets before the title (``[某某都市报]标题``, ``【某某日报】标题``): the paper's name is
no part of the headline, whatever its length; a district's tag (``【某区】``, ``[历下]``)
still is. Invented text in the shape of such a page."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_marks import title_mark_cut
from tests.conftest import layout_articles

PAGE = """\
新闻活动
当前位置：首页/新闻活动/媒体报道

{title}

发布日期：2018/07/25

江城都市报讯（记者潘明 李辉 实习生余晴）昨天上午，某饮料公司和江城都市报工作人员将200箱凉茶送到青山区城管局清洁队，慰问高温下的环卫工人。
"""


@pytest.mark.parametrize("paper", ["[江城都市报]", "[工人日报]", "【江城晚报】"])
def test_the_papers_name_is_cut_from_the_headline(paper: str) -> None:
    articles = layout_articles(PAGE.format(title=f"{paper}200箱凉茶送给一线环卫工人"))
    assert len(articles) == 1
    assert articles[0][0] == ("headline", "200箱凉茶送给一线环卫工人")


@pytest.mark.parametrize("tag", ["[历下]", "【某区】", "[图文]"])
def test_a_short_tag_that_names_no_paper_stays(tag: str) -> None:
    assert title_mark_cut(f"{tag}某某区总工会举办职工合唱比赛") is None
