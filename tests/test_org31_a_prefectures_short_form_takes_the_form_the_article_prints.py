"""A bare 州总工会 stands for the autonomous prefecture the article names. Where the
article prints the prefecture only by its short name and level word (黔南州, as such a
prefecture writes itself), the body takes that form, the fullest the article writes, and
not the full name the article never prints; where it prints the full name, the full name.
Invented people and events; the prefectures are real."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_the_short_form_printed_before_names_the_bare_federation():
    body = "7月5日，黔南州总工会开展送清凉活动。州总工会副主席王立强带队走访一线。"
    assert first_article_resolved(body) == {"黔南州总工会"}


def test_a_prefecture_printed_as_a_place_completes_its_bodies():
    body = "昌吉州第三届职工技能大赛日前举行。州总工会主席王立强出席并讲话。"
    assert "昌吉州总工会" in first_article_resolved(body)


def test_the_full_name_printed_stays_the_full_name():
    body = "黔东南苗族侗族自治州总工会开展活动。州总工会副主席王立强带队。"
    assert first_article_resolved(body) == {"黔东南苗族侗族自治州总工会"}
