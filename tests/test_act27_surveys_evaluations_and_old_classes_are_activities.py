"""Activities, act27: a workforce or satisfaction survey, a federation's evaluation of
unions under a name, and the literacy and catch-up classes older reports count by 期 are
activities; a bare 评估 in a policy sentence is none. Sentences written for these tests
(invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_workforce_survey_is_an_activity() -> None:
    (survey,) = find_activities(["6月，青溪市总工会开展第三次全市职工队伍状况调查。"])
    assert survey.name == "第三次全市职工队伍状况调查"
    assert survey.category == Category.other


def test_a_named_evaluation_of_unions_is_an_activity() -> None:
    (rating,) = find_activities(["9月，对全县基层工会开展“五星职工小家”评定。"])
    assert rating.name == "“五星职工小家”评定"


def test_a_bare_evaluation_in_policy_is_none() -> None:
    assert find_activities(["要加强评估，推动工作落实。"]) == []


def test_a_catch_up_class_counted_by_terms_is_training() -> None:
    (classes,) = find_activities(["1983年，县工会联办职工文化补习班5期，200人参加。"])
    assert classes.category == Category.training
