"""A company named by its brand alone (某某能源现有…, 在某某微电子，…) in an article that
prints its union under the company's registered name: the company is an organisation of
the article beside its union. Its brand is the words between its place and its form, with
or without a trade short names leave out (科技). Invented sentences, people and companies."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _orgs(body: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for a in page_facts(news_page(body)).articles:
        for o in a.orgs:
            out.setdefault(o.resolved.name, set()).add(o.written)
    return out


def test_a_company_named_by_its_brand_beside_its_union_is_an_organisation():
    body = (
        "北京瑞岭能源集团有限公司工会副主席周一帆介绍，今年以来开展了多项活动。\n"
        "瑞岭能源现有市级职工创新工作室5个，职工创新成果不断涌现。"
    )
    orgs = _orgs(body)
    assert orgs.get("北京瑞岭能源集团有限公司") == {"瑞岭能源"}


def test_a_brand_without_the_trade_short_names_leave_out_names_the_company():
    body = (
        "北京澄星微电子科技有限公司工会主席吴晓岚说，工会组建了青年联谊会。\n"
        "在澄星微电子，职工平均年龄不到三十岁。"
    )
    assert "北京澄星微电子科技有限公司" in _orgs(body)


def test_a_brand_inside_a_branch_name_found_names_the_branch_not_the_company():
    body = (
        "北京瑞岭能源集团有限公司工会组织职工参加了比赛。\n"
        "瑞岭能源热力分公司工会主席马云鹏带队参赛。"
    )
    assert "北京瑞岭能源集团有限公司" not in _orgs(body)


def test_a_brand_ending_with_a_venue_word_is_the_venue():
    body = "比赛由北京临港仓储基地有限公司工会承办。\n比赛在临港仓储基地举行，选手们同场竞技。"
    assert "北京临港仓储基地有限公司" not in _orgs(body)


def test_the_short_forms_of_a_registered_company():
    from gonghui_build.extract.organisations.brand_forms import brand_forms

    assert brand_forms("北京瑞岭能源集团有限公司") == ["瑞岭能源"]
    assert brand_forms("北京澄星微电子科技有限公司") == ["澄星微电子科技", "澄星微电子"]
    assert brand_forms("北京华通有限公司") == []  # a brand of two characters alone


def test_only_a_registered_company_owns_a_union_by_its_name():
    from gonghui_build.extract.organisations.brand_forms import owner_of_union

    assert owner_of_union("北京瑞岭能源集团有限公司工会") == "北京瑞岭能源集团有限公司"
    assert owner_of_union("东城区总工会") is None
