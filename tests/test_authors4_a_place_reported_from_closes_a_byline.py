"""A byline or a closing credit may end with the place its names reported from: glued to
报道 (``本报记者 某某 临江报道``, ``（记者 某某 通讯员 某某 临江报道）``) or noted
(``（本报记者 某某 发自临江）``), as national and provincial papers sign reports filed
away from home. The place is no author, and it leaves a closing bracket a credit. Before,
``临江报道`` was read as a reporter's name and the bracket closing the text as a
caption. A name glued to the mark (``某某报道``), or keyed by a role word before it
(``记者 江山报道``: 江山 is also a city's name), is still the name. Invented names
(session 46, authors4)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import layout_roles, page_authors

HEAD = "临江市总工会举办女职工维权培训班\n"
TEXT = "3月5日，临江市总工会举办女职工权益保护培训班，全市80名基层工会女职工委员参加培训。\n"


def _names(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(byline)]


def test_a_place_glued_to_its_report_mark_is_no_reporter() -> None:
    assert _names("本报记者 韩雨晴 周婷 临江报道") == [
        ("韩雨晴", "reporter"),
        ("周婷", "reporter"),
    ]


def test_the_place_closes_a_credit_with_a_correspondent() -> None:
    assert _names("（记者 韩雨晴 通讯员 周婷 临江报道）") == [
        ("韩雨晴", "reporter"),
        ("周婷", "correspondent"),
    ]


def test_a_name_glued_to_the_mark_or_keyed_by_a_role_word_stays_a_name() -> None:
    assert _names("本报记者 韩雨晴报道") == [("韩雨晴", "reporter")]
    assert _names("记者 江山报道") == [("江山", "reporter")]


def test_a_bracket_closing_the_text_with_the_place_is_a_credit() -> None:
    assert is_credit_line("（本报记者 韩雨晴 临江报道）")
    assert is_credit_line("（本报记者 韩雨晴 发自临江）")
    assert not is_credit_line("（韩雨晴 临江）")  # a place with no mark notes nothing


def test_the_closing_credit_names_the_reporter_alone() -> None:
    page = HEAD + TEXT + "（本报记者 韩雨晴 临江报道）\n"
    assert layout_roles(page)["（本报记者 韩雨晴 临江报道）"][0] == "byline"
    assert page_authors(page) == {("韩雨晴", "reporter")}


def test_the_byline_under_the_headline_names_the_reporter_alone() -> None:
    assert page_authors(HEAD + "本报记者 韩雨晴 临江报道\n" + TEXT) == {("韩雨晴", "reporter")}
