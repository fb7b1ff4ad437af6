"""A union's committee or office (某省总工会女职工委员会, 某公司工会经费审查委员会, 某县
总工会办公室) is of its union's type (a federation's: union_federation; an enterprise
union's: union), as the tuning sets' gold has it, not a government's 委员会 or 办公室
(the suffix the name ends with). Seen on real pages of women's-day meetings of provincial
and city unions, where the committee's chair speaks (s36, orgs15). Text and events are
invented."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _types(body: str) -> dict[str, str]:
    article = page_facts(news_page(body)).articles[0]
    return {o.resolved.name: o.resolved.type.value for o in article.orgs if o.resolved}


def test_a_federations_womens_committee_is_a_federations_body():
    found = _types("省总工会女职工委员会主任吴敏出席活动。")
    assert found["省总工会女职工委员会"] == "union_federation"


def test_an_enterprise_unions_funds_committee_is_a_unions_body():
    found = _types("宏达电缆公司工会经费审查委员会召开会议。")
    assert found["宏达电缆公司工会经费审查委员会"] == "union"


def test_a_federations_office_is_a_federations_body():
    assert _types("平江县总工会办公室主任李华出席。")["平江县总工会办公室"] == "union_federation"


def test_a_party_committees_department_stays_a_party_body():
    assert _types("平江县委组织部召开会议。")["平江县委组织部"] == "party_body"


def test_a_governments_office_stays_a_government_body():
    assert _types("平江县政府办公室印发通知。")["平江县政府办公室"] == "government"
