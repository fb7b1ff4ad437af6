"""Activities (issue 11): a visit an official charges others to make as a habit after the
visit reported (叮嘱厂工会要经常上门看望, 希望企业工会经常上门慰问, 强调工会组织要…广泛
开展走访慰问) is no visit of its own; a visit told after a charge of another kind, or after
a directive's 要求 as a noun, is still one. Sentences written for these tests (invented
names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

VISIT = "1月8日，青禾县总工会副主席闻溪走访慰问了县水泥厂的三户困难职工。"


def visits(*paragraphs: str) -> int:
    return [a.category for a in find_activities(list(paragraphs))].count(Category.visit)


def test_a_charge_to_call_often_inside_a_home_visited_is_no_second_visit():
    assert visits(VISIT + "在困难职工乔石家中，闻溪关切询问他的病情，叮嘱厂工会要常去看望。") == 1


def test_a_hope_that_a_plant_union_calls_regularly_is_no_visit():
    assert visits(VISIT + "闻溪希望企业工会经常上门慰问，把职工冷暖挂在心头。") == 1


def test_a_demand_for_regular_visits_in_the_next_paragraph_is_no_visit():
    assert visits(VISIT, "闻溪要求厂工会定期走访困难职工家庭，及时帮助解决实际困难。") == 1


def test_a_visit_after_a_directive_cited_as_a_noun_is_still_a_visit():
    assert visits("根据市总工会要求，1月8日，县总工会副主席闻溪走访慰问了三户困难职工。") == 1


def test_a_visit_after_a_charge_of_another_kind_is_still_a_visit():
    assert visits("1月8日，县总工会副主席闻溪叮嘱随行人员做好记录后，走访慰问了三户困难职工。") == 1
