"""A people's court or procuratorate printed by its usual short form (某区法院, 县法院,
某市中级法院, 区检察院): its name is the place's 人民法院 or 人民检察院, the full current
name the annotation asks for. The suffixes and the courts' grades are reference data
(``org_suffixes.yaml`` people_court_suffixes, court_grades, with their sources); courts of
a special kind (海事法院, 知识产权法院) are named without 人民: only a court printed right
after a place's level word or its grade is completed."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import words

#: What the full name of a people's court or procuratorate puts before its short suffix.
_PEOPLES = "人民"


def full_court_name(name: str) -> str:
    """``name`` with a people's court's or procuratorate's short suffix completed
    (通州区法院 → 通州区人民法院); any other name as it is."""
    short = words("people_court_suffixes").ending(name)
    if short is None or name.endswith(_PEOPLES + short):
        return name
    before = name[: -len(short)]
    level = bool(before) and words("place_markers").ending(before) is not None
    if level or words("court_grades").ending(before) is not None:
        return before + _PEOPLES + short
    return name
