"""A short name declared in brackets right after a body's full name (某物流集团有限公司
（简称某运集团）工会…, …（以下简称“某某公交”）): the short name, the names it opens
(某运集团工会) and the bare 工会 printed after the bracket are the full name's body, one
entry, not a second company under the short name. Near misses: a short name declared
after no name found (a festival's) maps nothing; a short name the full name opens with
is left to the abbreviation rule. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_DECLARED = "甘肃陇川物流集团有限公司（简称陇川集团）工会召开第三届第一次职工代表大会。"


def test_the_short_name_is_the_full_names_body():
    found = first_article_resolved(_DECLARED + "陇川集团安全生产形势平稳。")
    assert "甘肃陇川物流集团有限公司" in found
    assert "陇川集团" not in found


def test_the_union_after_the_bracket_is_the_full_names_union():
    found = first_article_positions(news_page(_DECLARED + "陇川集团工会主席韩东升作工作报告。"))
    assert ("韩东升", "主席", "甘肃陇川物流集团有限公司工会") in found
    assert not any(org == "陇川集团工会" for _, _, org in found)


def test_a_quoted_short_name_after_yixia():
    found = first_article_resolved(
        "江岭公共交通集团有限公司（以下简称“江岭公交”）举行职工书屋揭牌仪式。江岭公交工会主席谢红出席。"
    )
    assert "江岭公共交通集团有限公司工会" in found
    assert "江岭公交工会" not in found


def test_a_short_name_declared_after_no_name_maps_nothing():
    found = first_article_resolved(
        "元旦、春节（以下简称“两节”）期间，兰州市总工会开展两节送温暖活动，两节慰问资金到位。"
    )
    assert "兰州市总工会" in found
    assert not any("春节" in name for name in found)


def test_a_short_name_that_opens_the_full_name_is_no_declaration():
    found = first_article_resolved(
        "陇川物流集团有限公司（简称陇川物流）工会召开职代会。陇川物流工会主席韩东升讲话。"
    )
    assert "陇川物流集团有限公司工会" in found
