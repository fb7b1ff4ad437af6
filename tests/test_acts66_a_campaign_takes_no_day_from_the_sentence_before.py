"""A campaign told with no date of its own after a sentence dated to a month (``6月，在某
项目为47名农民工追回工资。市总工会…联合开展“护薪行动”``) is of the article's year: the
month is one of its cases', the campaign a season's programme. A course so told still
takes the day of the sentence before. Invented yearbook entries."""

from __future__ import annotations

from tests.conftest import page_facts

ENTRIES = """潭州年鉴·2022
社会团体
潭州市总工会
【概况】 2021年末，全市有基层工会组织1830个。
【农民工工资维权】 全年市总工会受理欠薪求助案件41件。5月，在城东一建筑项目为36名农民工追回工资58万元。市总工会与市人力资源和社会保障局联合开展“安薪行动”，检查在建工地86个。
【职工培训】 全年市总工会培训职工3200人次。8月12日，市总工会举办企业安全员培训班，120人参加。学员们还参观了市安全生产教育基地。
"""


def _starts() -> dict[str, str | None]:
    facts = page_facts(ENTRIES)
    return {
        a.name or a.category.value: a.date.start for art in facts.articles for a in art.activities
    }


def test_a_campaign_after_a_sentence_dated_to_a_month_is_of_the_year():
    assert _starts()["“安薪行动”"] == "2021"


def test_a_course_after_a_dated_sentence_keeps_its_own_day():
    assert _starts()["企业安全员培训班"] == "2021-08-12"
