"""A season of visits launched in a sentence with no date (县总工会启动“冬日暖心”慰问活动。)
starts on the day the next sentence opens with (12月18日上午，县总工会主席…来到…), as a
county union's page of its winter visits tells it; only the sentence right after, and
only a day it opens with. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import resolve
from tests.conftest import printed


def starts(paragraph: str) -> dict[str, str | None]:
    return {
        a.name: resolve(a.date, printed("2023-12-20")).start if a.date else None
        for a in find_activities([paragraph])
    }


def test_a_launch_without_a_date_starts_on_the_day_the_next_sentence_opens_with():
    got = starts(
        "气温骤降。为让一线职工温暖过冬，青禾县总工会启动“冬日暖心”慰问活动。"
        "2023年12月18日上午，县总工会主席张某来到县自来水公司，为抢修班组送去慰问品。"
    )
    assert got["“冬日暖心”慰问活动"] == "2023-12-18"


def test_a_day_two_sentences_later_does_not_date_the_launch():
    got = starts(
        "青禾县总工会启动“冬日暖心”慰问活动。全县各级工会积极响应。"
        "12月18日，县总工会主席张某来到县自来水公司。"
    )
    assert got["“冬日暖心”慰问活动"] is None


def test_an_activity_carried_out_not_launched_is_not_dated_by_the_next_sentence():
    got = starts(
        "青禾县总工会开展“冬日暖心”慰问活动。12月18日上午，县总工会主席张某来到县自来水公司。"
    )
    assert got["“冬日暖心”慰问活动"] is None
