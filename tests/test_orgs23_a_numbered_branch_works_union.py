"""The union of a branch works an enterprise knows by its number (某纺织集团有限公司一分厂
工会, as award lists and workers' papers print a mill's No. 1 branch works) is one body
ending at 工会: the bare 一 before the branch's word (分厂, ``ordinal_units``) is the
unit's number, as before a bare 公司, not the indefinite 'a' that hides a firm's name.
Before, the union was dropped and only the branch works listed. Near miss: 一 before a
word of a kind of body (某区一建筑公司工会) still names no one body. Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_the_union_of_a_numbered_branch_works_is_one_body():
    found = first_article_resolved("远东纺织集团有限公司一分厂工会举办青年职工技能比武。")
    assert "远东纺织集团有限公司一分厂工会" in found


def test_a_union_organising_its_workers_keeps_its_branch_works():
    found = first_article_resolved("远东纺织集团有限公司二分厂工会组织职工开展劳动竞赛。")
    assert "远东纺织集团有限公司二分厂工会" in found


def test_an_indefinite_firm_of_a_kind_names_no_body():
    assert not first_article_resolved("城关区一建筑公司工会举办青年职工技能比武。")
