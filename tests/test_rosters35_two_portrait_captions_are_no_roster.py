"""Two leaders' portrait captions in a row in a news item (``市总工会主席　某某`` |
``副主席　某某``) are captions, which ANNOTATION.md counts no body paragraphs, not the two
rows of a roster of posts and their holders: the first post names its union, where a
roster's rows print the bare posts under a heading naming the body. Each leader still
holds the post at the union. A two-line roster of bare posts stays a roster. Invented
names (session 39, rosters35)."""

from __future__ import annotations

from tests.conftest import block_roles, page_facts

_NEWS = """市总工会召开全委会

本报讯　12月20日，市总工会召开十五届三次全委会，审议通过工作报告。

市总工会主席　龚振东

副主席　牛晓岚

会议要求，各级工会要扎实做好困难职工帮扶工作。
"""

_ROSTER = """临川年鉴·2022
临川市总工会
【概况】 2021年，临川市总工会有基层工会组织2150个，会员28.4万人。
临川市总工会领导名录
主　席　郑秋白
副主席　赵明远
【送温暖】 春节期间，市总工会筹集资金320万元，慰问困难职工4200人次。
"""


def test_two_portrait_captions_are_no_body_paragraphs() -> None:
    roles = block_roles(_NEWS)
    assert roles["市总工会主席　龚振东"] != "body"
    assert roles["副主席　牛晓岚"] != "body"


def test_each_leader_of_the_captions_holds_the_post() -> None:
    posts = {
        (p.name, p.title_normalised, p.org_written)
        for a in page_facts(_NEWS).articles
        for p in a.positions
    }
    assert {("龚振东", "主席", "市总工会"), ("牛晓岚", "副主席", "市总工会")} <= posts


def test_a_two_line_roster_of_bare_posts_stays_a_roster() -> None:
    roles = block_roles(_ROSTER)
    assert roles["主　席　郑秋白"] == "body"
    assert roles["副主席　赵明远"] == "body"
