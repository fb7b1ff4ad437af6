"""A count before a suffix that places listed with 、 share (甲、乙、丙、丁四家分公司): the
count is the list's length and no part of the last branch's name, so each place names a
branch of the company. A count that is not the list's length is left as printed. Seen on
a tuning page (session 52, orgs39). Text, places and bodies are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_four_places_counted_before_a_shared_branch_suffix_are_four_branches():
    body = "12月1日，青禾燃气集团有限公司工会走进河西、南开、东丽、滨海四家分公司的抢修站点。"
    assert first_article_resolved(body) == {
        "青禾燃气集团有限公司工会",
        "青禾燃气集团有限公司河西分公司",
        "青禾燃气集团有限公司南开分公司",
        "青禾燃气集团有限公司东丽分公司",
        "青禾燃气集团有限公司滨海分公司",
    }


def test_a_count_unlike_the_lists_length_is_not_dropped():
    body = "12月1日，青禾燃气集团有限公司工会走进河西、滨海四家分公司的抢修站点。"
    assert "青禾燃气集团有限公司滨海分公司" not in first_article_resolved(body)
