"""Activities of real pages, s21 (issue 11): a visit of inspection told with 视察 is a
visit, as one told with 调研 is: a delegation going somewhere to inspect, or a leader
inspecting a named site. Like 调研, a bare 视察 restating the visit (对…进行视察) makes
no row of its own, and 视察组, 视察团, 视察工作 are nouns. Sentences written for these
tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def visits(*paragraphs: str) -> list[str]:
    """The trigger of each visit read from the paragraphs."""
    return [a.trigger for a in find_activities(list(paragraphs)) if a.category == Category.visit]


def test_a_delegation_inspecting_a_town_is_a_visit():
    text = "9月12日，省总工会副主席柳青岩一行莅临北岭市视察新建的工人文化宫和职工驿站。"
    assert visits(text) == ["视察"]


def test_a_leader_inspecting_a_named_site_is_a_visit():
    text = "近日，县总工会主席范小溪视察青湾乡职工服务中心。"
    assert visits(text) == ["视察"]


def test_a_bare_inspection_restating_the_visit_is_no_new_visit():
    first = "6月3日，县政协主席江明远带领委员一行十余人到县总工会调研。"
    again = "这次视察工作，是县政协首次对工会系统进行视察。"
    assert visits(first, again) == ["调研"]


def test_an_inspection_team_named_before_another_visit_is_not_one():
    text = "县总工会主席陶子衡带领视察团参观了南岭机械有限公司职工书屋。"
    assert visits(text) == ["参观"]
