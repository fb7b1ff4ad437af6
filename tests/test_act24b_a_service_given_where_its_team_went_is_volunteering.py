"""Activities, act24b: a check-up given where the team that gives it went (到某村为…开展健康
体检) is volunteering, as a visit that serves where it went is; one a union arranges, or
holds at a hospital, went nowhere and stays kind other. Sentences written for these tests
(invented unions and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_check_up_given_where_the_team_went_is_volunteering() -> None:
    (found,) = find_activities(
        [
            "近日，青禾县总工会副主席李卫带领县医院医生共12人，到石门镇柳溪村为60名留守老人开展健康体检。"
        ]
    )
    assert found.category == Category.volunteering


def test_a_check_up_arranged_or_held_at_a_hospital_stays_other() -> None:
    (arranged,) = find_activities(["今年青禾县总工会还为全县40名劳模安排了免费健康体检。"])
    (held,) = find_activities(["6月，青禾区总工会在区人民医院开展职工健康体检。"])
    assert arranged.category == Category.other
    assert held.category == Category.other
