"""A slash keys a name to its role (``文/某某``); only a blank can split one name in two
(``甘 霖/摄``). Before this the byline reader joined a one-character role key that is also
a surname (文) across the slash to a pen name after it (``（文/心语）`` → an author
``文心语``). A pen name that is a word gives no author; a real name after the slash still
does. All names are invented."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def _names(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(text, end_credit=True)]


def test_a_role_key_is_not_joined_across_a_slash_to_a_pen_name():
    assert all(name != "文心语" for name, _ in _names("（文/心语）"))
    assert all(name != "文心语" for name, _ in _names("文/心语"))


def test_a_name_after_the_slash_is_still_the_writer():
    assert _names("（文/宋晓岚）") == [("宋晓岚", "reporter")]


def test_a_name_an_ocr_blank_split_is_still_joined():
    assert _names("甘 霖/摄") == [("甘霖", "photographer")]
