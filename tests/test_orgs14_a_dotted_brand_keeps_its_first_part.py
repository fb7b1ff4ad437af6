"""A brand of two parts joined by a middle dot whose first part is a place (老青岛·上街里
工会联合会): the walk stopped at the dot, as it does after a person's transliterated
name, and the model cut the first part off. A place (with one short word before it)
that opens the list's item or the sentence before the dot is the brand's. Seen on real
pages of commercial-street and park unions (session 35, orgs14). Text and bodies are
invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_dotted_brand_opening_the_sentence_is_read_whole():
    found = first_article_orgs("日前，老青岛·上街里工会联合会揭牌成立。")
    assert "老青岛·上街里工会联合会" in found
    assert "上街里工会联合会" not in found


def test_a_dotted_brand_with_a_two_character_word_before_its_place():
    assert _names("近日，大美青岛·金沙滩社区工会成立。") == ["大美青岛·金沙滩社区工会"]


def test_a_place_after_a_preposition_is_the_sentences():
    assert _names("在青岛·上街里工会联合会举办活动。") == ["上街里工会联合会"]


def test_a_persons_transliterated_name_is_no_part_of_the_body():
    found = _names("全国劳模阿依古丽·买买提和青岛港集团工会代表参加。")
    assert not any("·" in name for name in found)
