"""A bare 公司工会 refers back to the company the article named last. Where that company
was printed only with a team of it before a post (某发电公司锅炉班班长某某), the team's
name still names the company: 公司工会 is that company's union, as it would be after a
branch or a section of it. Invented company and people."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_company_union_after_a_teams_post_is_the_companys_union():
    body = (
        "凌晨四点，黔川宏达发电公司锅炉班班长李立强已经钻进了检修通道。"
        "公司工会主席王小兰介绍，下半年将组织青工技能比武。"
    )
    assert "黔川宏达发电公司工会" in first_article_resolved(body)
