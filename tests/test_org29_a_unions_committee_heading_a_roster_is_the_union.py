"""A union's committee printed as a roster's heading (镇总工会委员会 over 主席：某某): the
committee (工会委员会, the union's leading body elected by its congress, 《中国工会章程》)
is the union itself, no body of its own and no town government; the short form takes the
town the article named (ANNOTATION.md: streets and towns with their county). Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, page_facts

_PAGE = (
    "关于公布宁都县石岭镇总工会第三届委员会组成人员名单的公告\n"
    "发布时间：2024-08-06 来源：宁都县总工会\n"
    "8月2日，宁都县石岭镇总工会召开第三次会员代表大会，选举产生第三届委员会和经费审查委员会。"
    "县总工会副主席石海波到会指导。现将名单公布如下：\n"
    "一、镇总工会委员会\n"
    "主席：龙振宇\n"
    "副主席：岑晓梅（专职）、司马进（兼职）\n"
    "委员：龙振宇、岑晓梅、司马进、邝立军、贝小婷\n"
    "二、经费审查委员会\n"
    "主任：邝立军\n"
    "委员：邝立军、贝小婷、司马进\n"
    "宁都县石岭镇总工会\n"
    "2024年8月6日\n"
)


def test_the_committee_heading_names_the_union():
    article = page_facts(_PAGE).articles[0]
    found = {o.written: o.resolved.name for o in article.orgs if o.resolved}
    assert found.get("镇总工会委员会") == "宁都县石岭镇总工会"


def test_the_rosters_chair_holds_his_post_at_the_towns_union():
    found = first_article_positions(_PAGE)
    assert ("龙振宇", "主席", "宁都县石岭镇总工会") in found
