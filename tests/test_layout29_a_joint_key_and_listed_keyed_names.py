"""Keyed credits beyond one name after one key: a joint mark used as a key (``文/图：
某某``, ``文、图/某某``) gives the name both roles, as ``文/图 某某`` does; names listed
with 、 after a key (``文/某某、某某 图/某某``) each take the key's role. The list was
read as marks closing the names before them, so the writers and the photographer
swapped roles. Invented credits in the shape of union sites' and posts' bylines."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline


def _roles(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(byline)]


def test_a_joint_mark_keyed_by_a_colon_gives_both_roles() -> None:
    assert _roles("文/图：邹立言") == [("邹立言", "reporter"), ("邹立言", "photographer")]


def test_a_joint_mark_keyed_by_a_slash_gives_both_roles() -> None:
    assert _roles("文、图/邹立言") == [("邹立言", "reporter"), ("邹立言", "photographer")]


def test_names_listed_after_a_key_each_take_its_role() -> None:
    assert _roles("文/符小满、邹立言 图/程晓东") == [
        ("符小满", "reporter"),
        ("邹立言", "reporter"),
        ("程晓东", "photographer"),
    ]


def test_the_joint_mark_before_a_blank_reads_as_before() -> None:
    assert _roles("文/图 邹立言") == [("邹立言", "reporter"), ("邹立言", "photographer")]


def test_one_name_after_each_key_reads_as_before() -> None:
    assert _roles("文/符小满 图/程晓东") == [("符小满", "reporter"), ("程晓东", "photographer")]
