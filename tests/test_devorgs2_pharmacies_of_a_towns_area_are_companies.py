"""A town union's survey of small firms names pharmacies by their brand and kind
(某某大药房, 某某药店) after 辖区 ('the area in its charge'), and a shop's manager by
店长: the pharmacies are companies, 辖区 no part of their names, 店长 the manager's post.
Shape of real union pages on recruiting small firms (s43); text invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = (
    "6月12日，城关镇总工会走访辖区益民大药房、仁和堂药店等12家小微企业，为36名店员办理"
    "入会手续。益民大药房店长刘小梅说，加入工会后心里更踏实了。"
)


def test_pharmacies_are_read_without_the_area_word():
    found = first_article_resolved(_BODY)
    assert {"益民大药房", "仁和堂药店"} <= found
    assert not any(name.startswith("辖区") for name in found)


def test_the_shop_manager_holds_her_post_at_the_pharmacy():
    assert ("刘小梅", "店长", "益民大药房") in first_article_positions(news_page(_BODY))


def test_a_pharmacy_in_no_name_is_no_body():
    assert [s.written for s in find_org_spans("她到药店买药，又去了超市。")] == []
