"""Regression floors on the two held-out sets: pages written and annotated by someone
who did not write the rules (``tests/fixtures/holdout`` and ``holdout2``).

Each set was scored once before any rule was changed for it (the first-look numbers
are in the README, "How good is it"); rules were then made more general where those
pages showed a gap, so the numbers here are no longer unseen-page numbers. The floors
sit a little under today's scores: they catch a rule change that breaks what the
held-out pages taught, without pinning every row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gonghui_dev.scoring import build_and_score

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module", params=["holdout", "holdout2"])
def heldout(request):
    root = FIXTURES / request.param
    return request.param, build_and_score(root / "pages", root / "gold")


def test_heldout_articles_people_and_authors(heldout):
    name, s = heldout
    assert min(s.articles.tp, s.authors.tp, s.people.tp, s.positions.tp) >= 10, name
    assert s.organisations.tp >= 40, name
    assert s.articles.f1 == 1.0, (name, s.articles.misses + s.articles.extras)
    assert s.authors.f1 >= 0.95, (name, s.authors.misses + s.authors.extras)
    assert s.people.f1 >= 0.92, (name, s.people.misses + s.people.extras)
    assert s.positions.f1 >= 0.80, (name, s.positions.misses + s.positions.extras)
    assert s.organisations.f1 >= 0.87, (name, s.organisations.misses + s.organisations.extras)


def test_heldout_activities_and_dates(heldout):
    name, s = heldout
    assert s.activities.tp >= 40 and s.article_years.total >= 10, name
    assert min(s.activity_dates.total, s.activity_organiser.total) >= 30, name
    assert s.activities.f1 >= 0.87, (name, s.activities.misses + s.activities.extras)
    assert s.article_years.value == 1.0, (name, s.article_years.wrong)
    assert s.activity_dates.value >= 0.83, (name, s.activity_dates.wrong)
    assert s.activity_organiser.value >= 0.78, (name, s.activity_organiser.wrong)
