"""A team of a branch printed without its company at a clause's head, the whole read by
the title chain (…表彰大会。管网分公司抢修班班长某某: jieba holds the branch's word 管网 as
one noun, so the chain, not the reader of described posts, reads the body): the post is
held at the team of the branch of the company named before, as it is when the described
posts' reader marks the branch printed alone (输配分公司巡线班班长). Before, the body was
left unmarked and resolved to nothing. A branch alone before a post (管网分公司经理) is
the branch of the company named before too (orgs23, s40: the tuning gold names a plant's
units so, 某重型机械有限公司数控分厂 and 铸锻分厂 with the short forms as aliases; before,
it was left as printed). Near misses: a branch named by a place
(北京分公司) is a name of its own and stays as printed; a team alone keeps no body.
Invented names and bodies."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page

_MEETING = "东平水务公司日前召开表彰大会。"


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


@pytest.mark.parametrize("branch", ["管网分公司", "输配分公司"])
def test_the_team_of_the_branch_is_the_companys(branch: str):
    found = _positions(_MEETING + f"{branch}抢修班班长尉迟军介绍了经验。")
    assert found == {("尉迟军", "班长", f"东平水务公司{branch}抢修班")}


def test_a_branch_alone_before_a_post_is_the_companys_branch():
    found = _positions(_MEETING + "管网分公司经理尉迟军介绍了经验。")
    assert found == {("尉迟军", "经理", "东平水务公司管网分公司")}


def test_a_branch_named_by_a_place_stays_as_printed():
    found = _positions(_MEETING + "北京分公司抢修班班长尉迟军介绍了经验。")
    assert ("尉迟军", "班长", "东平水务公司北京分公司抢修班") not in found


def test_a_team_alone_keeps_no_body():
    assert _positions(_MEETING + "抢修班班长尉迟军介绍了经验。") == {("尉迟军", "班长", None)}
