"""Activities, s33 (issue 11): the screening a union pays for its women workers (“两癌”
筛查) is a check-up, kind other as a 健康体检 is, not a campaign; a union's sweep of
hazards (安全隐患大排查) stays a campaign. Sentences written for these tests (invented
unions and places)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


@pytest.mark.parametrize(
    "paragraph",
    [
        "3月6日起，柳河县总工会联合县妇幼保健院为全县八百名一线女职工免费开展“两癌”筛查。",
        "6月，青禾区总工会组织300名环卫女职工开展“两癌”筛查。",
    ],
)
def test_a_screening_for_women_workers_is_a_check_up(paragraph):
    (found,) = find_activities([paragraph])
    assert found.category == Category.other


def test_a_sweep_of_hazards_stays_a_campaign():
    (found,) = find_activities(["今年以来，柳河县总工会在全县企业开展安全隐患大排查。"])
    assert found.category == Category.campaign
