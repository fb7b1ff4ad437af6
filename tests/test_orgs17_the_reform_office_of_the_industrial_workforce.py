"""The office of a Party committee's group for the reform of the industrial workforce
(产改办: 产业工人队伍建设改革协调小组办公室, its office at the union federation), printed
by its short name before its head's post (市产改办主任) and as a visiting group's body
(省产改办调研组): jieba reads 办 as a verb after 产改, so it was no organisation and the
head's post went without a body. It is now a party body's suffix (``org_suffixes.yaml``).
Seen on a city industrial investment group's news pages and a city union's page (session
37, orgs17). Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_the_head_of_a_citys_reform_office_holds_his_post_there():
    text = "11月5日，市产改办主任，市总工会党组书记、副主席高文山带领调研组到集团调研。"
    found = first_article_positions(news_page(text))
    assert ("高文山", "主任", "市产改办") in found
    assert ("高文山", "副主席", "市总工会") in found


def test_a_provinces_reform_office_visits():
    assert "省产改办" in first_article_orgs("省产改办调研组来到集团。")


def test_the_words_of_the_reform_in_a_sentence_name_no_office():
    assert first_article_orgs("大力推进产改工作，为职工办实事。") == set()
