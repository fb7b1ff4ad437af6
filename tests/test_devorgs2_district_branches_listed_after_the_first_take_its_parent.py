"""A city branch's district branches listed after the first one printed with the parent
(某公司洛阳分公司西工区分公司、涧西区分公司): each is that parent's, as a reader reads the
list; a company printed whole in the list keeps its own name. Shape of real provincial
union news of telecom and bank branches (s43); companies invented, places real."""

from __future__ import annotations

from tests.conftest import first_article_resolved

_PARENT = "豫通信息网络有限公司洛阳分公司"


def test_bare_district_branches_take_the_first_branchs_parent():
    found = first_article_resolved(
        f"4月8日，{_PARENT}西工区分公司、涧西区分公司和老城区分公司工会联合开展劳动竞赛。"
    )
    assert f"{_PARENT}涧西区分公司" in found
    assert not any(name.startswith("涧西区") for name in found)


def test_numbered_branches_take_the_parent_too():
    found = first_article_resolved(
        "5月9日，中原路桥建设有限公司第一分公司、第三分公司工会举办技能比武，120名职工参加。"
    )
    assert "中原路桥建设有限公司第三分公司工会" in found or (
        "中原路桥建设有限公司第三分公司" in found
    )


def test_a_company_printed_whole_in_the_list_keeps_its_name():
    found = first_article_resolved(
        f"4月8日，{_PARENT}西工区分公司、洛阳宏达建材有限公司联合开展劳动竞赛。"
    )
    assert "洛阳宏达建材有限公司" in found
