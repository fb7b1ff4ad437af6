"""A clause's verb with its aspect particle before a team's head (某某握着抢修队队长某某)
is no unit's name: the post is not held at "某某握着抢修队". Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, page_facts


def _page(body: str) -> str:
    return "标题\n新华社北京3月2日电（记者 甲乙丙）某地举行活动。\n" + body + "\n"


def test_a_visitors_act_is_no_part_of_the_teams_name():
    text = _page("在驻地，范文涛握着抢修队队长欧建勇的手说，辛苦了。")
    posts = page_facts(text).articles[0].positions
    held = {(p.name, p.title_normalised, p.org_written) for p in posts}
    assert ("欧建勇", "队长", None) in held


def test_a_unit_printed_alone_before_its_head_is_kept():
    # near miss: a unit's name opening the clause still holds its head's post
    positions = first_article_positions(_page("会上，青禾物流望京站站长欧建勇介绍了经验。"))
    assert ("欧建勇", "站长", "青禾物流望京站") in positions
