"""An honour list printing one winner a line, the name set apart by a space from the
unit and the trade (边巴　某环卫所环卫工), reads a name of Tibetan or Mongolian elements
(one element of two characters too: 边巴, 其木格) or of one transcribed part written
mostly with transcription marks (努尔兰) as it reads a Han name: the person holds the
trade at the unit. A place set apart so (阿克苏　某公司…) is no name. Invented names,
units and events (s39, people21)."""

from __future__ import annotations

from tests.conftest import page_facts

_HEAD = (
    "自治区总工会关于授予五一劳动奖章的决定\n\n各盟市总工会：\n"
    "经研究，决定授予下列同志自治区五一劳动奖章。\n附件：获奖名单\n"
)


def _people(lines: str) -> dict[str, list[tuple[str, str]]]:
    facts = page_facts(_HEAD + lines)
    people = {p.name for a in facts.articles for p in a.people}
    held = {}
    for a in facts.articles:
        for q in a.positions:
            held.setdefault(q.name, []).append((q.title, q.org_written))
    return {name: held.get(name, []) for name in sorted(people)}


def test_a_tibetan_name_of_one_element_holds_its_trade():
    found = _people("边巴　那曲市色尼区环卫所环卫工\n王建军　银川某公交公司驾驶员\n")
    assert sorted(found) == ["王建军", "边巴"]
    assert [t for t, _ in found["边巴"]] == ["环卫工"]


def test_a_mongolian_name_of_one_element_holds_its_trade():
    found = _people("其木格　锡林郭勒盟某煤业公司采煤工\n王建军　银川某公交公司驾驶员\n")
    assert [t for t, _ in found["其木格"]] == ["采煤工"]


def test_a_kazakh_name_of_one_part_holds_its_trade():
    found = _people("努尔兰　阿克苏某棉业公司机修工\n王建军　银川某公交公司驾驶员\n")
    assert [t for t, _ in found["努尔兰"]] == ["机修工"]


def test_a_place_set_apart_on_a_line_is_no_name():
    found = _people("阿克苏　某棉业公司机修工\n喀什　某纺织公司挡车工\n")
    assert "阿克苏" not in found and "喀什" not in found


def test_a_name_of_one_element_closing_a_post_first_line_holds_its_trade():
    found = _people("那曲市色尼区环卫所环卫工　边巴\n银川某公交公司驾驶员　王建军\n")
    assert sorted(found) == ["王建军", "边巴"]
    assert [t for t, _ in found["边巴"]] == ["环卫工"]


def test_a_kazakh_name_closing_a_post_first_line_holds_its_trade():
    found = _people("阿克苏某棉业公司机修工　努尔兰\n银川某公交公司驾驶员　王建军\n")
    assert [t for t, _ in found["努尔兰"]] == ["机修工"]
