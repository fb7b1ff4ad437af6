"""Activities (s40 acts41): an activity read held whose own day lies after the day the page
was published (4月24日和28日，在市体育馆联合举办首届职工飞镖大赛 in a paper of 18 April,
under 将在“五一”期间举办…文化节) had not been held when reported: planned. Real pages of
s40 (a Qinghai city union's festival programme announced a week ahead, a Guizhou city's
notice of its evening show). Near misses: a day before publication stays held; a holiday
the activity celebrates (为庆祝“五一”…组织开展了系列活动 in a paper of 30 April) is no day
of it; 了 reports it done; a date read off the text is no day of publication.
Sentences and records written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.published_status import yet_to_come as _yet_to_come
from gonghui_build.extract.facts import ArticleDate, ResolvedDate
from gonghui_build.vocabulary import ArticleDateBasis, Category, DateBasis, Precision, Status

_APRIL_18 = ArticleDate(
    "2024-04-18", Precision.day, ArticleDateBasis.printed_date, "2024-04-18", 2024, 4, 18
)
_SHOW = "4月24日，在市体育馆联合举办首届职工飞镖大赛。"
_HELD = "4月24日，在市体育馆联合举办了首届职工飞镖大赛。"


def _draft(text: str) -> ActivityDraft:
    end = text.index("大赛") + 2
    start = text.index("首届")
    return ActivityDraft(
        0, "大赛", Category.competition, text[start:end], start, end, (0, len(text)), Status.held
    )


def _on(day: str, text: str = "4月24日") -> ResolvedDate:
    return ResolvedDate(day, Precision.day, None, None, DateBasis.explicit, text=text)


def test_a_show_dated_after_publication_is_planned():
    got = _yet_to_come(_draft(_SHOW), _on("2024-04-24"), _APRIL_18, _SHOW)
    assert got.status == Status.planned


def test_a_show_dated_before_publication_stays_held():
    got = _yet_to_come(_draft(_SHOW), _on("2024-04-12", "4月12日"), _APRIL_18, _SHOW)
    assert got.status == Status.held


def test_a_holiday_celebrated_is_no_day_of_the_activity():
    text = "为庆祝“五一”国际劳动节，某区总工会组织开展系列庆“五一”活动。"
    start = text.index("系列")
    end = len(text) - 1
    draft = ActivityDraft(
        0, "活动", Category.campaign, text[start:end], start, end, (0, len(text)), Status.held
    )
    got = _yet_to_come(draft, _on("2024-05-01", "五一"), _APRIL_18, text)
    assert got.status == Status.held


def test_a_show_reported_done_stays_held():
    got = _yet_to_come(_draft(_HELD), _on("2024-04-24"), _APRIL_18, _HELD)
    assert got.status == Status.held


def test_a_date_read_off_the_text_is_no_day_of_publication():
    read = ArticleDate("2024-04", Precision.month, ArticleDateBasis.explicit_date, None, 2024, 4)
    got = _yet_to_come(_draft(_SHOW), _on("2024-04-24"), read, _SHOW)
    assert got.status == Status.held
