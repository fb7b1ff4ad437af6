"""A dateline's role word before three names printed with no blank between them
(``本报讯（通讯员 王立新张建明李红）``): each is a correspondent, as two names run
together already were (``罗晓帆张建明``). Before, the run of eight characters was taken
for a title and its last two characters for a signer, an author. Read so only when one
way of cutting the run leaves three names of common surnames. Invented names (auth32,
the brief's three names run together)."""

from __future__ import annotations

from gonghui_build.extract.byline_names import three_names
from gonghui_build.extract.bylines import parse_byline


def _read(credit: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(credit)]


def test_three_correspondents_run_together() -> None:
    assert _read("本报讯（通讯员 王立新张建明李红）") == [
        ("王立新", "correspondent"),
        ("张建明", "correspondent"),
        ("李红", "correspondent"),
    ]


def test_three_names_of_two_characters_after_a_reporters_word() -> None:
    assert _read("本报讯（记者 王芳李明张伟）") == [
        ("王芳", "reporter"),
        ("李明", "reporter"),
        ("张伟", "reporter"),
    ]


def test_a_name_of_another_language_stays_whole() -> None:
    assert three_names("乌云其木格") is None
    assert _read("本报讯（记者 乌云其木格）") == [("乌云其木格", "reporter")]
