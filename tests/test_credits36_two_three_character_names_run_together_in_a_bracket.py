"""（某某某某某某）: two names of three characters printed run together in a bracket
closing an item are two correspondents even when a surname is a rarer one (瞿, 黎): six
characters are no one name of the surname lists' shapes. Names of four or five characters
still split only at common surnames, and a long name of another language stays whole.
Invented names (session 39, credits36)."""

from __future__ import annotations

from gonghui_build.extract.credits import two_names
from tests.conftest import page_facts

PAGE = (
    "区总工会慰问抗洪一线职工\n"
    "8月3日，涿州市总工会负责人带队来到抗洪抢险一线，为坚守岗位的职工送去饮用水和防暑药品。"
)


def _authors(credit: str) -> set[tuple[str, str]]:
    facts = page_facts(PAGE + credit + "\n")
    return {(a.name, a.role.value) for art in facts.articles for a in art.authors}


def test_two_three_character_names_with_rarer_surnames_are_two_correspondents() -> None:
    assert _authors("（黎晓芸瞿思远）") == {
        ("黎晓芸", "correspondent"),
        ("瞿思远", "correspondent"),
    }


def test_shorter_run_together_names_still_need_common_surnames() -> None:
    assert two_names("罗晓张建明") == ("罗晓", "张建明")
    assert two_names("黎晓瞿思远") is None


def test_a_long_name_of_another_language_stays_whole() -> None:
    assert two_names("阿不都热合曼") is None
    assert two_names("斯琴高娃乌兰") is None
