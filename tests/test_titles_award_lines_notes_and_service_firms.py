"""Lines of an award list (a name, the body, the post held there): a note in brackets
after the name (（回族）) is no part of the body, and a small firm named with its form of
business 服务部 is a body. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line


def test_a_note_after_a_roster_lines_name_is_no_part_of_the_body():
    found = roster_line("韦海川（回族） 石湾县青禾机械制造有限公司电焊工")
    assert found is not None
    assert (found.name, found.body.written, found.post) == (
        "韦海川",
        "石湾县青禾机械制造有限公司",
        "电焊工",
    )


def test_a_firm_named_as_a_service_department_is_the_body_of_a_roster_line():
    found = roster_line("邵春兰 石湾县青禾快递服务部快递员")
    assert found is not None
    assert (found.body.written, found.post) == ("石湾县青禾快递服务部", "快递员")
