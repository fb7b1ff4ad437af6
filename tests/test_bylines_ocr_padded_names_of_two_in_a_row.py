"""Names of two characters a column padded to the width of three, printed in a row
(``本报记者 韩 雨 周 婷``): an even run of single characters, blanks only between them,
is that many names of two. Before, the first name took the next name's surname
(``韩雨周``) and the last character was lost. An odd run is one name spaced out
(``王 小 明``), and a mark after the names still closes them. Invented names (session
46, authors5)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def _credits(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(text)]


def test_four_padded_characters_are_two_names() -> None:
    assert _credits("本报记者 韩 雨 周 婷") == [("韩雨", "reporter"), ("周婷", "reporter")]
    assert _credits("本报记者 韩 雨  周 婷") == [("韩雨", "reporter"), ("周婷", "reporter")]


def test_six_padded_characters_are_three_names() -> None:
    assert _credits("本报记者 韩 雨 周 婷 苏 琳") == [
        ("韩雨", "reporter"),
        ("周婷", "reporter"),
        ("苏琳", "reporter"),
    ]


def test_padded_names_before_a_role_word_and_a_mark() -> None:
    assert _credits("（记者 韩 雨 周 婷 通讯员 苏 琳）") == [
        ("韩雨", "reporter"),
        ("周婷", "reporter"),
        ("苏琳", "correspondent"),
    ]
    assert _credits("本报记者 韩 雨 周 婷 摄") == [
        ("韩雨", "photographer"),
        ("周婷", "photographer"),
    ]


def test_three_spaced_characters_stay_one_name() -> None:
    assert _credits("本报记者 王 小 明") == [("王小明", "reporter")]
