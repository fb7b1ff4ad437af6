"""A comma may part a byline's names or its role words, where most papers print a blank
or 、: ``本报讯（记者 某某，通讯员 某某）``, ``（通讯员 某某，某某）`` closing the text.
It parts them as a blank does. Before, the comma glued two tokens into one, the first
name read as a title and the role word after it as an author's name. Invented names
(session 46, authors4)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import page_authors

HEAD = "临江市总工会举办女职工维权培训班\n"
TEXT = "3月5日，临江市总工会举办女职工权益保护培训班，全市80名女职工委员参加培训。"


def _names(byline: str, end_credit: bool = False) -> list[tuple[str, str]]:
    role = AuthorRole.correspondent if end_credit else AuthorRole.reporter
    return [(a.name, a.role.value) for a in parse_byline(byline, role, end_credit)]


def test_a_comma_parts_the_reporter_from_the_correspondent_in_a_dateline() -> None:
    assert _names("本报讯（记者 韩雨晴，通讯员 周婷）") == [
        ("韩雨晴", "reporter"),
        ("周婷", "correspondent"),
    ]


def test_a_comma_parts_two_names_after_one_role_word() -> None:
    assert _names("（通讯员 周婷，孙哲）", end_credit=True) == [
        ("周婷", "correspondent"),
        ("孙哲", "correspondent"),
    ]


def test_the_dateline_of_a_page_credits_both() -> None:
    page = HEAD + "本报讯（记者 韩雨晴，通讯员 周婷）" + TEXT + "\n"
    assert page_authors(page) == {("韩雨晴", "reporter"), ("周婷", "correspondent")}


def test_a_credit_run_into_the_texts_end_credits_both() -> None:
    page = HEAD + TEXT + "（记者 韩雨晴，通讯员 周婷）\n"
    assert page_authors(page) == {("韩雨晴", "reporter"), ("周婷", "correspondent")}
