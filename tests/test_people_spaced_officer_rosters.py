"""An election's roster of officers printed with spaces between the names (which the
layout takes out) and notes in brackets after some (（女）, （兼职））: each name is one
person holding the line's title at the union the roster is of. Invented people."""

from __future__ import annotations

from tests.conftest import page_facts


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    text = f"职工直选工会主席\n\n{body}\n"
    return {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(text).articles
        for p in a.positions
    }


_ROSTER = (
    "本报讯 青松电子有限公司工会召开会员代表大会，选举产生新一届工会委员会。"
    "青禾街道总工会主席柯明远到会祝贺。\n"
    "新一届工会委员会组成人员名单：\n"
    "主　席：甘晓岚\n"
    "副主席：龙飞　方立群（兼职）　石宝光（兼职）\n"
    "委　员：王大勇 刘秀兰（女） 陈国梁 黄建明 欧阳振宇\n"
    "大会号召全体会员立足岗位建功立业。"
)
_UNION = "青松电子有限公司工会"


def test_a_two_character_name_before_a_space_is_not_read_into_the_next_name():
    found = _positions(_ROSTER)
    assert ("龙飞", "副主席", _UNION) in found
    assert not any(name.startswith("龙飞") and name != "龙飞" for name, _, _ in found)


def test_names_after_a_bracketed_note_in_a_roster_line_are_read():
    found = _positions(_ROSTER)
    for name in ("方立群", "石宝光"):
        assert (name, "副主席", _UNION) in found
    for name in ("刘秀兰", "陈国梁", "黄建明", "欧阳振宇"):
        assert (name, "委员", _UNION) in found


def test_a_new_committee_s_roster_is_held_at_the_elected_union_not_the_visitor_s():
    found = _positions(_ROSTER)
    assert ("王大勇", "委员", _UNION) in found
    assert not any(org == "青禾街道总工会" for name, _, org in found if name != "柯明远")
