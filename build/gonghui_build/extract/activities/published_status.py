"""Statuses read against the day a page was published: a campaign whose run ends after
it was still running when reported, and an event dated after it was yet to come. Split
out of article.py (one job: the status the day of publication gives)."""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.facts import ArticleDate, ResolvedDate
from gonghui_build.text.numbers import TEN_NUMERALS
from gonghui_build.vocabulary import ArticleDateBasis, Category, Precision, Status

#: Article dates that are the day of publication, not a date read off the text.
_PUBLISHED = (ArticleDateBasis.printed_date, ArticleDateBasis.curated_metadata)


def running_past(draft: ActivityDraft, when: ResolvedDate, article: ArticleDate) -> ActivityDraft:
    """A campaign read held whose run ends in a month after the article's (…共安排12项
    主题活动，持续到5月中旬, in an April article) was still running when reported: a
    count of what it arranged made it look held (real_dev3's gold: ongoing). Only
    against the day the page prints or its metadata gives: a chronicle's entry dated by
    its own text (1月15日至2月10日 …开展送温暖活动) tells of a run that ended (real_dev3's
    and real_dev12's gold: held). Any other kind run over a season of months (今年5月至
    10月，市总工会共开展11个工种的技能比赛, in a September page) runs on alike (act25:
    real_dev26's gold, ongoing)."""
    if draft.status != Status.held or not when.end:
        return draft
    if draft.category != Category.campaign and not (
        draft.category == Category.competition and _season_of_months(when)
    ):
        return draft
    if article.basis not in _PUBLISHED:
        return draft
    if article.year is None or article.month is None or len(when.end) < len("2021-05"):
        return draft
    if (int(when.end[:4]), int(when.end[5:7])) <= (article.year, article.month):
        return draft
    return replace(draft, status=Status.ongoing)


def _season_of_months(when: ResolvedDate) -> bool:
    """A run written from one month to a later one (5月至10月), no day on either end: a
    season of rounds, not one event over a few days."""
    return (
        when.start_precision == Precision.month
        and when.end_precision == Precision.month
        and bool(when.start)
        and when.start < when.end
    )


def yet_to_come(
    draft: ActivityDraft, when: ResolvedDate, article: ArticleDate, text: str
) -> ActivityDraft:
    """An activity read held whose own day lies after the day the page was published
    (从4月22日起…举办开幕式, 4月24日和28日在市体育馆举办…大赛 in a paper of 18 April,
    under 将在“五一”期间举办) had not been held when it was reported: the news announces it,
    planned. Only a day written as such (not a holiday the activity celebrates: 为庆祝
    “五一”…组织开展了…活动 in a paper of 30 April), no 了 reporting it done, and a day of
    publication the page prints or its metadata gives; a date without its year resolves
    to the last such day before publication unless it is close ahead (:func:`resolve`)."""
    if draft.status != Status.held or when.start_precision != Precision.day or not when.start:
        return draft
    if article.basis not in _PUBLISHED or not (article.year and article.month and article.day):
        return draft
    if when.start <= f"{article.year:04d}-{article.month:02d}-{article.day:02d}":
        return draft
    if (
        not _WRITTEN_DAY.search(when.text or "")
        or "了" in text[draft.sentence[0] : draft.trigger_end]
    ):
        return draft
    return replace(draft, status=Status.planned)


#: A day written with its number (24日, 28号), not a holiday's name.
_WRITTEN_DAY = re.compile(rf"[\d{TEN_NUMERALS}]+[日号]")
