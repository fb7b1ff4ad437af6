"""An item of a title chain, printed after a 、, whose body no reader reads (a working
group's long name, an organ's rare short form) no longer stops the chain: the titles
before it stay the person's, and its own title is held at no body, never at the body of
the item before it. A phrase after the 、 (各区县工会) still stops the chain.
Invented places and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_posts_before_an_item_of_no_read_body_stay_in_the_chain():
    text = news_page("青峰县人大常委会党组成员、机关党组书记、办公室主任甘立新主持会议。")
    positions = first_article_positions(text)
    assert ("甘立新", "党组成员", "青峰县人大常委会") in positions
    assert ("甘立新", "主任", "青峰县人大常委会办公室") in positions


def test_a_standing_member_s_post_stays_before_a_working_group_s_post():
    text = news_page("青峰区委常委、区纪委书记、区厂务公开工作领导小组组长甘立新讲话。")
    assert ("甘立新", "常委", "青峰区委") in first_article_positions(text)


def test_an_item_of_no_read_body_is_not_held_at_the_body_before_it():
    text = news_page("青峰县人大常委会党组成员、机关党组书记、办公室主任甘立新主持会议。")
    held = {(title, org) for name, title, org in first_article_positions(text)}
    assert ("党组书记", "青峰县人大常委会") not in held


def test_a_group_of_officers_after_a_post_is_no_item_of_its_chain():
    text = news_page("市总工会副主席、各区县工会主席柯明远参加。")
    assert ("柯明远", "副主席", "市总工会") not in first_article_positions(text)
