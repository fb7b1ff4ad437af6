"""The trade a worker signs a letter with (``电焊工 某某``) is the author's title with no
organisation, as an occupation printed before a name in the text is (ANNOTATION.md:
issue 10; an author's byline stating a post gives the author positions). Before, no
chain read the trade and the author had no position. Invented names (auth27)."""

from __future__ import annotations

from tests.conftest import page_facts
from tests.test_auth27_a_letter_signed_with_the_writers_trade import LETTER


def _positions(text: str) -> set[tuple[str, str, object]]:
    return {(p.name, p.title, p.org) for a in page_facts(text).articles for p in a.positions}


def test_the_signers_trade_is_the_authors_title() -> None:
    assert ("罗晓帆", "电焊工", None) in _positions(
        LETTER.format(signature="电焊工 罗晓帆", after="")
    )


def test_a_unit_signing_gives_no_trade() -> None:
    found = _positions(LETTER.format(signature="青禾县机械厂 罗晓帆", after=""))
    assert not any(name == "罗晓帆" and org is None for name, _, org in found)
