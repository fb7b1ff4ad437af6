"""Parts of a contest or a campaign held on days (s60 act34): an activity dated to a day
inside the days of a contest, a campaign or a delegation's programme reported before it
(11月3日至5日…交流学习活动。3日下午，…座谈会) is part of it, as a course's sessions are
of the course (ANNOTATION.md: parts of a course or a campaign name it as parent;
real_dev34's gold, and 28 of the 29 such parts in the other tuning sets' gold). Near
misses: a plan, a day outside the days, and a programme told by its month hold nothing.
A page written for these tests (invented names)."""

from __future__ import annotations

from tests.conftest import page_activities

_VISIT = (
    "青禾县总工会考察组来松川交流学习\n\n"
    "发布时间：2031-11-08\n\n"
    "{opening}，青禾县总工会党组书记林和平带领考察组一行10人来到松川，"
    "开展“青松工会手牵手”交流学习活动。\n\n"
    "{day}下午，两地工会工作交流座谈会在松川市总工会三楼会议室召开。\n"
)


def _meeting_and_programme(opening: str, day: str):
    acts = page_activities(_VISIT.format(opening=opening, day=day))
    programme = next(i for i, a in enumerate(acts) if a.name and "手牵手" in a.name)
    meeting = next(a for a in acts if a.name and "座谈会" in a.name)
    return meeting, programme


def test_a_meeting_on_a_day_of_the_programme_is_its_part():
    meeting, programme = _meeting_and_programme("11月3日至5日", "3日")
    assert meeting.parent == programme


def test_a_meeting_after_the_programmes_days_is_not_its_part():
    meeting, _ = _meeting_and_programme("11月3日至5日", "7日")
    assert meeting.parent is None


def test_a_programme_told_by_its_month_holds_no_day():
    meeting, _ = _meeting_and_programme("11月", "3日")
    assert meeting.parent is None


_CONTEST = (
    "松川市职工电工技能大赛落幕\n\n"
    "发布时间：2031-10-20\n\n"
    "10月12日至14日，松川市总工会在松川技师学院举办第二届松川市职工电工技能大赛，"
    "来自全市的一百二十名选手参赛。\n\n"
    "{closing}\n"
)


def test_a_closing_ceremony_on_a_day_of_the_contest_is_its_part():
    acts = page_activities(_CONTEST.format(closing="14日下午，松川市总工会举行颁奖仪式。"))
    contest = next(i for i, a in enumerate(acts) if a.category.value == "competition")
    ceremony = next(a for a in acts if a.name and "颁奖仪式" in a.name)
    assert ceremony.parent == contest


_SERIES = (
    "松川区总工会“三八”系列活动丰富多彩\n\n"
    "发布时间：2031-03-12\n\n"
    "3月1日至9日，松川区总工会开展庆祝“三八”国际劳动妇女节系列活动。\n\n"
    "3月5日上午，“花开半夏”插花沙龙在松川区职工之家举行，五十名女职工参加。\n"
)


def test_a_salon_on_a_day_of_the_series_is_its_part():
    acts = page_activities(_SERIES)
    series = next(i for i, a in enumerate(acts) if a.name and "系列活动" in a.name)
    salon = next(a for a in acts if a.name and "沙龙" in a.name)
    assert salon.parent == series
