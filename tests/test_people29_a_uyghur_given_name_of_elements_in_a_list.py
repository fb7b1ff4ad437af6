"""受表彰的有张海涛、李秀英、阿依古丽、王志刚和赵红梅: a Uyghur name printed by its given part
alone, two transliterated elements or more (阿依|古丽: ``people.yaml``
transliterated_name_elements), between the marks of a list of names is a person, as one
Mongolian or Tibetan element is; one element alone (古丽) is not read so. Invented names
(s43, people29)."""

from __future__ import annotations

from gonghui_build.extract.people.transliterated_elements import made_of_elements
from tests.conftest import news_page, page_people


def test_a_given_name_of_elements_in_a_list_is_a_person():
    body = "会上表彰了一批先进个人，受表彰的有张海涛、李秀英、阿依古丽、王志刚和赵红梅。"
    assert "阿依古丽" in page_people(news_page(body))


def test_only_two_elements_or_more_make_a_name():
    assert made_of_elements("阿依古丽", 0, 4)
    assert not made_of_elements("古丽", 0, 2)
    assert not made_of_elements("阿依古丽娜", 0, 5)
