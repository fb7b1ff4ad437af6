"""Roster lines: a name, the body the person works at and the post held there, one
person a line (invented names and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line
from tests.conftest import page_facts


def test_a_roster_line_gives_the_name_the_body_and_the_post():
    found = roster_line("吴立新 青禾电子有限公司数控车间高级技师")
    assert found is not None
    assert (found.name, found.body.written) == ("吴立新", "青禾电子有限公司")
    # the space between name and body lost, a note in brackets after the post
    found = roster_line("韦海川青峰钢铁集团有限公司电工（高级技师）")
    assert found is not None
    assert (found.name, found.body.written, found.post) == (
        "韦海川",
        "青峰钢铁集团有限公司",
        "电工",
    )


def test_running_text_and_bodies_alone_are_no_roster_lines():
    for text in (
        "吴立新出席会议并讲话。",
        "青禾电子有限公司",
        "市总工会召开全委会议",
        "区总工会主席吴立新",
    ):
        assert roster_line(text) is None, text


def test_a_roster_on_a_page_lists_people_with_their_posts_and_bodies():
    text = (
        "本报讯 近日，全市五一劳动奖章评选揭晓，名单如下：\n"
        "全市五一劳动奖章\n"
        "吴立新 青禾电子有限公司总工程师\n"
        "韦海川 青峰市实验小学校长\n"
    )
    facts = page_facts(text)
    people = {p.name for a in facts.articles for p in a.people}
    assert {"吴立新", "韦海川"} <= people
    held = {(q.name, q.title, q.org_written) for a in facts.articles for q in a.positions}
    assert ("吴立新", "总工程师", "青禾电子有限公司") in held
    orgs = {o.resolved.name for a in facts.articles for o in a.orgs}
    assert "青禾电子有限公司" in orgs
    assert not any(name.startswith("吴立新") for name in orgs)
