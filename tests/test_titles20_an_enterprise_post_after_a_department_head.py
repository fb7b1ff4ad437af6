"""A post only an enterprise has (副总经理, 董事长: ``titles.yaml`` enterprise_posts),
printed bare after a name titled at one of the enterprise's departments (某公司办公室主任
甲和副总经理乙), is held at the enterprise, not at the department. A department's own
post of no body (副主任) stays the department's. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_deputy_manager_after_an_office_head():
    positions = first_article_positions(
        news_page("东岭机床有限公司办公室主任沈玉霞和副总经理戴海峰观看了比赛。")
    )
    assert ("沈玉霞", "主任", "东岭机床有限公司办公室") in positions
    assert ("戴海峰", "副总经理", "东岭机床有限公司") in positions
    assert ("戴海峰", "副总经理", "东岭机床有限公司办公室") not in positions


def test_a_deputy_manager_after_a_personnel_head():
    positions = first_article_positions(
        news_page("华盛物流集团人力资源部部长郭明辉和副总经理周晓兰出席。")
    )
    assert ("周晓兰", "副总经理", "华盛物流集团") in positions


def test_a_deputy_of_the_same_office_stays_the_offices():
    positions = first_article_positions(
        news_page("东岭机床有限公司办公室主任沈玉霞和副主任戴海峰观看了比赛。")
    )
    assert ("戴海峰", "副主任", "东岭机床有限公司办公室") in positions
