"""A site in traditional script closes its union news with ``（記者 某某）``: the layout
read the credit, but the byline's reader knew 记者 only in simplified script and gave
the name as an author. The role words in traditional print give the same roles.
Invented credits in the shape of a Hong Kong paper's and a BIG5 news copy read in
session 39."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def _roles(credit: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(credit, end_credit=True)}


def test_traditional_reporter_and_correspondent() -> None:
    assert _roles("（記者 祁遠航）") == {("祁遠航", "reporter")}
    assert _roles("本報記者 祁遠航 通訊員 褚曉嵐") == {
        ("祁遠航", "reporter"),
        ("褚曉嵐", "correspondent"),
    }


def test_simplified_role_words_read_as_before() -> None:
    assert _roles("（记者 祁远航）") == {("祁远航", "reporter")}
