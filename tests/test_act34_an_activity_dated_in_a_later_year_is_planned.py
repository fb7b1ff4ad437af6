"""An activity dated in a year after the page's (s60 act34): an agreement to hold a
course 明年上半年, in a November page, announces it: planned, dated to the year as a plan
for half a year is (real_dev34's gold; the five rows dated 明年 in the tuning gold are all
planned). Near misses: the same course this year's first half (已 held, in the past) and
one reported done (了) keep their status. A page written for these tests (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = (
    "两地工会交流学习\n\n"
    "发布时间：2031-11-20\n\n"
    "11月16日，青禾县总工会考察组来到松川开展交流学习。\n\n"
    "双方商定，{when}由青禾县总工会牵头，在青禾县{verb}两地基层工会干部业务培训班。\n"
)


def _course(when: str, verb: str = "举办"):
    facts = page_facts(_PAGE.format(when=when, verb=verb))
    acts = [a for art in facts.articles for a in art.activities]
    return next(a for a in acts if a.name and a.name.endswith("培训班"))


def test_a_course_next_year_is_planned_and_dated_to_the_year():
    course = _course("明年上半年")
    assert course.status.value == "planned"
    assert course.date.start == "2032"


def test_a_course_this_year_keeps_its_status():
    assert _course("今年上半年").status.value == "held"


def test_a_course_reported_done_keeps_its_status():
    assert _course("明年上半年", verb="举办了").status.value == "held"
