"""A correspondent's name closed by a text-and-photo mark (``通讯员 某某 文/图``): the
correspondent wrote the text and took the photos, a correspondent's row and a
photographer's, not a reporter's; a reporter's (``本报记者 某某 文/图``) and an unworded
name's (``某某 文/图``) read as before. Invented bylines in the shape of a county
union's feature under its headline."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def _roles(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(byline)]


def test_a_correspondent_marked_text_and_photos_is_correspondent_and_photographer() -> None:
    assert _roles("通讯员 侯嘉树 文/图") == [
        ("侯嘉树", "correspondent"),
        ("侯嘉树", "photographer"),
    ]


def test_a_reporter_then_a_correspondent_marked_text_and_photos() -> None:
    assert _roles("记者 樊一诺 通讯员 侯嘉树 文/图") == [
        ("樊一诺", "reporter"),
        ("侯嘉树", "correspondent"),
        ("侯嘉树", "photographer"),
    ]


def test_a_reporter_marked_text_and_photos_reads_as_before() -> None:
    assert _roles("本报记者 蒲嘉言 文/图") == [("蒲嘉言", "reporter"), ("蒲嘉言", "photographer")]


def test_an_unworded_name_marked_text_and_photos_reads_as_before() -> None:
    assert _roles("侯嘉树 文/图") == [("侯嘉树", "reporter"), ("侯嘉树", "photographer")]


def test_a_correspondents_photo_mark_alone_gives_the_photographer() -> None:
    assert _roles("通讯员 侯嘉树 摄") == [("侯嘉树", "photographer")]
