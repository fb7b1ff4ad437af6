"""Activities (s39 acts37): a service given in a sentence that tells a campaign again
(在“送健康”活动中，县总工会为126名劳模提供了免费体检) is that campaign's work, its count,
no row of its own; before, the service made a second row beside the campaign. A service
given where no campaign is told stays an activity. Sentences written for these tests
(invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

LAUNCH = "今年，青禾县总工会开展了“送温暖”“送健康”“送助学”活动。"


def test_a_service_within_a_campaign_told_again_is_its_work():
    found = find_activities([LAUNCH, "在“送健康”活动中，县总工会为126名劳模提供了免费体检。"])
    assert [a.name for a in found] == ["“送温暖”", "“送健康”", "“送助学”"]
    assert found[1].participants is not None and found[1].participants.count == 126


def test_a_service_with_no_campaign_told_stays_an_activity():
    found = find_activities(["5月，县总工会为126名劳模提供了免费体检。"])
    assert len(found) == 1 and found[0].participants.count == 126
