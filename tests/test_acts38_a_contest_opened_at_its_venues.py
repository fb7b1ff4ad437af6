"""Places of activities (s39 acts38): a contest or a series told as opened (开启) at its
venue (…扑克大赛分别在某文化宫、某中学同时开启, …系列活动在某广场正式开启), as 启动 is; 开启
was no verb of holding, and the place was lost. Real pages of two sources (a national
workers' daily on a contest at two venues at once, a Shanghai town union's series).
Near miss: a figure of speech (在新征程上开启奋斗之路) holds no place.
Sentences written for this test (invented)."""

from __future__ import annotations

from tests.conftest import place_of_mention as _place


def test_a_contest_opened_at_two_venues_at_once():
    sentence = (
        "7月19日上午，南江市进城务工人员扑克大赛分别在南江市工人文化宫、北湖中学同时开启，"
        "共有50家企事业单位参赛。"
    )
    assert _place(sentence, "扑克大赛") == "南江市工人文化宫、北湖中学"


def test_a_series_opened_at_a_square():
    sentence = "5月1日，青禾区“午间一小时”系列活动在青禾区文化广场正式开启。"
    assert _place(sentence, "系列活动") == "青禾区文化广场"


def test_a_figure_of_speech_holds_no_place():
    sentence = "新的一年，全市职工在新征程上开启奋斗之路，区总工会举办了迎新座谈会。"
    assert _place(sentence, "迎新座谈会") is None
