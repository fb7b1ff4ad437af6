"""A federation's department or unit printed after its bare short form (市总办公室, 市总
新闻宣传中心, as city unions' pages and credit lines print them) is that federation's
(市总工会办公室), read with the city as 市总 alone is; before, it kept the short form as
its name (市总办公室). And a drivers' union named by its trade (市网约车工会联合会), which
jieba cuts 市网|约|车, is a body. Seen on real pages of city unions' new-year visits and
staff credits (s36, orgs15). Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, first_article_resolved


def test_a_federations_office_by_its_short_form_is_the_federations():
    assert "市总工会办公室" in first_article_resolved("市总办公室主任李明出席会议。")


def test_a_federations_centre_by_its_short_form_is_the_federations():
    found = first_article_resolved("市总新闻宣传中心组织开展摄影比赛。")
    assert "市总工会新闻宣传中心" in found


def test_the_post_is_held_at_the_federations_office():
    found = first_article_positions("某某简讯\n\n本报讯 市总办公室主任李明出席会议。\n")
    assert ("李明", "主任", "市总工会办公室") in found


def test_a_short_form_inside_a_word_opens_no_federation():
    assert "市总工会体育局" not in first_article_resolved("市总体育局召开会议。")


def test_a_ride_hailing_drivers_union_is_a_body():
    found = first_article_orgs("李子明带队前往市园林绿化服务中心、市网约车工会联合会慰问。")
    assert "市网约车工会联合会" in found
