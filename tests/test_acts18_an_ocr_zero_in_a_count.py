"""Activities, s34 (issue 11): a zero an old page's OCR printed as a Latin O inside or
after a count's digits (代表2O5人, 培训职工达200O余人次) is read as 0, so the count is the
number printed and not its last digits; a Latin word after the digits (5Oct) is no zero.
Sentences written for these tests (invented unions and events)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.text.numbers import quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [("代表2O5人", 205), ("培训职工达300O余人次", 3000), ("共4o8名", 408), ("共128人", 128)],
)
def test_an_ocr_zero_in_a_number_reads_as_zero(text, value):
    assert [q.value for q in quantities(text)] == [value]


def test_a_latin_word_after_digits_is_no_zero():
    assert [q.text for q in quantities("5Oct")] == ["5"]


def test_a_meeting_counts_its_delegates_with_an_ocr_zero():
    paragraph = (
        "一九八四年五月，柳河县召开第四次工会会员代表大会，代表1O7人，选举产生第四届委员会。"
    )
    (found,) = [a for a in find_activities([paragraph]) if a.participants]
    assert found.participants.count == 107
