"""A company registered with its place in brackets between its trade and its form
(某某精密铸造（玉环）有限公司) is read whole though its brand is no word jieba knows and no
place precedes it: the place in the brackets is the name's. A bracket of no place
(（集团）) and a brand the sentence does not set off are left to the walk. Invented
bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_an_unknown_brand_before_a_bracketed_place_is_read():
    found = first_article_resolved("会议在恒屹精密铸造（玉环）有限公司召开。")
    assert found == {"恒屹精密铸造（玉环）有限公司"}


def test_a_bracketed_place_company_in_a_list_of_subsidiaries():
    found = first_article_resolved(
        "来自温岭电机分公司、恒屹精密铸造（玉环）有限公司、恒屹新能源科技有限公司等子公司。"
    )
    assert "恒屹精密铸造（玉环）有限公司" in found
    assert "恒屹新能源科技有限公司" in found


def test_a_province_before_the_brand_opens_the_name():
    found = first_article_resolved("王明在浙江恒屹精密铸造（玉环）有限公司工作。")
    assert "浙江恒屹精密铸造（玉环）有限公司" in found


def test_the_companys_department_before_a_post_keeps_the_whole_name():
    found = first_article_resolved("恒屹精密铸造（玉环）有限公司人事行政部经理晏子琪当选副主席。")
    assert "恒屹精密铸造（玉环）有限公司人事行政部" in found
