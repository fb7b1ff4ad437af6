"""A sentence giving no date goes on in the day the sentence before it counts from the
paper's own (``今天上午，…服务站正式启用。某主席到站看望志愿者``): that day, not only the
paper's year. Invented page."""

from __future__ import annotations

from tests.conftest import page_facts

PAGE = """江枫日报
2011年3月9日 星期三
第2版：要闻
临江站职工驿站启用
本报3月8日讯（记者 杜明远）今天上午，临江市总工会在临江火车站设立的“职工驿站”正式启用，为返乡职工提供热水和咨询。市总工会主席柯长岭到站看望志愿者。
"""


def test_a_visit_after_a_sentence_of_today_is_of_that_day():
    acts = [a for art in page_facts(PAGE).articles for a in art.activities]
    [visit] = [a for a in acts if a.category.value == "visit"]
    assert visit.date.start == "2011-03-08"
