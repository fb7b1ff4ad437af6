"""A discipline inspection group sent to a body (纪检组, 纪检监察组) and a committee's
inspection tour group (巡察组) are the bodies their heads' posts are held at: printed bare
after the body's officer in a chain (某市总工会党组成员、纪检组组长某某) the group is the
body's, as a union's 女职工委员会 is; printed after the sending committee (某纪委派驻某总工会
纪检组) it is the group of the body it is sent to. Invented places and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_discipline_group_after_a_party_group_member_is_the_federation_s():
    text = news_page("青峰市总工会党组成员、纪检组组长甘立新出席会议并讲话。")
    positions = first_article_positions(text)
    assert ("甘立新", "党组成员", "青峰市总工会") in positions
    assert ("甘立新", "组长", "青峰市总工会纪检组") in positions


def test_a_discipline_group_sent_to_a_federation_is_held_at_the_group_there():
    text = news_page("省纪委派驻省总工会纪检组组长甘立新到会指导。")
    assert ("甘立新", "组长", "省总工会纪检组") in first_article_positions(text)


def test_an_inspection_tour_group_s_head_is_held_at_the_group():
    text = news_page("青峰区委第一巡察组组长甘立新主持会议，区总工会党组书记柯明远表态发言。")
    assert ("甘立新", "组长", "青峰区委第一巡察组") in first_article_positions(text)


def test_the_short_title_of_a_discipline_group_s_head_stays_at_the_body():
    text = news_page("青峰市总工会党组成员、纪检组长甘立新出席会议。")
    assert ("甘立新", "纪检组长", "青峰市总工会") in first_article_positions(text)


def test_a_discipline_group_printed_with_its_sender_keeps_its_full_name():
    text = news_page("省纪委监委驻省总工会纪检监察组组长甘立新出席会议。")
    assert ("甘立新", "组长", "省纪委监委驻省总工会纪检监察组") in first_article_positions(text)
