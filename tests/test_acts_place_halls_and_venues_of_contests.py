"""Activities' places on real pages' shapes, session 14 (issue 11): a contest that
closes (落下帷幕) or an event held at a secondary school (中专), a hall (球馆) or a block
of a complex (A座) is placed there. One behaviour each, on sentences written for these
tests (invented names and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities


def found(*paragraphs: str):
    return find_activities(list(paragraphs))


# --- places ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("近日，青禾县第二届广场舞大赛在青禾县滨河文化广场落下帷幕。", "青禾县滨河文化广场"),
        ("近日，岚山市首届职工技能运动会在岚山中专开赛。", "岚山中专"),
        (
            "6月2日，柳湾区总工会在柳湾区体育中心羽毛球馆举办了“柳湾杯”职工羽毛球友谊赛。",
            "柳湾区体育中心羽毛球馆",
        ),
        (
            "当天，区总工会在会展中心A座柳湾区职工活动中心举办了职工书画作品展。",
            "会展中心A座柳湾区职工活动中心",
        ),
    ],
)
def test_a_contest_or_show_is_placed_at_the_hall_it_is_held_in(sentence, place):
    assert [a.place for a in found(sentence)] == [place]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("11月5日，省总工会副主席周某在青禾工人文化宫为全市职工宣讲全会精神。", "青禾工人文化宫"),
        ("9月5日，面点师李某在柳湾食品厂加工车间为学员演示了糕点制作工艺。", "柳湾食品厂加工车间"),
    ],
)
def test_a_talk_given_at_a_venue_for_its_audience_is_placed_there(sentence, place):
    assert [a.place for a in found(sentence)] == [place]
