"""A ski resort named by its place (某某滑雪场) is an enterprise (``org_suffixes.yaml``
company): a patroller or a groomer's driver printed after it (某某滑雪场救护员某某说) holds
the trade at the resort; before, the walk found no suffix there and the worker had no post
and the resort no row. Near miss: a ski resort of no name (在滑雪场举办) names no body.
Invented names and resorts."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_patroller_of_a_named_ski_resort():
    body = "“有了这些，夜里巡山也不怕冷了。”青川滑雪场救护员韩立说。"
    assert first_article_positions(news_page(body)) == {("韩立", "救护员", "青川滑雪场")}


def test_a_ski_resort_of_no_name_is_no_body():
    body = "鹤城县总工会在滑雪场举办活动，主席韩立出席。"
    assert first_article_orgs(body) == {"鹤城县总工会"}
