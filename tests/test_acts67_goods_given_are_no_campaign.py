"""A trigger whose first character ends a verb of giving before it (向十二名一线职工赠|送清凉
包) names the goods given, no campaign: 送清凉 there is part of 赠送 and 清凉包. The
campaign named on its own (开展“送清凉”活动) stays. The tuning gold of real_dev15 (a
plaque and summer packs in one sentence). Sentences written for these tests (invented
names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_summer_packs_given_are_no_summer_campaign():
    out = find_activities(["柏思远在此为中队“职工之家”授牌，并向十二名一线队员赠送清凉包。"])
    assert Category.campaign not in [a.category for a in out]


def test_the_summer_campaign_named_on_its_own_stays():
    out = find_activities(["南岭区总工会开展“送清凉”活动。"])
    assert [a.category for a in out] == [Category.campaign]
