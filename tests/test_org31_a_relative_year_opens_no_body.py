"""A relative year and a season before a bare 工会 (今年夏天工会已经…, which jieba reads
as a name) is a time, not the opening of a body's name: no organisation is read from
it. Invented sentences."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_this_summer_before_the_union_names_no_body():
    body = "在快递分拣点，快递员小刘告诉记者，今年夏天工会已经第三次来送清凉了。"
    assert not any(o.startswith("今年") for o in first_article_orgs(body))


def test_last_winter_before_the_union_names_no_body():
    body = "去年冬天工会组织职工开展义诊，二百余名职工受益。"
    assert not any(o.startswith("去年") for o in first_article_orgs(body))
