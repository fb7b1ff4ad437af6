"""原 (former) printed between a body and its post (某厂原工会主席某某, 区总工会原副主席某某)
or glued by jieba to a bare level word (原区总工会副主席某某: 原区|总工会) is no part of the
title nor of the body's name: the post is the body's, as 原 before the whole name
(原某区总工会主席某某) already reads. 原 ending a longer word (太原) stays that word's.
Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_former_post_printed_after_the_body_is_held_at_it():
    text = news_page("青禾机械厂原工会主席严立国向职工书屋捐赠了图书。")
    assert ("严立国", "主席", "青禾机械厂工会") in first_article_positions(text)


def test_former_between_a_federation_and_its_post_is_no_part_of_the_title():
    text = news_page("区总工会原副主席严立国出席活动。")
    assert ("严立国", "副主席", "区总工会") in first_article_positions(text)


def test_former_glued_to_a_level_word_is_no_part_of_the_body():
    text = news_page("原区总工会副主席严立国出席活动。")
    assert ("严立国", "副主席", "区总工会") in first_article_positions(text)


def test_a_city_ending_in_yuan_keeps_its_name():
    text = news_page("太原市总工会副主席严立国出席活动。")
    assert ("严立国", "副主席", "太原市总工会") in first_article_positions(text)
