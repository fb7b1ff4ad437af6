"""Activities, s32 (issue 11): a date in a charge the sentence goes on to give (举办…培训
班，要求各单位在年内建立女工组织; 召开…会议，要求…于6月底前完成换届) is a deadline set for
others, not the day the activity was held; a date after the mention with no charge
stays its date. Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _date_text(sentence: str) -> str | None:
    (found,) = find_activities([sentence])
    return found.date.text if found.date else None


def test_a_year_in_a_charge_after_a_course_is_not_its_date():
    sentence = "青禾县总工会举办女工干部培训班，要求各单位在年内建立女工组织。"
    assert _date_text(sentence) is None


def test_a_deadline_asked_after_a_meeting_is_not_its_date():
    sentence = "青禾县总工会召开基层工会换届工作会议，要求各基层工会于6月底前完成换届。"
    assert _date_text(sentence) is None


def test_a_date_before_the_mention_stays_with_a_charge_after_it():
    sentence = "4月12日，青禾县总工会召开工会工作会议，要求各基层工会在年底前完成换届。"
    assert _date_text(sentence) == "4月12日"


def test_a_date_after_the_mention_with_no_charge_stays_its_date():
    sentence = "青禾县总工会举办女工干部培训班，培训于4月12日结束。"
    assert _date_text(sentence) == "4月12日"
