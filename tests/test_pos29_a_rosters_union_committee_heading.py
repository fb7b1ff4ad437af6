"""一、镇总工会委员会 over 主席：甲 | 委员：甲、乙: an officers' roster under a heading naming
a union's committee (the union's formal name, 基层工会委员会) is the roster of that union,
not of the union the text named last before the heading (ANNOTATION.md: 工会主席 is 主席 at
the union). Invented names and bodies; the county is real, the town invented."""

from __future__ import annotations

from tests.conftest import first_article_positions

_PAGE = (
    "关于公布永新县石桥镇总工会第三届委员会名单的公告\n"
    "发布时间：2024-05-08 来源：永新县总工会\n"
    "5月6日，永新县石桥镇总工会召开第三次会员代表大会，选举产生第三届委员会和经费审查委员会。"
    "县总工会副主席王立平到会指导。现将名单公布如下：\n"
    "一、镇总工会委员会\n"
    "主席：孙海涛\n"
    "副主席：钱小梅（专职）\n"
    "委员：孙海涛、钱小梅、李红军\n"
    "二、经费审查委员会\n"
    "主任：李红军\n"
    "委员：李红军、周丽\n"
    "永新县石桥镇总工会\n"
    "2024年5月8日\n"
)


def test_a_roster_under_a_union_committees_heading_is_held_at_that_union():
    found = first_article_positions(_PAGE)
    assert ("孙海涛", "主席", "永新县石桥镇总工会") in found
    assert ("李红军", "委员", "永新县石桥镇总工会") in found
    assert ("王立平", "副主席", "永新县总工会") in found
