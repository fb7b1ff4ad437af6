"""Places of visits whose sites are listed as units, session 19 (issue 11): 走访了A厂、B厂
等企业的困难职工家庭 names the bodies whose workers were seen, no place of the visit; a
list closed by places (等地) or by 单位 after a park keeps its place. On sentences written
for these tests (invented bodies and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.places import place_of


def _place(sentence: str, mention: str) -> str | None:
    at = sentence.index(mention)
    return place_of(sentence, (0, len(sentence)), (at, at + len(mention)), visit=True)


def test_factories_listed_as_enterprises_whose_families_were_visited_are_no_place():
    sentence = "市总工会领导走访了青川第三机床厂、市第五棉纺厂等企业的12户困难职工家庭。"
    assert _place(sentence, "走访") is None


def test_companies_closed_by_a_count_of_enterprises_are_no_place():
    sentence = "镇总工会先后走访了青川星河食品有限公司、青川远帆机械有限公司两家企业困难职工。"
    assert _place(sentence, "走访") is None


def test_sites_closed_by_a_count_of_enterprises_in_the_district_are_no_place():
    sentence = "慰问组走进青川星河食品有限公司、青川远帆机械有限公司等辖区5家企业，看望一线职工。"
    assert _place(sentence, "看望") is None


def test_places_closed_by_dengdi_stay_the_place_of_the_visit():
    sentence = "慰问队来到北京西站、北京南站等地，看望坚守岗位的职工。"
    assert _place(sentence, "看望") == "北京西站、北京南站"


def test_a_park_before_a_verb_with_enterprises_as_its_object_stays_the_place():
    sentence = "学员还赴青川市瓷谷工业园观摩非公企业工会建设。"
    at = sentence.index("观摩")
    assert place_of(sentence, (0, len(sentence)), (at, at + 2)) == "青川市瓷谷工业园"
