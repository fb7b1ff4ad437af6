"""The union of a branch works or a branch printed alone at a clause's head (铸锻分厂工会,
运行分公司工会), in a report that named the enterprise before, is the union of the
enterprise's branch (某重型机械有限公司铸锻分厂工会), as the branch alone is the
enterprise's branch. The grammar reads no particular body in 铸锻分厂 alone and dropped
the union. Near misses: every branch's union (各分厂工会) names no body; with no enterprise
named before (a federation's report) the union is left unread; a union inside a sentence's
run of words opens no name. Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved

_REPORT = "青禾重型机械有限公司工会广泛开展劳动竞赛。\n"


def test_a_branch_works_union_after_the_enterprise_is_its_branchs_union():
    found = first_article_resolved(_REPORT + "铸锻分厂工会以提产降耗为目标开展劳动竞赛。")
    assert "青禾重型机械有限公司铸锻分厂工会" in found


def test_a_branch_union_after_a_comma_is_its_branchs_union():
    found = first_article_resolved(_REPORT + "各单位积极响应，运行分公司工会牵头组织岗位竞赛。")
    assert "青禾重型机械有限公司运行分公司工会" in found


def test_every_branchs_union_names_no_body():
    found = first_article_resolved(_REPORT + "各分厂工会要认真组织职工参加。")
    assert not any("各分厂" in name for name in found)


def test_no_enterprise_before_leaves_the_union_unread():
    found = first_article_resolved(
        "市总工会广泛开展劳动竞赛。\n铸锻分厂工会以提产降耗为目标开展劳动竞赛。"
    )
    assert not any(name.endswith("铸锻分厂工会") for name in found)
