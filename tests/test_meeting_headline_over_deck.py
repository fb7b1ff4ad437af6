"""A headline that ends on the meeting it says was held (``某某集团召开职工代表大会``) is a
whole headline: the undashed line under it is its deck (subtitle), in print and on a web
copy where that deck is the line printed right over the time row."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.decks import holds_meeting
from gonghui_build.layout.segment import layout


def _head(text: str) -> dict[str, str]:
    """The first article's head parts, by role, as the layout reads ``text``."""
    placed = layout(split_blocks(text)).placed
    roles = ("kicker", "headline", "subtitle")
    return {p.role: p.block.plain.strip() for p in placed if p.article == 0 and p.role in roles}


def test_a_headline_ending_on_the_meeting_it_holds_holds_a_meeting():
    assert holds_meeting("松原化纤公司召开三届五次职工代表大会")
    assert holds_meeting("区总工会举行劳模座谈会")


def test_a_line_ending_on_a_meeting_word_it_does_not_hold_is_no_held_meeting():
    assert not holds_meeting("职工运动会")  # no holding verb: a kicker may name an event
    assert not holds_meeting("某某区总工会开展“两节”走访慰问")  # held, but no meeting
    assert not holds_meeting("召开大会")  # the verb opens the line: no subject, no headline


WEB_PAGE = """松原市总工会
首页  工会动态  基层传真  网上工会
松原化纤公司召开三届五次职工代表大会
第三届工会委员会选举产生
发布时间：2024-01-15
1月12日，松原化纤公司召开三届五次职工代表大会，职工代表86人出席。
大会选举产生了第三届工会委员会，庞雪梅当选工会主席。
"""


def test_a_web_copys_deck_over_the_time_row_is_the_subtitle_of_the_meeting_headline():
    assert _head(WEB_PAGE) == {
        "headline": "松原化纤公司召开三届五次职工代表大会",
        "subtitle": "第三届工会委员会选举产生",
    }


def test_the_line_over_the_time_row_stays_the_title_under_a_line_holding_no_meeting():
    page = WEB_PAGE.replace("松原化纤公司召开三届五次职工代表大会\n", "工会动态 基层传真\n")
    assert _head(page) == {"headline": "第三届工会委员会选举产生"}


def test_a_printed_meeting_headline_over_an_undashed_deck_keeps_the_deck_as_subtitle():
    page = (
        "西林县总工会召开十届三次全委会议\n"
        "部署今年十项重点工作\n"
        "本报讯（记者 滕小川）2月20日，西林县总工会召开十届三次全委会议，"
        "县总工会主席甘永平作工作报告。\n"
    )
    assert _head(page) == {
        "headline": "西林县总工会召开十届三次全委会议",
        "subtitle": "部署今年十项重点工作",
    }
