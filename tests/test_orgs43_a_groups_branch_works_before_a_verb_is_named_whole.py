"""A company's branch works, production area or project department printed right after
the company's whole name (某重机集团特钢分厂召开…) is one body with it, whatever follows:
the page names the branch works, not the group, and the bare 工会 of its chair is the
works' union. A team or a section (甲班, 科) still needs a post or a list after it, and a
team inside an area is read on to. Seen on a tuning yearbook (session 53, orgs43). Text
and bodies are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.organisations.units import with_units
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_resolved


def _names(text: str) -> list[str]:
    tokens = tag_tokens(text)
    spans = with_model(text, find_org_spans(text, tokens), tokens, [])
    return [s.written for s in with_units(text, spans, tokens)]


def test_a_branch_works_before_a_verb_is_read_with_its_group():
    assert _names("市总工会在青禾重机集团特钢分厂召开现场会。") == [
        "市总工会",
        "青禾重机集团特钢分厂",
    ]


def test_the_group_alone_is_no_organisation_of_the_page():
    body = "11月，青禾市总工会在青禾重机集团特钢分厂召开现场会。特钢分厂厂长韩立新介绍经验。"
    found = first_article_resolved(body)
    assert "青禾重机集团特钢分厂" in found
    assert "青禾重机集团" not in found


def test_a_team_inside_an_area_is_still_read_on_to():
    assert _names("桐川精密带钢有限公司热轧作业区甲班") == ["桐川精密带钢有限公司热轧作业区甲班"]


def test_a_section_before_a_verb_is_left_to_its_body():
    assert _names("市总工会在青禾重机集团技术科召开现场会。") == ["市总工会", "青禾重机集团"]


def test_a_visit_to_the_works_is_no_part_of_its_name():
    """某集团|调研分厂生产情况: a verb of visiting between the company and the works' ending
    is what someone did there (review of s54)."""
    assert _names("副主席一行到青禾重机集团有限公司调研分厂生产情况。") == ["青禾重机集团有限公司"]
    assert _names("工作组在青禾重机集团有限公司督导分厂安全工作。") == ["青禾重机集团有限公司"]
