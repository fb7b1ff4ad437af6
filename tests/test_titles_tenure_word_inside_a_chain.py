"""A word of when a post was taken up printed between two titles of a chain (某集团公司
执行副总经理、新任工会主席某某; 某区人大常委会副主任、新当选区总工会主席某某) opens no
body and ends no chain: the titles before it are the person's too, as a reader takes
them. The chain stopped at the word and every earlier title was lost. Invented names
and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_titles_before_a_newly_elected_union_chair_stay_in_the_chain():
    text = (
        "本报讯 3月1日，青禾建工集团公司召开会员代表大会。"
        "青禾建工集团公司执行副总经理、新当选工会主席刘晓昕作表态发言。\n"
    )
    found = first_article_positions(text)
    assert ("刘晓昕", "执行副总经理", "青禾建工集团公司") in found
    assert ("刘晓昕", "主席", "青禾建工集团公司工会") in found


def test_a_newly_appointed_chair_of_a_named_federation_keeps_the_post_before_it():
    text = (
        "本报讯 5月8日，全区劳模座谈会召开。"
        "区人大常委会副主任、新任区总工会主席王晓明出席会议并讲话。\n"
    )
    found = first_article_positions(text)
    assert ("王晓明", "副主任", "区人大常委会") in found
    assert ("王晓明", "主席", "区总工会") in found
