"""A branch named by its job, a word jieba reads as a verb (运行, 运输), printed right
between its company's suffix and the branch's own (某燃气集团运行分公司) is part of the
branch's name, and a team or union under it is read whole; the verb of a sentence after
a company (某集团召开…) stays no part of any name. Invented companies and people."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_branch_named_by_its_job_keeps_its_company_before_a_union():
    found = first_article_resolved("长青燃气集团运行分公司工会组织职工参观学习。")
    assert "长青燃气集团运行分公司工会" in found


def test_a_team_s_union_under_a_branch_named_by_its_job_is_read_whole():
    found = first_article_resolved("长青燃气集团运行分公司调度班工会开展技能比武。")
    assert "长青燃气集团运行分公司调度班工会" in found
    assert "分公司调度班工会" not in found


def test_a_branch_named_by_its_job_before_a_post_is_the_branch():
    found = first_article_resolved("会上，长青燃气集团运行分公司经理王明作报告。")
    assert "长青燃气集团运行分公司" in found


def test_a_company_s_own_verb_before_a_sentence_stays_out_of_names():
    found = first_article_resolved("长青燃气集团运行平稳，分公司工会组织职工参观学习。")
    assert not any("运行" in name for name in found)
