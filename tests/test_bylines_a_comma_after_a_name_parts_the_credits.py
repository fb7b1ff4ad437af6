"""A comma a byline prints between its credits (``本报讯（记者 某某，通讯员 某某）``,
``本报记者 某某，某某``) parts the names as a blank does: before, the name before the
comma was read as a title (``某某，``) and the role word after it as a name. A comma in
a signed article's chain of titles (``某区人大常委会副主任，区总工会党组书记 某某``)
follows no name and keeps the chain whole. Invented names (session 46, authors5)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def _credits(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.role.value, a.title) for a in parse_byline(text)]


def test_a_comma_between_role_credits_parts_the_reporter_from_the_correspondent() -> None:
    expected = [("韩雨", "reporter", None), ("周婷", "correspondent", None)]
    assert _credits("本报讯（记者 韩雨，通讯员 周婷）") == expected
    assert _credits("本报讯（记者韩雨，通讯员周婷）") == expected
    assert _credits("文/本报记者 韩雨，通讯员 周婷") == expected


def test_a_comma_between_two_names_after_one_role_word_parts_them() -> None:
    expected = [("韩雨", "reporter", None), ("周婷", "reporter", None)]
    assert _credits("本报记者 韩雨，周婷") == expected
    assert _credits("本报记者 韩雨,周婷") == expected


def test_the_names_keep_their_offsets_in_the_line() -> None:
    text = "本报讯（记者 韩雨，通讯员 周婷）"
    assert [text[a.start : a.end] for a in parse_byline(text)] == ["韩雨", "周婷"]


def test_a_comma_in_a_chain_of_titles_keeps_the_chain() -> None:
    (signed,) = parse_byline("□临江区人大常委会副主任，区总工会党组书记 冯志远")
    assert (signed.name, signed.role.value) == ("冯志远", "author")
    assert signed.title == "临江区人大常委会副主任，区总工会党组书记"
