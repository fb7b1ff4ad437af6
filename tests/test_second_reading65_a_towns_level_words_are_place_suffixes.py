"""A town's or a street's body printed by its level word alone (镇人力资源分局) is read
with the level words of ``org_suffixes.yaml`` place_suffixes, the one list of them, less
乡, which opens common words (乡村振兴办公室 is no township's body). Invented names."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.place_short_forms import _OPENS_WORDS


def test_the_levels_read_are_the_place_suffixes_less_those_opening_words() -> None:
    levels = [w for w in words("place_suffixes").words if w not in _OPENS_WORDS]
    assert "镇" in levels and "街道" in levels
    assert "乡" not in levels
