"""``（文/图 通讯员 某某）`` closing a brief: the correspondent wrote the text and took
the photos, two rows (correspondent, photographer), as ``文/通讯员 某某`` is the
correspondent's text. The role word says in which capacity the name wrote; the mark
adds the photos. Was: three rows (correspondent, reporter and photographer) for one
writer. Invented text in the shape of county unions' briefs (session 38, layout30)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts

TEXT = (
    "某县总工会开展金秋助学活动\n"
    "近日，某县总工会开展金秋助学活动，为26名困难职工子女发放助学金7.8万元。"
)


def _roles(credit: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(credit)}


def test_a_correspondents_text_and_photos() -> None:
    assert _roles("（文/图 通讯员 龙海波）") == {
        ("龙海波", "correspondent"),
        ("龙海波", "photographer"),
    }


def test_the_article_closed_so_has_two_rows() -> None:
    authors = [
        (a.name, a.role.value)
        for a in page_facts(TEXT + "（文/图 通讯员 龙海波）\n").articles[0].authors
    ]
    assert sorted(authors) == [("龙海波", "correspondent"), ("龙海波", "photographer")]


def test_a_reporters_text_and_photos_are_still_two_rows() -> None:
    assert _roles("（文/图 本报记者 龙海波）") == {
        ("龙海波", "reporter"),
        ("龙海波", "photographer"),
    }


def test_with_no_role_word_the_mark_alone_gives_both() -> None:
    assert _roles("（文/图 龙海波）") == {("龙海波", "reporter"), ("龙海波", "photographer")}


def test_a_reporter_and_a_correspondent_under_one_mark() -> None:
    assert _roles("（文/摄 记者 王小明 通讯员 李大力）") == {
        ("王小明", "reporter"),
        ("王小明", "photographer"),
        ("李大力", "correspondent"),
        ("李大力", "photographer"),
    }


def test_a_keyed_pictures_and_text_mark_before_a_role_word() -> None:
    assert _roles("（图文/通讯员 柯晓燕）") == {
        ("柯晓燕", "correspondent"),
        ("柯晓燕", "photographer"),
    }


def test_a_keyed_writer_before_a_role_word_keeps_the_role_words_role() -> None:
    assert _roles("文/通讯员 柯晓燕") == {("柯晓燕", "correspondent")}
