"""A count before a verb of taking part is the count of what they took part in, when the
words after the verb were read twice over (…近两千名职工参加了启动仪式和首场健步走: 启动
仪式, and 仪式和首场健步走): the launch round takes the count, as the gold of real_dev2
gives it, not the series launched in the clause before. Shape read on real pages (a
district union's walking series opened at a park, a city's fitness month launched with a
first round); invented sentences (issue 13, s48)."""

from __future__ import annotations

from tests.conftest import participant_counts as _counts


def test_the_walkers_count_for_the_launch_round_they_joined():
    sentence = (
        "昨天上午，2021年青川区“职工健步走”系列活动在禾城湿地公园启动，"
        "全区二十一个街道乡镇、六十余家企事业单位的近两千名职工参加了启动仪式和首场健步走。"
    )
    assert _counts(sentence)[-1] == (2000, "people")


def test_a_count_in_the_clause_before_is_not_the_launch_rounds():
    sentence = (
        "昨天上午，近两千名职工参加的青川区“职工健步走”系列活动在禾城湿地公园启动，"
        "随后举行了首场健步走。"
    )
    assert _counts(sentence)[0] == (2000, "people")
