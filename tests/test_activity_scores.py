"""Activities and article dates scored against hand annotations.

The gold lists (``tests/fixtures/gold/<page>.activities.yaml``) were written by reading
the pages, following ``tests/fixtures/ANNOTATION.md``: each course, the lectures and
visits inside it, each campaign and competition, plans marked as planned. The scorer
is ``python -m gonghui_dev.scoring``; the thresholds are the issue's.
"""

from __future__ import annotations


def test_seed_activities_f1(seed_scores):
    acts = seed_scores.activities
    assert acts.tp >= 60  # dozens of activities at the grain users want
    assert acts.f1 >= 0.90, acts.misses + acts.extras


def test_seed_activity_dates_right_for_nine_in_ten(seed_scores):
    dates = seed_scores.activity_dates
    assert dates.total >= 30
    assert dates.value >= 0.90, dates.wrong


def test_seed_participant_counts_with_their_qualifier(seed_scores):
    counts = seed_scores.activity_participants
    assert counts.total >= 10
    assert counts.value >= 0.80, counts.wrong


def test_seed_plans_and_ongoing_programmes_marked(seed_scores):
    status = seed_scores.activity_status
    assert status.total >= 50
    assert status.value >= 0.85, status.wrong


def test_seed_categories_organisers_and_parents(seed_scores):
    assert seed_scores.activity_category.total >= 50
    assert seed_scores.activity_organiser.total >= 40
    assert seed_scores.activity_parent.total >= 15
    assert seed_scores.activity_category.value >= 0.90, seed_scores.activity_category.wrong
    assert seed_scores.activity_organiser.value >= 0.85, seed_scores.activity_organiser.wrong
    assert seed_scores.activity_parent.value >= 0.85, seed_scores.activity_parent.wrong


def test_every_seed_article_year_inferred_with_its_basis(seed_scores):
    years = seed_scores.article_years
    assert years.total == 11 and years.value == 1.0, years.wrong
    assert seed_scores.date_basis.value == 1.0, seed_scores.date_basis.wrong


def test_seed_years_span_the_papers_decade(seeds_tables):
    years = {a["date"][:4] for a in seeds_tables["articles"] if a["date"]}
    assert {"2015", "2016", "2017", "2018", "2023"} <= years


def test_activity_rules_generalise_to_invented_pages(fixture_scores):
    s = fixture_scores
    assert s.activities.tp >= 40
    assert min(s.activity_dates.total, s.activity_status.total) >= 30
    assert s.activity_participants.total >= 15 and s.article_years.total >= 15
    assert s.activities.f1 >= 0.85, s.activities.misses + s.activities.extras
    assert s.activity_dates.value >= 0.85, s.activity_dates.wrong
    assert s.activity_status.value >= 0.85, s.activity_status.wrong
    assert s.activity_participants.value >= 0.80, s.activity_participants.wrong
    assert s.article_years.value == 1.0, s.article_years.wrong


def test_nothing_to_count_is_no_perfect_score():
    """A score over nothing counted is not 1.0: a floor on it fails."""
    import math

    from gonghui_dev.scoring import PRF, Rate

    assert math.isnan(Rate().value) and not Rate().value >= 0.9
    assert math.isnan(PRF().f1) and math.isnan(PRF().precision) and math.isnan(PRF().recall)
    assert PRF(fn=3).f1 == 0.0 and PRF(fp=2).f1 == 0.0
    assert PRF(tp=3, fp=1).precision == 0.75
