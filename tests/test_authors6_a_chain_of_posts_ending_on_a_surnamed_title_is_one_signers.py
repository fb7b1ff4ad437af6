"""A signed article's byline whose chain of posts ends on a title that has a surname's
shape (``□区委书记，区长 某某``, ``□区长 某某``: 区 is a surname) credits one author,
the name, with both posts; the title is no second author named 区长. Invented names in
the shape of a district leader's signed commentary (session 47, authors6)."""

from __future__ import annotations

from gonghui_build.extract.byline_tokens import split_title_name
from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts

HEAD = "凝心聚力谱写工会工作新篇章\n"
TEXT = "今年以来，全区各级工会组织紧紧围绕中心工作，积极履行职责，取得了明显成效。\n"


def _read(byline: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.role.value, a.title) for a in parse_byline(byline)]


def test_a_chain_ending_on_a_surnamed_title_is_one_author() -> None:
    assert _read("□区委书记，区长 邝立新") == [("邝立新", "author", "区委书记，区长")]


def test_a_surnamed_title_alone_before_the_name_is_its_title() -> None:
    assert _read("□区长 邝立新") == [("邝立新", "author", "区长")]


def test_a_title_is_not_split_into_a_title_and_a_name() -> None:
    assert split_title_name("区委书记，区长") is None
    assert split_title_name("区委书记邝立新") == ("区委书记", "邝立新")


def test_the_signer_holds_both_posts() -> None:
    article = page_facts(HEAD + "□区委书记，区长 邝立新\n" + TEXT).articles[0]
    assert [(a.name, a.role.value) for a in article.authors] == [("邝立新", "author")]
    assert {(p.name, p.title) for p in article.positions} == {
        ("邝立新", "书记"),
        ("邝立新", "区长"),
    }
