"""A branch company's job printed between its company's suffix and 分公司, which jieba
cuts into two words (检|维修|分公司), is the branch's name as a job of one word is
(某集团|运行|分公司): the branch is named whole, not its company alone. Seen on a
tuning page's list of winners with their units in brackets (session 53, orgs43). Text and bodies are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_job_cut_in_two_before_a_branch_is_the_branchs():
    assert _names("韩立新（青禾石化建设有限公司检维修分公司）等。") == [
        "青禾石化建设有限公司检维修分公司"
    ]


def test_a_job_of_one_word_is_still_the_branchs():
    assert _names("青禾燃气集团运行分公司") == ["青禾燃气集团运行分公司"]
