"""``某某 文 某某 摄``: a writer's and a photographer's credit with each mark set apart by
blanks. 文 is a surname too, and the OCR-space joiner read it as the start of the next name
(文某某), or the photo-credit reader made ``某某 文`` one name of three and everyone a
photographer. A mark alone after a name closes that name; a photo credit that sets a mark
apart between its names is read as a byline. A role word before 文 (``记者 文 静``) still
makes 文静 one name, and a padded name glued to its mark (``徐 烨摄影报道``) is joined
again. Invented names (session 39, credits36)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.extract.photo_bylines import marked_apart
from tests.conftest import page_facts


def _roles(byline: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(byline)}


def _page_roles(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


PAGE = (
    "职工书屋飘书香\n"
    "近日，荆门市掇刀区总工会为辖区12家企业配送图书3000余册，并举办职工读书分享会。\n"
)


def test_a_spaced_wen_closes_the_name_before_it() -> None:
    assert _roles("苗振 文 邱冬 摄") == {("苗振", "reporter"), ("邱冬", "photographer")}
    assert _roles("本报记者 霍青 文 骆川 摄") == {("霍青", "reporter"), ("骆川", "photographer")}


def test_the_bracketed_credit_under_a_text_names_writer_and_photographer() -> None:
    roles = _page_roles(PAGE + "（苗振 文 邱冬 摄）\n")
    assert roles == {("苗振", "reporter"), ("邱冬", "photographer")}


def test_a_photo_credit_with_a_mark_apart_is_read_as_a_byline() -> None:
    assert marked_apart("（苗振 文 邱冬 摄）")
    assert not marked_apart("本报记者 苗振 本报通讯员 邱冬 摄")  # one mark closes both
    assert not marked_apart("苗振 邱冬 摄")


def test_a_role_word_before_wen_keeps_the_surname_with_its_name() -> None:
    assert _roles("记者 文 静") == {("文静", "reporter")}


def test_a_padded_name_glued_to_its_mark_is_joined() -> None:
    assert {n for n, _ in _roles("本报记者 徐 烨摄影报道")} == {"徐烨"}
    assert ("甘霖", "photographer") in _roles("甘 霖/摄")
