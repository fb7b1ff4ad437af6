"""A bank branch's union (某商业银行股份有限公司仙桃支行工会) is read whole: jieba reads the
branch's suffix 支行 as a verb ('to pay'), and the walk from the union's suffix stopped
there, so the union was lost and only the branch was read. A bare 支行工会 after a verb of
the sentence names no body. Invented bank."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _written(text: str) -> list[str]:
    return [span.written for span in find_org_spans(text)]


def test_a_bank_branchs_union_is_read_whole():
    assert _written("汉水农村商业银行股份有限公司仙桃支行工会") == [
        "汉水农村商业银行股份有限公司仙桃支行工会"
    ]


def test_the_branchs_union_before_a_post():
    assert _written("楚江银行仙桃支行工会主席王明出席。") == ["楚江银行仙桃支行工会"]


def test_a_bare_branch_union_after_a_verb_is_no_body():
    assert _written("他在支行工会工作。") == []
