"""A street's or a village's own name that jieba reads as no name right before its level
word: a compass point and a numeral (东四, read as a time word) and a name closed by the
locative 里 (堡子里, 里 cut off as 'inside'). The union of the street or village is found
whole. Invented streets, villages and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_street_named_by_a_compass_point_and_a_numeral_keeps_its_union():
    assert "西五街道总工会" in first_article_orgs("西五街道总工会举办职工插花培训。")


def test_a_compass_street_s_union_holds_its_chair_s_post():
    text = news_page("南四街道总工会主席柯明远介绍，中心已接待职工咨询。")
    assert ("柯明远", "主席", "南四街道总工会") in first_article_positions(text)


def test_a_street_whose_name_ends_in_li_keeps_its_union():
    assert "柳条里街道总工会" in first_article_orgs("柳条里街道总工会举办职工插花培训。")


def test_a_village_whose_name_ends_in_li_after_its_town_keeps_its_union():
    assert "青峰镇石碑里村工会" in first_article_orgs("青峰镇石碑里村工会举办职工插花培训。")


def test_a_weekday_before_a_street_union_stays_out_of_its_name():
    assert "周四街道总工会" not in first_article_orgs("周四街道总工会举办职工插花培训。")


def test_a_time_word_before_a_street_union_stays_out_of_its_name():
    found = first_article_orgs("目前街道总工会已为职工办理入会手续一百余件。")
    assert not any(name.startswith("目前") for name in found)


def test_a_community_printed_after_its_street_keeps_its_union_whole():
    text = news_page("会上，石湖街道重聚园社区工会主席柯明远发言。")
    assert ("柯明远", "主席", "石湖街道重聚园社区工会") in first_article_positions(text)


def test_a_verb_after_a_street_opens_no_community():
    found = first_article_orgs("石湖街道看望幸福社区工会干部，送去慰问品。")
    assert not any(name.startswith("石湖街道看望") for name in found)
