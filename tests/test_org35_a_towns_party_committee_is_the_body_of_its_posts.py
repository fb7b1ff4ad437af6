"""A town's or a township's Party committee printed after its name before a post
(某镇党委书记, 某乡党委副书记, 镇党委委员 once the town is named) is a body of its own,
某镇党委, the post held there without the 党委; an enterprise's 党委 stays in the
title. Invented towns, names and posts."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_resolved


def _held(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each titled name of ``text`` with its (title, organisation as written) claims."""
    return {
        h.name: [(c.title_normalised, c.org_written) for c in h.claims]
        for h in titled_names(text, tag_tokens(text))
    }


def test_a_towns_party_secretary_is_held_at_the_towns_committee():
    held = _held("会上，柳塘镇党委书记韦海川作了讲话。")
    assert held["韦海川"] == [("书记", "柳塘镇党委")]


def test_a_townships_deputy_secretary_is_held_at_its_committee():
    held = _held("桂岭乡党委副书记覃秀梅主持会议。")
    assert held["覃秀梅"] == [("副书记", "桂岭乡党委")]


def test_an_enterprise_party_committee_stays_in_the_title():
    held = _held("青禾机械有限公司党委副书记韦海川出席。")
    assert held["韦海川"] == [("党委副书记", "青禾机械有限公司")]


def test_the_towns_committee_is_listed_with_its_county():
    body = (
        "灵川县柳塘镇总工会近日成立。柳塘镇党委书记韦海川，镇党委委员覃秀梅出席会议，"
        "为新当选的镇总工会委员颁发证书。"
    )
    assert "灵川县柳塘镇党委" in first_article_resolved(body)
