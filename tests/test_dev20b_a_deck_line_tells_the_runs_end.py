"""Activities, s53 dev20b: a deck line that tells only a bare subject's run
(——活动将持续至12月中旬, under a headline whose body's lead reports the launch) gives the
lead's event its end; a deck line of another shape gives none. Pages written for these
tests (invented unions, real district names)."""

from __future__ import annotations

from tests.conftest import page_facts


def _page(subtitle: str) -> str:
    return (
        "京华职工报\n2021年11月20日 星期六\n"
        "迎新春 促健身\n青禾区职工冬季健步走启动\n"
        f"{subtitle}\n"
        "本报讯（记者 林晓秋）11月16日上午，2021年青禾区职工冬季健步走活动在滨河公园启动，"
        "来自全区80家单位的2000余名职工参加。\n"
        "青禾区总工会主席周立新宣布活动启动。\n"
    )


def _dates(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.date.start, a.date.end) for a in page_facts(page).articles[0].activities]


def test_a_deck_line_of_a_bare_subjects_run_gives_the_lead_event_its_end():
    assert _dates(_page("——活动将持续至12月中旬")) == [("2021-11-16", "2021-12")]


def test_a_deck_line_of_another_shape_gives_no_end():
    assert _dates(_page("——2000余名职工踊跃参加")) == [("2021-11-16", None)]
