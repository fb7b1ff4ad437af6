"""Activities, s31 (issue 11): a show of workers' innovations a union holds
(举办职工创新成果展) is an exhibition, kind other, as 成就展 is; 成果展示 (showing
results) stays a verb and makes no activity. Sentences written for these tests
(invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def test_an_innovation_show_a_union_holds_is_an_exhibition_at_its_venue():
    (found,) = find_activities(["9月8日，青禾市总工会在市工人文化宫举办职工创新成果展。"])
    assert found.name == "职工创新成果展"
    assert found.category.value == "other"
    assert found.place == "市工人文化宫"


def test_an_innovation_show_opened_by_a_union_is_found_with_its_year():
    (found,) = find_activities(
        ["10月12日，柳河区总工会开展2024年职工创新成果展，展出职工成果80余项。"]
    )
    assert found.name.endswith("职工创新成果展")


def test_showing_results_is_a_verb_and_no_exhibition():
    assert find_activities(["会上，青禾公司进行了职工创新成果展示。"]) == []
