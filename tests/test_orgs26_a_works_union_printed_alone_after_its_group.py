"""A works' union printed alone by the works' kind (洗煤厂工会, 机修厂工会) in a report that
named the enterprise before is the union of the enterprise's works (某煤业集团公司洗煤厂
工会), as a branch works' union printed alone is (test_orgs23_a_branchs_union_printed_
alone): units_printed_alone had no 厂, so the union was listed as printed and the post
held there. Read only where the works is one word of jieba's dictionary (a kind of works,
no brand). Near misses: a brand's works (红星厂工会) stays as printed; every works' union
(各厂工会) names no body; with no enterprise named before the union is left as before; a
second works' union in a list is the enterprise's, not the first works'. Invented bodies
and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_GROUP = "晋西煤业集团公司工会组织开展劳动竞赛。"


def test_the_works_union_is_the_groups_works_union():
    found = first_article_resolved(_GROUP + "洗煤厂工会组织职工参加比武。")
    assert "晋西煤业集团公司洗煤厂工会" in found
    assert "洗煤厂工会" not in found


def test_its_chair_is_held_at_the_groups_works_union():
    found = first_article_positions(news_page(_GROUP + "洗煤厂工会主席李伟介绍经验。"))
    assert ("李伟", "主席", "晋西煤业集团公司洗煤厂工会") in found


def test_two_works_unions_listed_are_both_the_groups():
    found = first_article_resolved(_GROUP + "洗煤厂工会、机修厂工会分别组织职工参加。")
    assert {"晋西煤业集团公司洗煤厂工会", "晋西煤业集团公司机修厂工会"} <= found
    assert not any("洗煤厂机修厂" in name for name in found)


def test_a_brands_works_stays_as_printed():
    found = first_article_resolved(_GROUP + "红星厂工会主席李伟介绍经验。")
    assert not any(name.endswith("公司红星厂工会") for name in found)


def test_every_works_union_names_no_body():
    found = first_article_resolved(_GROUP + "各厂工会积极参加。")
    assert found == {"晋西煤业集团公司工会"}


def test_no_enterprise_before_leaves_the_union_as_printed():
    found = first_article_resolved("市总工会组织开展劳动竞赛。洗煤厂工会主席李伟介绍经验。")
    assert not any(name.endswith("公司洗煤厂工会") for name in found)
