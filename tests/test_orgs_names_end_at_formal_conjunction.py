"""A name does not reach back across 暨 (the formal 'and' joining two events or bodies
in one heading, which jieba tags as an organisation or glues to the next word); a name
opening with the character (暨南大学) keeps it, and a company's name after a place is
read as before.
Invented places, bodies and people."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.test_org_real_shapes import article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def _written(text: str) -> list[str]:
    return [written for written, _ in article_orgs(text)]


def test_a_contest_joined_by_ji_to_a_mine_gives_the_mine_alone():
    text = "青禾区总工会与松溪煤业公司石岭矿联合举办采掘专业暨石岭矿职工技能大赛。"
    found = _written(text)
    assert "石岭矿" in found
    assert not any("暨" in name or name.startswith("采掘") for name in found)


def test_a_heading_joined_by_ji_names_no_union_of_its_words():
    text = "青禾市总工会日前办起青禾市工会法规暨工会干部业务竞赛。"
    assert not any("暨" in name for name in _written(text))
    assert not any("暨" in name for name in _names(text))


def test_a_name_that_opens_with_ji_keeps_it():
    assert _names("暨南大学工会主席柴文斌到会讲话。") == ["暨南大学工会"]


def test_a_brand_character_after_a_place_is_still_read():
    assert _names("北京亦城智能电气有限公司成立。") == ["北京亦城智能电气有限公司"]
