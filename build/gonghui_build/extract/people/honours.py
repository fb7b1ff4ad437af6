"""Honours printed beside a person's name or post (劳动模范, 全国劳模, 五一劳动奖章获得者:
``titles.yaml`` honours): no posts (``tests/fixtures/ANNOTATION.md``), so the readers of
names and posts read past them; one test of where one ends, for all of them."""

from __future__ import annotations

from gonghui_build import reference as lexicon


def honour_ending(text: str, end: int | None = None) -> str | None:
    """The honour ``text`` ends with (before ``end`` when given), else None."""
    return lexicon.words("titles.yaml", "honours").ending(text, end)
