"""A department's or a workshop's union printed alone after its enterprise (…有限公司工会
举行仪式。炼铁部工会主席某某…, 装配车间工会) is the union of the enterprise's department:
its full name is the enterprise's, the unit's and 工会, as the tuning gold names a project
department's union printed alone (某工程项目部工会), at the post held there too; the
enterprise's own union printed short (某集团工会) still reads as the enterprise's union,
not as one of its departments'. Near miss: with no enterprise named before, the union
stays as printed. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_UNION = "江岭钢铁集团有限公司工会举行金秋助学金发放仪式。"


def test_a_department_union_after_the_enterprises_union_is_the_enterprises():
    found = first_article_resolved(_UNION + "炼铁部工会、装配车间工会负责人参加仪式。")
    assert "江岭钢铁集团有限公司炼铁部工会" in found
    assert "江岭钢铁集团有限公司装配车间工会" in found


def test_the_post_at_a_department_union_is_held_at_the_enterprises_department_union():
    found = first_article_positions(news_page(_UNION + "炼铁部工会主席刘卫平代表受助家庭发言。"))
    assert ("刘卫平", "主席", "江岭钢铁集团有限公司炼铁部工会") in found


def test_the_enterprises_union_printed_short_stays_the_enterprises():
    found = first_article_resolved(
        "江岭钢铁集团工会举办助学活动。" + _UNION + "炼铁部工会、炼钢部工会负责人参加。"
    )
    assert "江岭钢铁集团有限公司工会" in found
    assert "江岭钢铁集团工会" not in found


def test_with_no_enterprise_before_the_union_stays_as_printed():
    found = first_article_resolved("炼铁部工会主席刘卫平代表受助家庭发言。")
    assert not any(name.endswith("炼铁部工会") and len(name) > 5 for name in found)
