"""A line that opens with what could be a person's name glued to a body (冀中新|材料…公司)
is a roster line only when a post follows the body: a studio's or a list's line (某公司
某某创新工作室) states none, and its opening characters are the company's (冀中, a place,
and 新). With a space after the name the line is still a roster line, post or not. Seen on
a tuning page of studios unveiled (session 53, orgs43). Text and bodies are invented."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line


def test_a_glued_name_and_a_body_with_no_post_is_no_roster_line():
    assert roster_line("冀中新材料化工集团有限公司韩立新创新工作室") is None


def test_a_glued_name_and_a_body_and_a_post_is_a_roster_line():
    found = roster_line("吴立新青禾电子有限公司数控车间高级技师")
    assert found is not None
    assert found.name == "吴立新"
    assert found.body.written == "青禾电子有限公司"


def test_a_name_set_apart_by_a_space_needs_no_post():
    found = roster_line("吴立新 青禾电子有限公司数控车间创新工作室")
    assert found is not None and found.name == "吴立新"
