"""工地项目部 ('the site's project department') in a report naming no site is no body: the
post after it is held at no organisation; a site's unit named in full stays one. Invented
text."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_worksites_unit_alone_is_no_organisation():
    assert "工地项目部" not in first_article_orgs("工地项目部经理欧建勇说，大家有底了。")


def test_the_post_after_it_is_held_at_no_body():
    text = news_page("工地项目部经理欧建勇说，大家有底了。")
    assert ("欧建勇", "经理", None) in first_article_positions(text)


def test_a_named_sites_unit_is_kept():
    # near miss: the site named before its unit
    orgs = first_article_orgs("她来到滨江花园工地项目部，慰问了职工。")
    assert "滨江花园工地项目部" in orgs
