"""Activities (s38 acts36): a campaign read held whose run ends in a month after the
article's (…共安排12项主题活动，持续到5月中旬, in an April article: the count of what it
arranged made it look held) was still running when reported: ongoing (real_dev3's gold).
One that ended by the article's month stays held, and so does a course (not a campaign),
and a run compared with a date read off the text (a chronicle's entry, real_dev3's
and real_dev12's gold: held). Records built for these tests."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.published_status import running_past as _running_past
from gonghui_build.extract.facts import ArticleDate, ResolvedDate
from gonghui_build.vocabulary import ArticleDateBasis, Category, DateBasis, Precision, Status

_APRIL = ArticleDate(
    "2021-04-20", Precision.day, ArticleDateBasis.printed_date, "2021-04-20", 2021, 4, 20
)


def _draft(category: Category = Category.campaign) -> ActivityDraft:
    return ActivityDraft(0, "活动", category, "“五一”系列活动", 0, 9, (0, 30), Status.held)


def _run(end: str) -> ResolvedDate:
    return ResolvedDate("2021-04", Precision.month, end, Precision.month, DateBasis.explicit)


def test_a_campaign_running_into_next_month_is_ongoing():
    assert _running_past(_draft(), _run("2021-05"), _APRIL).status == Status.ongoing


def test_a_campaign_ended_in_the_articles_month_stays_held():
    assert _running_past(_draft(), _run("2021-04"), _APRIL).status == Status.held


def test_a_course_running_on_stays_held():
    course = _draft(Category.training)
    assert _running_past(course, _run("2021-05"), _APRIL).status == Status.held


@pytest.mark.parametrize(
    "basis", [ArticleDateBasis.event_reference, ArticleDateBasis.explicit_date]
)
def test_a_date_read_off_the_text_does_not_make_it_run(basis):
    # a chronicle's entry: 1月15日至2月10日 市总工会开展“两节”送温暖活动 (held)
    read = ArticleDate("2021-01", Precision.month, basis, None, 2021, 1)
    assert _running_past(_draft(), _run("2021-02"), read).status == Status.held
