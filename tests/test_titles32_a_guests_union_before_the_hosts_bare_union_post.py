"""A post of the bare 工会 in a report of an enterprise's congress, printed after the
union of a guest who attends (市总工会副主席甲出席; 集团工会副主席甲到会; 代表集团工会): held
at the reported enterprise's own union, not at the guest's union or at none. Invented
names, bodies and events."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, titled_page

_HOST = "江淮城投集团有限公司"


@pytest.mark.parametrize(
    ("body", "guests_post"),
    [
        # a federation's guest before the chair
        (
            f"{_HOST}召开第三届职代会。市总工会副主席顾立群出席会议。工会主席钱立新作工会工作报告。",
            ("顾立群", "副主席", "市总工会"),
        ),
        # a group's union's guest
        (
            f"{_HOST}召开第三届工会会员代表大会。城建集团工会副主席顾立群到会指导。"
            "新当选的工会主席钱立新作表态发言。",
            ("顾立群", "副主席", "城建集团工会"),
        ),
        # a union a guest comes on behalf of
        (
            f"{_HOST}召开第三届工会会员代表大会。城建集团党委副书记顾立群代表集团工会到会指导。"
            "新当选的工会主席钱立新作表态发言。",
            None,
        ),
    ],
    ids=["federations_guest", "groups_union_guest", "on_behalf_of_a_union"],
)
def test_a_guests_union_named_before_leaves_the_chair_at_the_host(body, guests_post):
    found = first_article_positions(titled_page(body))
    assert ("钱立新", "主席", _HOST + "工会") in found
    if guests_post:
        assert guests_post in found


def test_the_hosts_own_union_named_before_keeps_the_chair():
    found = first_article_positions(titled_page(f"{_HOST}工会召开会员大会。工会主席钱立新作报告。"))
    assert ("钱立新", "主席", _HOST + "工会") in found


def test_an_article_not_about_an_enterprise_is_read_as_before():
    from gonghui_build.extract.organisations.org_spans import OrgSpan
    from gonghui_build.extract.people.guest_bodies import host_over_guest
    from gonghui_build.vocabulary import OrgType

    text = "市总工会副主席顾立群出席会议。工会主席钱立新作报告。"
    guest = (OrgSpan(0, 5, "市总工会", "总工会", OrgType.union_federation), 0)
    assert host_over_guest(guest, None, text, ()) == guest


def test_a_party_or_government_body_named_last_leaves_the_chair_at_the_host():
    found = first_article_positions(
        titled_page(f"{_HOST}召开职代会。区人社局副局长顾立群出席。工会主席钱立新作报告。")
    )
    assert ("钱立新", "主席", _HOST + "工会") in found


def test_a_bare_chair_after_a_bureau_in_a_bureaus_report_gets_no_enterprise():
    found = first_article_positions(
        titled_page("区人社局召开座谈会。区人社局副局长顾立群出席。工会主席钱立新作报告。")
    )
    assert not any(org and org.endswith("公司工会") for _, _, org in found)
