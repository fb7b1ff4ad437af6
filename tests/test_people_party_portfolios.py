"""A basic-level Party committee's portfolios (组织委员, 宣传委员) are posts of their own
in a township's chains (invented names and towns; seen on 3 real pages of 2 sources)."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens


def _held(text: str) -> dict[str, list[str]]:
    """Each titled name of ``text`` with the titles read for it, in chain order."""
    hits = titled_names(text, tag_tokens(text))
    return {h.name: [c.title for c in h.claims] for h in hits}


def test_portfolios_after_a_committee_membership_are_each_a_post():
    text = "党委副书记韦海川，党委委员、组织委员、宣传委员丁晓梅，办公室副主任吴立新参加会议。"
    assert _held(text)["丁晓梅"] == ["党委委员", "组织委员", "宣传委员"]


def test_a_portfolio_alone_before_a_name_is_a_post():
    text = "最后，镇组织委员韦海川对推荐流程作了培训。"
    assert _held(text).get("韦海川") == ["组织委员"]


def test_portfolios_listed_as_kinds_of_attendees_name_nobody():
    text = "全体镇干部和各村书记、主任、组织委员出席，镇长韦海川主持会议。"
    assert set(_held(text)) == {"韦海川"}


def test_a_bare_committee_member_of_no_body_is_still_no_post():
    text = "会上，委员韦海川发言。"
    assert _held(text).get("韦海川", []) == []
