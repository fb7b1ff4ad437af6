"""Session 44 (actattr3): a series of events (…系列活动) is a campaign whatever the quoted
words before it name (“职工健步走”系列活动: a season of walks, not one walk), as the tuning
gold has every series (six of six); a walk named with the generic 活动 stays a walk.
A bare launch ceremony in the sentence that launches the series is that launch told again.
Shape of real_dev2's district walking season; sentences written for these tests
(invented places and bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_series_named_by_its_rounds_is_a_campaign():
    text = "6月6日，2021年青山区“职工健步走”系列活动在青山公园启动，近两千名职工参加。"
    assert [d.category for d in find_activities([text])] == [Category.campaign]


def test_a_walk_named_with_the_generic_head_stays_a_walk():
    text = "6月6日，青山区总工会在青山公园举办“职工健步走”活动，近两千名职工参加。"
    assert [d.category for d in find_activities([text])] == [Category.other]


def test_a_bare_launch_ceremony_in_the_launch_sentence_is_the_campaign_again():
    text = "6月6日，2021年青山区“职工健步走”系列活动在青山公园启动，近两千名职工参加了启动仪式。"
    assert [d.category for d in find_activities([text])] == [Category.campaign]


def test_a_launch_ceremony_told_in_a_later_sentence_is_an_event_of_its_own():
    text = "6月6日，青山区“骑手关爱”专项行动在青山物流港启动。区总工会副主席王明出席启动仪式。"
    found = find_activities([text])
    assert [d.name for d in found][1:] == ["启动仪式"]
