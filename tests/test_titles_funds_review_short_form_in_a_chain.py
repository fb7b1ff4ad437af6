"""The funds review committee's short form 经审委员会 printed after a union's post in a
chain is part of the title held at the union, as its full name is (invented names)."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain


def _chain(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_the_short_committee_after_a_union_post_is_a_title_at_the_union():
    text = "柳川区总工会副主席、经审委员会主任付红伟通报了工作情况。"
    assert _chain(text, "付红伟") == [
        ("副主席", "柳川区总工会"),
        ("经审委员会主任", "柳川区总工会"),
    ]


def test_the_short_committee_after_a_party_group_post_is_a_title_at_the_union():
    text = "石湾市总工会党组成员、经审委员会主任宋明勇主持会议。"
    assert _chain(text, "宋明勇") == [
        ("党组成员", "石湾市总工会"),
        ("经审委员会主任", "石湾市总工会"),
    ]


def test_the_committee_printed_right_after_its_union_stays_a_body():
    # the near miss: no union post before it, the committee is the head's body
    text = "柳川区总工会经审委员会主任付红伟通报了工作情况。"
    assert _chain(text, "付红伟") == [("主任", "柳川区总工会经审委员会")]
