"""``市邮政管理局``: jieba reads 管理局 as one word, and a one-character suffix (局) inside
a word after a common noun (管理) was taken for no suffix, so the city's postal bureau
was lost. A bureau administering a field is a body (Source: 国家邮政局, 省、市邮政管理局);
管理 before 局 elsewhere (管理局面, 管理局部) names none. Text invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_resolved


def test_the_postal_bureau_is_read_with_its_city():
    found = first_article_resolved(
        "3月以来，湖州市总工会联合市邮政管理局、市商务局在商圈布点建站。"
    )
    assert "湖州市邮政管理局" in found


def test_a_forestry_bureau_is_read():
    assert [s.written for s in find_org_spans("县总工会联合县林业管理局开展慰问。")][
        -1
    ] == "县林业管理局"


def test_the_words_that_only_hold_the_characters_name_no_bureau():
    assert find_org_spans("要进一步加强管理局面保持稳定。") == []
    assert find_org_spans("由物业管理局部整改后再验收。") == []
