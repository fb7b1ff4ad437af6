"""An old page's OCR parts a three-character name before its last character
(``（刘文 征）``): the credit was read as 刘文 and the last character lost. One character
is no one's name, so after a two-character name that begins with a surname it is that
name's last character. Invented credits in the shape of 1980s workers' papers' briefs
read in session 39."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def _names(credit: str) -> list[str]:
    return [a.name for a in parse_byline(credit, end_credit=True)]


def test_the_last_character_rejoins_its_name() -> None:
    assert _names("（祁远 航）") == ["祁远航"]
    assert _names("（祁远 航 褚晓岚）") == ["祁远航", "褚晓岚"]


def test_padded_two_character_names_and_marks_read_as_before() -> None:
    assert _names("（祁 航）") == ["祁航"]
    assert _names("（祁远航 褚晓岚）") == ["祁远航", "褚晓岚"]
    roles = {(a.name, a.role.value) for a in parse_byline("（记者 祁远 摄）", end_credit=True)}
    assert roles == {("祁远", "photographer")}
