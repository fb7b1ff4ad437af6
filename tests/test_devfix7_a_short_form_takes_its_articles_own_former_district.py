"""A short form opening with 区 or 县 (区职工大学, 区委, 县医院) in an item that prints its
own district's federation in full under a name the place reference no longer holds
(宣武区, 崇文区: merged into 西城区 and 东城区 in 2010) is that district's body, not the
one district another item of the page names (通县 → 通州区). ANNOTATION.md: a short
form is completed from the place its article names. Invented items and people; the
places are real."""

from __future__ import annotations

from tests.test_org_real_shapes import article_orgs

OTHER_ITEM = (
    "通县总工会表彰优秀女工\n"
    "    本报讯 通县总工会日前召开大会，表彰八十名优秀女职工。县总工会副主席韩玉兰宣读决定。\n"
)


def _page(first_item: str) -> str:
    return "北京工人报   1994年3月8日   第2版\n\n" + first_item + "\n" + OTHER_ITEM


def test_a_unit_short_form_takes_the_items_own_former_district():
    found = article_orgs(
        _page(
            "宣武区总工会为职工补文化课\n"
            "    本报讯 三月二日，宣武区总工会在区职工大学开设文化课，六十名职工参加。"
            "区职工大学讲师金立本为学员上了第一课。\n"
        )
    )
    assert ("区职工大学", "宣武区职工大学") in found
    assert ("区职工大学", "通州区职工大学") not in found


def test_a_party_committee_short_form_takes_the_items_own_former_district():
    found = article_orgs(
        _page(
            "崇文区总工会表彰先进职工之家\n"
            "    本报讯 崇文区总工会日前召开表彰会。区委副书记吕国平到会讲话。\n"
        )
    )
    assert ("区委", "崇文区委") in found
    assert ("区委", "通州区委") not in found


def test_the_page_district_is_still_read_by_an_item_naming_none():
    # near miss: the second item names only its county; an item naming no place of its
    # own still reads the page's one district
    found = article_orgs(
        _page("宣武区总工会为职工补文化课\n    本报讯 宣武区总工会在区职工大学开设文化课。\n")
    )
    assert ("县总工会", "通州区总工会") in found


def test_a_reference_district_named_in_the_item_is_still_read():
    # near miss: an item naming a district the reference holds reads it as before
    found = article_orgs(
        "朝阳区总工会为职工补文化课\n"
        "    本报讯 朝阳区总工会在区职工大学开设文化课。区委副书记孔德明到会。\n"
    )
    assert ("区职工大学", "朝阳区职工大学") in found
    assert ("区委", "朝阳区委") in found


def test_a_regions_federation_by_its_short_form_names_no_district():
    # near miss: 自治区总工会 is a short form itself, no district of the item's own
    found = article_orgs(
        _page("自治区总工会慰问一线职工\n    本报讯 自治区总工会日前走访区职工服务中心。\n")
    )
    assert ("区职工服务中心", "自治区职工服务中心") not in found
