"""The word of the party a firm is to a contract (施工方, 甲方: ``org_suffixes.yaml``
left_stops), printed right before the firm's name, is no part of it: 约见施工方某建设有限
公司项目经理某某 gives 项目经理 at 某建设有限公司. Before, the name ran back over the
word (and past it to the clause's opening). Invented firm and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_builders_party_word_is_left_out_of_the_firms_name():
    body = "次日，张红约见施工方青川筑城建设有限公司项目经理李明。"
    posts = first_article_positions(news_page(body))
    assert ("李明", "项目经理", "青川筑城建设有限公司") in posts


def test_a_contracts_first_party_word_is_left_out_too():
    body = "次日，张红约见甲方青川筑城建设有限公司项目经理李明。"
    posts = first_article_positions(news_page(body))
    assert ("李明", "项目经理", "青川筑城建设有限公司") in posts
