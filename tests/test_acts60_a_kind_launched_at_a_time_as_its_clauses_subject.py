"""Activities (s48 acts60): a kind of activity that needs a name (评选活动), the subject of
a clause that reports it launched at a time (今年的评选活动自6月启动，经…等环节产生), is one
event: the selection behind a ceremony reported before it had been lost (the tuning gold
of real_dev6's WeChat post keeps it, with the candidates as its count). Only its year may
stand before it: a demonstrative (此次) names what was read before, and a launch told
inside another clause (在…启动之际) is none. Real pages of s48 (city and township unions'
posts on selections and launches). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

CEREMONY = "9月27日，青禾市总工会在市职工文化宫举行2022年“最美职工”发布仪式。"


def test_the_years_selection_launched_in_a_month_is_an_activity():
    text = "据了解，今年的评选活动自6月启动，经基层推荐、资格审查等环节，从全市推荐的六十名候选人中产生。"
    acts = find_activities([CEREMONY, text])
    assert [a.name for a in acts] == ["2022年“最美职工”发布仪式", "评选活动"]
    selection = acts[1]
    assert selection.date is not None and selection.date.month == 6
    assert selection.participants is not None and selection.participants.count == 60


def test_a_kind_launched_inside_another_clause_is_none():
    text = "在评选活动于6月启动之际，市总工会召开了动员会。"
    assert "评选活动" not in [a.name for a in find_activities([text])]


def test_a_kind_with_other_words_before_it_is_read_as_before():
    text = "工会要求各单位的评选活动自6月启动，认真推荐候选人。"
    assert "评选活动" not in [a.name for a in find_activities([text])]


def test_a_bare_activity_launched_is_the_campaign_just_named():
    texts = [
        "这是2024年青禾区总工会“送文化进基层”活动的一部分。",
        "据介绍，活动自4月启动以来，已在全区十四个街道演出一百零六场。",
    ]
    assert len(find_activities(texts)) == 1
