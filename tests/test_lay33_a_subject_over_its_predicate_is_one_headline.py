"""Two head lines that make one clause only together are one headline the column set
over two lines, no kicker over a headline: a body and a preposition's phrase (no verb)
over the line holding the verb. A body's name alone over its verb, or over a line that
opens with a preposition, stays the kicker it reads as, and a line closing on a verb
that ends an event (落幕) stands alone as a kicker."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.broken_titles import subject_over_predicate
from gonghui_build.layout.display import runs_on
from gonghui_build.layout.segment import layout

MAST = "青禾职工报\n2024年5月6日 星期一\n"
FIRST = (
    "青禾区总工会开展职工健康体检\n"
    "本报讯（记者 柏云舟）5月2日，青禾区总工会组织三百名一线职工免费体检。\n"
    "体检项目包括血常规、心电图等十余项。\n"
)


def _heads(text: str) -> list[tuple[str, str, int | None]]:
    return [
        (p.block.plain, p.role, p.article)
        for p in layout(split_blocks(text)).placed
        if p.role in ("kicker", "headline", "subtitle")
    ]


def test_a_body_and_its_prepositions_phrase_over_the_verb_is_one_headline():
    assert subject_over_predicate("柳川县总工会为砖厂", "一线工人送清凉")
    assert not subject_over_predicate("柳川县总工会联合会", "举办职工象棋赛")


def test_a_body_over_a_line_opening_with_a_preposition_stays_a_kicker():
    assert not subject_over_predicate("柳川县总工会", "为农机站送去第一批会员证")
    assert not subject_over_predicate("柳川县总工会", "职工书屋开进砖厂")  # a head of its own


def test_a_second_line_with_a_body_of_its_own_is_a_clause_of_its_own():
    assert not subject_over_predicate("各区工会为职工办实事", "全市三百个基层工会年内建成职工书屋")


def test_a_line_closing_on_an_ending_verb_does_not_run_on():
    assert not runs_on("柳川县第三届职工篮球赛落幕")
    assert runs_on("柳川县总工会举办")


def test_an_event_closed_over_a_headline_and_its_deck_is_the_kicker():
    page = (
        MAST
        + FIRST
        + (
            "柳川县第三届职工篮球赛落幕\n"
            "八支球队赛出好风采\n"
            "——百余名职工同场竞技\n"
            "本报讯（通讯员 许映竹）5月4日，柳川县第三届职工篮球赛在县体育馆落幕。\n"
        )
    )
    heads = _heads(page)
    assert ("柳川县第三届职工篮球赛落幕", "kicker", 1) in heads
    assert ("八支球队赛出好风采", "headline", 1) in heads
