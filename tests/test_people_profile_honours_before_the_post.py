"""A profile's honours among its notes between a name and the post (某某，53岁，2001年全国
劳动模范，某公司副总经理): an honour or a phrase closing on 称号 is passed over as the age
is. Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.profiles import past_profile_notes
from gonghui_build.extract.people.rules import appositive_names
from gonghui_build.extract.people.tenure import tenure_names
from gonghui_build.text.tokenizer import tag_tokens


def _posts(hits) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [(h.name, [(c.title, c.org_written) for c in h.claims]) for h in hits]


def test_an_honour_among_a_profiles_notes_is_passed_over_to_the_post():
    text = "【人物档案】甄立群，56岁，2005年全国劳动模范，青禾市总工会副主席。"
    assert _posts(appositive_names(text, tag_tokens(text))) == [
        ("甄立群", [("副主席", "青禾市总工会")])
    ]


def test_an_honour_won_closing_on_its_title_word_is_passed_over_before_a_tenure_mark():
    text = "【人物档案】甄立群，56岁，连续三届获得全国劳模称号，现任青禾市总工会副主席。"
    assert _posts(tenure_names(text, tag_tokens(text))) == [
        ("甄立群", [("副主席", "青禾市总工会")])
    ]


def test_a_long_clause_of_deeds_is_no_note():
    text = "甄立群，带领班组连续十年完成全部生产任务并获得全国工人先锋号称号，青禾市总工会副主席。"
    start = text.index("，") + 1
    assert past_profile_notes(text, start) == start
