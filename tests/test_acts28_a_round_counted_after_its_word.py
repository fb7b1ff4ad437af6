"""A round of a contest counted right after its word, session 37 (acts28). …大赛决赛在某地
举行。…各县区共举办预赛18场: the heats were held, an activity, part of the contest (they
were missed: 预赛 was no trigger, and 初赛 alone needs a name). Shapes read on real pages
(a Gansu county's contests counted by the year, a city's skills contest over heats and a
final, a province's contests in stages); sentences written for these tests (invented
bodies). A list of rounds (the contest's format), a round named with no count, and a plain
name counted (各类职工培训126场, backed out at stop 45) stay no activity."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def _rows(paragraphs: list[str]) -> list[tuple[str, Category, Status, str | None]]:
    found = find_activities(paragraphs)
    return [
        (d.name, d.category, d.status, None if d.parent is None else found[d.parent].name)
        for d in found
    ]


@pytest.mark.parametrize(
    ("paragraphs", "contest", "heats"),
    [
        pytest.param(
            [
                "11月18日，2024年临川市建筑行业职工技能大赛决赛在市职工技能实训基地举行。",
                "本届大赛自9月启动以来，各县区共举办预赛18场。",
            ],
            "2024年临川市建筑行业职工技能大赛",
            "预赛",
            id="heats_after_the_final",
        ),
        pytest.param(
            ["9月，江川市第三届职工技能大赛启动。各县区先后举办初赛十二场，1200名职工参赛。"],
            "江川市第三届职工技能大赛",
            "初赛",
            id="first_rounds_after_the_launch",
        ),
    ],
)
def test_rounds_counted_are_part_of_the_contest(
    paragraphs: list[str], contest: str, heats: str
) -> None:
    rows = _rows(paragraphs)
    assert (heats, Category.competition, Status.held, contest) in rows


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param("大赛分预赛、复赛和决赛三个阶段进行。", id="the_format"),
        pytest.param("公司选派的3名选手在预赛中表现出色。", id="a_round_not_counted"),
        pytest.param("全年共开展各类职工培训126场。", id="a_plain_name_counted"),
    ],
)
def test_no_round_of_its_own(paragraph: str) -> None:
    assert _rows([paragraph]) == []
