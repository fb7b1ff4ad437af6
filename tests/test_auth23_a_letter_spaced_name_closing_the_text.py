"""An old page prints the writer's name letter-spaced after the item's last sentence
(``…学习班。 柯 晓 岚``): one character between blanks each, so the names-alone credit
(two to four characters a name) did not read it and the item lost its author. The
characters of one name parted by blanks, after the end of a sentence, are that name.
Invented names (authors, real_dev23's shape)."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start
from tests.conftest import page_authors

TEXT = "青禾县总工会日前举办基层工会干部学习班，一百名干部参加。 柯 晓 岚"


def test_a_letter_spaced_name_after_the_last_sentence_is_a_credit() -> None:
    assert end_credit_start(TEXT) == TEXT.index("柯")
    assert end_credit_start("青禾县总工会日前举办学习班。 好 的") is None
    assert end_credit_start("大家说：我 们 好") is None


def test_the_item_is_signed_by_the_name_without_its_blanks() -> None:
    page = "青禾工人报\n青禾县总工会办学习班\n本报讯 " + TEXT + "\n"
    assert ("柯晓岚", "correspondent") in page_authors(page)
