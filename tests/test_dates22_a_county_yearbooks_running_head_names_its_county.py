"""A county yearbook's chronicle runs under the book's name (``某县短名年鉴（年份）``) and
prints its bodies without the county (县总工会, 县委). Read on real_dev22: a county's
running head named no place the page's short forms could be completed with (only a
city's short form opening its yearbook's name did, 岳阳年鉴 in real_dev12), so every
县总工会 of the chronicle stayed as printed. Near miss: a county's short form that opens
no yearbook's or paper's name completes nothing. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import page_facts

CHRONICLE = """{head}
群众团体
县总工会大事记
2000年
1月12日  县总工会召开九届四次全委会议。
3月8日  县总工会举办女职工读书会，200名女职工参加。
5月1日  县总工会召开劳动模范表彰大会。
·88·
"""


def _resolved(head: str) -> set[str]:
    facts = page_facts(CHRONICLE.format(head=head))
    return {o.resolved.name for a in facts.articles for o in a.orgs if o.resolved}


def test_a_county_yearbooks_name_completes_the_countys_bodies():
    assert "安化县总工会" in _resolved("安化年鉴（2001）")


def test_a_county_short_form_opening_no_yearbook_completes_nothing():
    assert "安化县总工会" not in _resolved("安化风物（2001）")
