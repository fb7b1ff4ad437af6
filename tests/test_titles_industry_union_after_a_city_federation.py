"""An industrial union named with no place right after a place's federation in a title
chain is that place's (某市总工会副主席、交通建设工会主席 chairs 某市交通建设工会); an
enterprise's union, or a union named by its own level, is read as printed (invented
names, places and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain


def _claims(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_an_industrial_union_after_a_citys_federation_is_the_citys():
    text = "青禾市总工会党组成员、副主席、交通建设工会主席韦海川一行调研。"
    assert ("主席", "青禾市交通建设工会") in _claims(text, "韦海川")


def test_an_enterprises_union_after_a_federation_is_read_as_printed():
    text = "青禾市总工会副主席、青禾建设集团工会主席韦海川出席。"
    assert ("主席", "青禾建设集团工会") in _claims(text, "韦海川")


def test_an_industrial_union_after_a_federation_of_no_named_place_is_read_as_printed():
    text = "市总工会副主席、建设工会主席韦海川出席。"
    assert ("主席", "建设工会") in _claims(text, "韦海川")
