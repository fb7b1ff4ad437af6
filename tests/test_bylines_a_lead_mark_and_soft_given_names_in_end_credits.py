"""Two shapes of an item's closing credit (real_dev6's provincial workers' papers):
a mark of text and photos printed before the names (``（文/图 本报记者 某某）``) credits
them with both, beside the role word's role; and among a bracket's names, a given name
holding a character that is mostly a function word (``（刘万和 郭丽）``: 和) is a name still.
A mark after each name (``（文/某某 图/某某）``) keeps each name to its own mark. Invented
names."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole


def _end_credit(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(text, AuthorRole.correspondent, True)}


def test_text_and_photo_mark_before_a_reporter_gives_both_roles() -> None:
    assert _end_credit("（文/图 本报记者 孟庆丰）") == {
        ("孟庆丰", "reporter"),
        ("孟庆丰", "photographer"),
    }


def test_text_and_photo_mark_before_a_bare_name_gives_the_marks_roles_only() -> None:
    assert _end_credit("（文/图 孙悦然）") == {("孙悦然", "reporter"), ("孙悦然", "photographer")}


def test_a_given_name_with_he_is_a_name_among_a_credits_names() -> None:
    assert _end_credit("（刘万和 郭丽）") == {
        ("刘万和", "correspondent"),
        ("郭丽", "correspondent"),
    }


def test_marks_keyed_before_each_name_keep_their_own_roles() -> None:
    assert _end_credit("（文/李婷 图/张凯）") == {("李婷", "reporter"), ("张凯", "photographer")}
