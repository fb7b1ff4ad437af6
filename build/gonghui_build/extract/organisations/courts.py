"""A people's court or procuratorate printed by its usual short form (某区法院, 县法院,
某市中级法院, 区检察院): its name is the place's 人民法院 or 人民检察院, the full current
name the annotation asks for. Source: 《中华人民共和国人民法院组织法》 (2018), 第十二、
十三条 (基层、中级、高级人民法院) and 《中华人民共和国人民检察院组织法》 (2018), 第十二条;
seen short on a hospital union's page (某区法院的某法官) and in real_dev2's gold (区法院,
县法院 → 某区人民法院, 某县人民法院). Courts of a special kind (海事法院, 知识产权法院,
互联网法院, 铁路运输法院) are named without 人民: only a court printed right after a
place's level word or its grade (中级, 高级) is completed."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import words

#: A court's or procuratorate's short suffix, and its full one.
_FULL = {"法院": "人民法院", "检察院": "人民检察院"}
#: The grades of courts printed before 法院 (某市中级法院).
_GRADES = ("中级", "高级")


def full_court_name(name: str) -> str:
    """``name`` with a people's court's or procuratorate's short suffix completed
    (通州区法院 → 通州区人民法院); any other name as it is."""
    for short, full in _FULL.items():
        if not name.endswith(short) or name.endswith(full):
            continue
        before = name[: -len(short)]
        level = before and words("place_markers").ending(before) is not None
        if level or before.endswith(_GRADES):
            return before + full
    return name
