"""A short name declared in brackets that opens the full name (豫西煤业集团公司（以下简称
豫西煤业）工会…): the names the short name opens (豫西煤业工会, 豫西煤业洗煤厂工会) are the
full name's, as for a short name that drops words (test_orgs24_a_short_name_declared_in_
brackets); the abbreviation rule did not take 豫西煤业工会 for the union of a 集团公司
(its suffix is no company form), so the union was listed under the short name. The
full name itself and its union are left whole. The verb 简称 opens no name
(简称十二公司 was a body). Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_DECLARED = "豫西煤业集团公司（以下简称豫西煤业）工会召开劳动保护工作会议。"


def test_the_union_by_the_short_name_is_the_full_names_union():
    found = first_article_resolved(_DECLARED + "豫西煤业工会主席马德福主持会议。")
    assert "豫西煤业集团公司工会" in found
    assert "豫西煤业工会" not in found


def test_the_post_is_held_at_the_full_names_union():
    found = first_article_positions(news_page(_DECLARED + "豫西煤业工会主席马德福主持会议。"))
    assert ("马德福", "主席", "豫西煤业集团公司工会") in found


def test_a_works_union_by_the_short_name_is_the_full_names_works():
    found = first_article_resolved(_DECLARED + "豫西煤业洗煤厂工会组织职工开展安全巡查。")
    assert "豫西煤业集团公司洗煤厂工会" in found


def test_the_full_name_is_not_doubled():
    found = first_article_resolved(_DECLARED + "豫西煤业安全生产形势平稳。")
    assert "豫西煤业集团公司" in found
    assert not any("集团公司集团公司" in name for name in found)


def test_the_verb_jiancheng_opens_no_name():
    found = first_article_resolved(
        "兴安建工集团第十二分公司（简称十二公司）工会副主席王捷宇参加调研。"
    )
    assert "兴安建工集团第十二分公司" in found
    assert not any(name.startswith("简称") for name in found)
