"""An event the news counted down to for years (北京奥运会, ``kind: awaited`` in
``reference/events.yaml``) dates an article by its year only when the text gives no
other year or event: a countdown (距北京奥运会开幕已不足百日) is of that year, but a
2007 page looking forward to it stays in 2007. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.dates import infer_article_date


def test_a_countdown_to_the_games_dates_the_article_by_their_year():
    got = infer_article_date("距北京奥运会开幕已不足百日。记者走进某工地。")
    assert (got.year, got.basis) == (2008, "event_reference")


def test_a_year_printed_wins_over_the_awaited_games():
    got = infer_article_date("2007年，某区总工会组织职工迎接北京奥运会。")
    assert (got.year, got.basis) == (2007, "explicit_date")


def test_a_dated_event_wins_over_the_awaited_games():
    assert infer_article_date("学习十九届六中全会精神，服务北京冬奥会。").year == 2021
