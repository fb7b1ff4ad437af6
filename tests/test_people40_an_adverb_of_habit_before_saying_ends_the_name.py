"""An adverb of habit between a name and a verb of saying (某某常说：…): the name ends
before 常 where jieba reads it so, as given names may hold 常 (王常青说 keeps it).
Invented names and sayings."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_people


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("王明常说，劳动最光荣。", "王明"),
        ("邵海波常讲：“干一行爱一行。”", "邵海波"),
        ("王常青说，劳动最光荣。", "王常青"),
    ],
)
def test_the_speakers_name_ends_before_an_adverb_of_habit(body, name):
    assert page_people(news_page(body)) == [name]
