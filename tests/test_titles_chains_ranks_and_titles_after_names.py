"""Titles of lists of titled people and titles after names, in the shapes real union
news prints them (invented names, places and bodies): a second person's chain of
several titles with no body of its own, a civil-service rank before a department's
head, a hospital's unit before a title, and a title after a name printed after its
body (某市总工会某某副主席)."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _held(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each titled name of ``text`` with its (title, organisation) claims."""
    hits = titled_names(text, tag_tokens(text))
    assert hits, "names are read"
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_a_chain_of_titles_with_no_body_after_a_titled_name_takes_its_body():
    # the second person's 党组成员、副主席 are the federation's, as a single 副主席 is
    text = (
        "3月2日，石湾市总工会党组书记、常务副主席韦海川，党组成员、副主席吴立新一行到青禾区调研。"
    )
    held = _held(text)
    assert held["吴立新"] == [("党组成员", "石湾市总工会"), ("副主席", "石湾市总工会")]


def test_a_government_head_in_a_chain_after_a_party_secretary_stays_unheld():
    # 区长 is the government's, which the list does not name: no body passes to it
    held = _held("青禾区委书记韦海川，区长、区委副书记吴立新出席。")
    assert held["吴立新"][0] == ("区长", None)


def test_a_rank_before_a_federation_departments_head_is_the_federations():
    text = "柳塘市总工会副主席丁晓梅，四级调研员、权益保障部部长柯明远出席授牌仪式。"
    held = _held(text)
    assert held["柯明远"] == [
        ("四级调研员", "柳塘市总工会"),
        ("部长", "柳塘市总工会权益保障部"),
    ]


def test_a_hospitals_clinical_department_before_a_title_is_where_the_title_is_held():
    # a section of a body (脊柱外科) is an organisation of its own, as a department is
    # (tests/fixtures/ANNOTATION.md), in a title chain as in a described post
    held = _held("青禾市人民医院脊柱外科主任医师丁晓梅作表态发言。")
    assert held["丁晓梅"] == [("主任医师", "青禾市人民医院脊柱外科")]


def test_a_unit_the_grammar_names_stays_the_organisation_of_the_title():
    held = _held("石湾大学劳动学院院长韦海川作报告。")
    assert held["韦海川"] == [("院长", "石湾大学劳动学院")]


def _positions(text: str) -> list[tuple[str, str, str | None]]:
    article = page_facts(text).articles[0]
    found = [(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions]
    assert found, "positions are read"
    return found


def test_a_ranked_title_after_a_name_is_held_at_the_body_before_the_name():
    text = (
        "石湾市总工会韦海川副主席一行调研青禾集团\n"
        "12月5日，石湾市总工会韦海川副主席、青禾区总工会吴立新主席一行到青禾集团调研。\n"
    )
    found = _positions(text)
    assert ("韦海川", "副主席", "石湾市总工会") in found
    assert ("吴立新", "主席", "青禾区总工会") in found


def test_a_name_jieba_reads_before_a_title_is_held_at_the_body_before_it():
    found = _positions("6月4日石湾市总工会丁晓梅主席一行来青禾公司视察工作。\n")
    assert ("丁晓梅", "主席", "石湾市总工会") in found


def test_a_title_after_a_name_with_no_body_before_stays_unheld():
    found = _positions("石湾县召开职工大会\n3月2日，韦海川书记指出，要把职工的事办好。\n")
    assert ("韦海川", "书记", None) in found
