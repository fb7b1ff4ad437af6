"""A federation's short name with no suffix (全总, 省总, 市总) right before a title:
the title is held at that federation. Invented people and meetings."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_title_chain_after_the_national_short_name_is_held_at_the_acftu():
    text = news_page(
        "6日，全国总工会在京召开推进会。全总党组成员、书记处书记柯明远出席会议并讲话。"
    )
    positions = first_article_positions(text)
    assert ("柯明远", "党组成员", "中华全国总工会") in positions
    assert ("柯明远", "书记处书记", "中华全国总工会") in positions


def test_a_title_after_a_place_s_short_federation_is_held_at_its_federation():
    text = news_page("9日，长沙市总工会召开全委会。市总党组书记甘晓岚主持会议。")
    assert ("甘晓岚", "党组书记", "长沙市总工会") in first_article_positions(text)


def test_a_word_opening_with_the_short_form_is_no_body_before_a_title():
    text = news_page("9日，长沙市总工会召开全委会。会议总结党组书记甘晓岚的讲话。")
    assert all(org is None or "总工会" in org for _, _, org in first_article_positions(text))
