"""A university's officers printed as its own news prints them: a deputy head of no
body (副校长某某) after the article names the university, and a Party post after a
preposition with the university's short form (会议由校党委副书记某某主持), are held at
the university (invented names, places and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions


def _page(body: str) -> str:
    return "青禾师范大学召开第三届教职工代表大会\n" + body + "\n"


def test_a_deputy_head_of_no_body_after_the_university_is_its_deputy_head():
    found = first_article_positions(
        _page("12月5日，青禾师范大学召开教职工座谈会，副校长祁光辉出席并讲话。")
    )
    assert ("祁光辉", "副校长", "青禾师范大学") in found


def test_a_party_post_after_a_preposition_and_the_short_form_is_the_universitys():
    found = first_article_positions(
        _page("12月5日，青禾师范大学召开教职工座谈会。会议由校党委副书记祁光辉主持。")
    )
    assert ("祁光辉", "党委副书记", "青禾师范大学") in found


def test_a_chain_opened_by_the_short_form_after_a_preposition_keeps_both_bodies():
    found = first_article_positions(
        _page("12月5日，青禾师范大学教代会开幕。开幕式由校党委副书记、工会主席邝秋云主持。")
    )
    assert ("邝秋云", "党委副书记", "青禾师范大学") in found
    assert ("邝秋云", "主席", "青禾师范大学工会") in found


def test_a_head_after_a_preposition_is_the_universitys_head():
    found = first_article_positions(
        _page("12月5日，青禾师范大学召开座谈会。会上，校工会主席祁光辉向校长林月明汇报。")
    )
    assert ("林月明", "校长", "青禾师范大学") in found
