"""Activities (s44 acts55): a visit its team makes besides (慰问组一行还走访了某镇职工之家,
after a tour's shows) is an activity of its own, not the shows or the campaign told again;
without 还 the team's visit still tells the campaign just read. Real pages of s44 (a
culture tour on the border, county unions' summer rounds). Sentences written for these
tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def _rows(*texts: str) -> list[tuple[str | None, Category]]:
    return [(a.name, a.category) for a in find_activities(list(texts))]


def test_a_call_made_besides_a_tours_shows_is_a_visit_of_its_own():
    rows = _rows(
        "这是青禾省总工会“送文化进基层”活动的一部分。活动自4月启动以来，已演出一百场。",
        "副主席王某陪同慰问。慰问组一行还走访了柳岸镇职工之家，向四十二名困难职工送去慰问金。",
    )
    assert [c for _, c in rows] == [Category.campaign, Category.visit]


def test_the_teams_call_without_besides_tells_the_campaign():
    rows = _rows(
        "青禾县总工会开展送温暖活动。",
        "慰问组一行走访了柳岸镇职工之家，向四十二名困难职工送去慰问金。",
    )
    assert [c for _, c in rows] == [Category.campaign]
