"""A transliterated name (parts joined by a middle dot) followed with no pause by a word
that follows names (到场, 出席): when the model runs the name's last part on into the
word, the name ends before it. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.model import _transliterated_end


def _end_of(text: str, name_with_run_on: str) -> str:
    start = text.index(name_with_run_on)
    return text[start : _transliterated_end(text, start, start + len(name_with_run_on))]


def test_a_dotted_names_last_part_run_on_into_a_follower_ends_before_it():
    text = "县总工会党组书记、常务副主席帕尔哈提·吐尔洪到场，县总工会法律顾问为职工答疑。"
    assert _end_of(text, "帕尔哈提·吐尔洪到场") == "帕尔哈提·吐尔洪"
    text = "县总工会副主席阿不力孜·吐尔地出席，并为职工送上慰问品。"
    assert _end_of(text, "阿不力孜·吐尔地出席") == "阿不力孜·吐尔地"


def test_a_dotted_name_read_whole_keeps_its_end():
    text = "县总工会副主席帕尔哈提·吐尔洪到场，为职工送上慰问品。"
    assert _end_of(text, "帕尔哈提·吐尔洪") == "帕尔哈提·吐尔洪"
