"""An adverb of when a post was held (原, 后) glued between a name and the verb of the
post (甲原任某市总工会副主席; 乙后改任某市总工会党组书记): appointment notices and union
chronicles print past and later posts so. The name ends before the adverb where jieba or
the model reads the name without it; a name whose own last character is 后 or 原 (李后;
a name both read whole) keeps it. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.glued_adverbs import (
    adverb_before_post_verb,
    name_end_before_adverb,
)
from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_former_post_after_yuan_is_held_by_the_name_before_it():
    found = _positions("经研究决定，韩立原任市总工会副主席。")
    assert ("韩立", "副主席", "市总工会") in found
    assert not [f for f in found if f[0] == "韩立原"]


def test_a_later_post_after_hou_and_a_transfer_verb_is_held_by_the_name_before_it():
    found = _positions("会议决定，韩立后改任青禾市总工会党组书记。")
    assert found == {("韩立", "党组书记", "青禾市总工会")}


def test_a_name_of_three_before_yuan_ren_keeps_its_post():
    found = _positions("1990年，刘卫东原任青禾县总工会主席。")
    assert found == {("刘卫东", "主席", "青禾县总工会")}


def test_a_surname_alone_before_hou_keeps_hou_as_its_given_name():
    found = _positions("李后任青禾县总工会副主席。")
    assert found == {("李后", "副主席", "青禾县总工会")}


def test_a_name_both_read_whole_with_yuan_keeps_it():
    text = "赵文原任厂工会主席。"
    assert name_end_before_adverb(text, 0, 3) == 3


def test_a_given_name_in_hou_with_no_post_verb_after_is_not_cut():
    text = "会上，王春后表示要做好工作。"
    assert name_end_before_adverb(text, 3, 6) == 6


def test_the_adverb_needs_a_post_verb_right_after_it():
    assert adverb_before_post_verb("韩立原任副主席", 2)
    assert adverb_before_post_verb("韩立后改任主席", 2)
    assert not adverb_before_post_verb("韩立后来到现场", 2)
    assert not adverb_before_post_verb("韩立原来是工人", 2)
