"""Activities (s40 acts43): a course reported on the day it closed (结业) with its length
(经过为期三十天的集中培训) ran from the day that length counts back to (real_dev2's gold:
30 May to 28 June), and its closing ceremony (结业典礼), printed bare, was held on that last
day; before, the course had the closing day alone and the ceremony the course's month.
Near misses: a course dated by its opening day with a length over three days keeps no last
day (the tuning gold: it may skip a weekend); an opening ceremony is no closing day.
Pages written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.ceremonies import closing_day
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.facts import ResolvedDate
from gonghui_build.vocabulary import Category, DateBasis, Precision, Status
from tests.built import built_activities

_COURSE = ResolvedDate("2022-05-30", Precision.day, "2022-06-28", Precision.day, DateBasis.explicit)


def _bare(word: str) -> ActivityDraft:
    return ActivityDraft(0, word, Category.meeting, word, 0, len(word), (0, 10), Status.held)


def test_a_closing_ceremony_is_on_its_events_last_day():
    got = closing_day(_bare("结业典礼"), _COURSE)
    assert got is not None and (got.start, got.end) == ("2022-06-28", None)


def test_an_opening_ceremony_or_an_event_without_a_last_day_gives_none():
    assert closing_day(_bare("开班仪式"), _COURSE) is None
    month = ResolvedDate("2022-06", Precision.month, None, None, DateBasis.explicit)
    assert closing_day(_bare("结业典礼"), month) is None


def test_a_course_closed_with_its_length_is_counted_back(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    rows = built_activities(
        pages,
        tmp_path,
        "四十名茶艺学员结业\n\n发布时间：2023-07-02 09:30\n\n"
        "6月30日，由安溪县总工会主办的2023年茶艺技能提升培训班在县职工服务中心结业。"
        "四十名学员经过为期二十天的集中培训，全部通过考核。\n\n"
        "县总工会副主席柯慧敏出席结业典礼并颁发证书。\n\n"
        "7月10日，县总工会还举办了2023年茶叶加工技能培训班，为期五天。\n",
    )
    by_name = {r["name"]: r for r in rows if r["name"]}
    course = by_name["2023年茶艺技能提升培训班"]
    assert (course["start_date"], course["end_date"]) == ("2023-06-11", "2023-06-30")
    assert (by_name["结业典礼"]["start_date"], by_name["结业典礼"]["end_date"]) == (
        "2023-06-30",
        None,
    )
    later = by_name["2023年茶叶加工技能培训班"]
    assert (later["start_date"], later["end_date"]) == ("2023-07-10", None)
