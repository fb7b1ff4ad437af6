"""A work team named after its model worker (秀兰班, 春梅组) and a member named right
after it are read by the model as one long name (秀兰班周某): the person is the member,
the name past the team. Union sites' reports of visits to model workers' studios (s37);
invented names. A name with the surname 班, names of other peoples and a team set
apart by 的 are unchanged."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("秀兰班周丽详细介绍了工作室的建设情况。", "周丽"),
        ("秀兰班周丽说，很好。", "周丽"),
        ("春梅组李海涛介绍了经验。", "李海涛"),
    ],
)
def test_the_member_after_the_team_is_the_person(body, name):
    assert _people(body) == [name]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("车间秀兰班的周丽介绍了情况。", "周丽"),
        ("劳动模范沙马拉果说，很好。", "沙马拉果"),
        ("劳动模范巴特尔说，很好。", "巴特尔"),
        ("副主席班建国出席。", "班建国"),
    ],
)
def test_names_of_other_shapes_are_unchanged(body, name):
    assert _people(body) == [name]
