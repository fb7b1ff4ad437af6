"""``图文`` (pictures and text) keys a credit as ``文/图`` does: a county union's news
closed by ``图文/某某`` is signed by its writer, who took the photos too (two rows), and
a city union site's dateline ``某某网讯（图文/某某 某某 编辑/某某）`` credits both names so,
its editor no author. ``图/文`` is ``文/图`` with its parts swapped. Was: ``图文/某某`` a
photo's caption (no author), the dateline's three names read as authors (the editor
too). Invented text in the shape of real union sites' copies (session 38, layout30)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import layout_roles, page_facts

HEAD = (
    "某市总工会慰问一线建设者\n"
    "1月18日，某市总工会副主席柏红梅带队到高速公路改扩建项目工地，看望慰问春节期间坚守岗位的一线建设者。\n"
)


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_a_closing_pictures_and_text_key_is_the_byline() -> None:
    assert layout_roles(HEAD + "图文/蔺春雷\n")["图文/蔺春雷"] == ("byline", 0)


def test_the_keyed_name_wrote_and_photographed() -> None:
    assert _authors(HEAD + "图文/蔺春雷\n") == {("蔺春雷", "reporter"), ("蔺春雷", "photographer")}


def test_the_key_in_brackets_credits_both_roles_too() -> None:
    assert _authors(HEAD + "（图文/蔺春雷）\n") == {
        ("蔺春雷", "reporter"),
        ("蔺春雷", "photographer"),
    }


def test_a_dateline_keys_two_writers_and_an_editor_who_is_no_author() -> None:
    credit = "某市总工会网讯（图文/甄立新 陆春燕 编辑/梁小丽）"
    assert {(a.name, a.role.value) for a in parse_byline(credit)} == {
        ("甄立新", "reporter"),
        ("甄立新", "photographer"),
        ("陆春燕", "reporter"),
        ("陆春燕", "photographer"),
    }


def test_swapped_text_and_photo_mark_before_a_name_gives_both_roles() -> None:
    assert _authors(HEAD + "图/文 蔺春雷\n") == {("蔺春雷", "reporter"), ("蔺春雷", "photographer")}


def test_keyed_writer_and_photographer_keep_their_own_roles() -> None:
    credit = "（文字：甄立新　图片：陆春燕）"
    assert {(a.name, a.role.value) for a in parse_byline(credit)} == {
        ("甄立新", "reporter"),
        ("陆春燕", "photographer"),
    }


def test_a_keyed_writer_then_a_keyed_photographer_after_a_blank() -> None:
    credit = "文/甄立新 图/陆春燕"
    assert {(a.name, a.role.value) for a in parse_byline(credit)} == {
        ("甄立新", "reporter"),
        ("陆春燕", "photographer"),
    }


def test_a_pictures_and_text_key_with_a_bar_is_the_byline_too() -> None:
    # auth27: real_dev27's gold reads ``图文 | 某某`` as ``图文/某某`` (was furniture)
    assert layout_roles(HEAD + "图文｜蔺春雷\n")["图文｜蔺春雷"][0] == "byline"


def test_the_key_alone_credits_no_one() -> None:
    assert _authors(HEAD + "图文/\n") == set()
