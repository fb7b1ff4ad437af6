"""An item closed by an unbracketed line of the unit and the person who sent its copy in
(``某县总工会 某某某供稿``, ``某县总工会 某某某 报送``): union sites close their
correspondents' copy so. The line was read as a photo's caption and the correspondent
lost; it is the item's credit, the person its correspondent, the unit no author. A unit
alone with the key (``某县总工会供稿``) names no one, and a sentence is no such line.
Invented names (session 39, credits36)."""

from __future__ import annotations

from gonghui_build.layout.supplied_lines import is_supplied_line
from tests.conftest import page_facts

PAGE = (
    "县总工会开展劳动法律宣讲进企业活动\n"
    "6月12日，蒲江县总工会组织律师走进工业园区，为300余名职工宣讲劳动合同法。\n"
)


def _authors(credit: str) -> set[tuple[str, str]]:
    facts = page_facts(PAGE + credit + "\n")
    return {(a.name, a.role.value) for art in facts.articles for a in art.authors}


def test_the_name_glued_to_gonggao_after_its_unit_is_the_correspondent() -> None:
    assert _authors("蒲江县总工会 刘晓岚供稿") == {("刘晓岚", "correspondent")}


def test_the_name_before_a_spaced_baosong_is_the_correspondent() -> None:
    assert _authors("蒲江县总工会 刘晓岚 报送") == {("刘晓岚", "correspondent")}


def test_a_unit_alone_with_its_key_names_no_one() -> None:
    assert _authors("蒲江县总工会供稿") == set()
    assert not is_supplied_line("蒲江县总工会供稿")


def test_lines_of_other_shapes_are_no_supplied_line() -> None:
    assert not is_supplied_line("职工们 积极供稿")  # no unit's name before the name
    assert not is_supplied_line("蒲江县总工会 刘晓岚 何平供稿")  # two names: left as it was
    assert not is_supplied_line("蒲江县总工会 刘晓岚")  # no key
