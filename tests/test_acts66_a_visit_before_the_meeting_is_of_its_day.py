"""A sentence opening with 会前 tells what a meeting's members did before it sat: of the
meeting's day, not of a date a later clause gives something else (``会前，与会人员参观了
某工作室，该工作室日前刚刚揭牌``); a sentence opening so with a date of its own before the
mention keeps it. Invented pages."""

from __future__ import annotations

from gonghui_build.extract.activities.held_days import threads_on
from tests.conftest import page_facts

PAGE = """柳河县总工会召开十五届三次全委（扩大）会议
发布时间：2024-01-19 10:12:30 来源：柳河县融媒体中心
1月17日，柳河县总工会十五届三次全委（扩大）会议在县委党校召开，县总工会主席郑晓岚作工作报告。
会前，与会人员参观了设在柳河宏远机械有限公司的“魏建林工匠创新工作室”，该工作室日前刚刚揭牌。
"""


def test_a_sentence_opening_before_the_meeting_goes_on_from_it():
    assert threads_on("会前，与会人员参观了某工作室")
    assert not threads_on("与会人员参观了某工作室")


def test_a_visit_before_the_meeting_is_of_the_meetings_day():
    acts = [a for art in page_facts(PAGE).articles for a in art.activities]
    [visit] = [a for a in acts if a.category.value == "visit"]
    assert visit.date.start == "2024-01-17"
