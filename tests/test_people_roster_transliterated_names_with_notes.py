"""A transliterated name opening a roster line with a bracketed note after it (an
ethnicity, 女), the space before the body then following the note, as for a name of
Chinese characters (某某（回族） 某公司厨师). Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line


def test_a_transliterated_name_with_a_note_opens_a_roster_line():
    found = roster_line("艾克拜尔·吐逊（维吾尔族） 青禾餐饮管理有限公司厨师")
    assert found is not None
    assert found.name == "艾克拜尔·吐逊"
    assert found.body.written == "青禾餐饮管理有限公司"
    assert found.post == "厨师"


def test_a_transliterated_name_with_a_note_in_running_text_is_no_roster_line():
    assert roster_line("艾克拜尔·吐逊（维吾尔族）在青禾餐饮管理有限公司当厨师") is None


def test_a_note_after_a_transliterated_name_with_no_body_is_no_roster_line():
    assert roster_line("艾克拜尔·吐逊（维吾尔族） 获得表彰") is None
