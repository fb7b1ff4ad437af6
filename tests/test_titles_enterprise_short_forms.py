"""Titles held at an enterprise a report names once in full and then by its short forms
(集团, 公司, 集团公司, 股份, their 工会): a reader takes each for that enterprise
(invented names and enterprises)."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.extract.people.titles import parse_chain, read_as_enterprise
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _held(text: str) -> dict[tuple[str, str], str | None]:
    """(person, title) → the name of the organisation the page's title is held at."""
    article = page_facts(text).articles[0]
    found = {(p.name, p.title_normalised): p.org.name if p.org else None for p in article.positions}
    assert found, "positions are read"
    return found


def test_a_short_form_of_an_enterprise_is_read_as_the_short_form_it_is_read_back_from():
    assert read_as_enterprise("集团公司") == "集团"
    assert read_as_enterprise("集团公司工会") == "集团工会"
    assert read_as_enterprise("股份") == "公司"
    assert read_as_enterprise("集团") == "集团"
    assert read_as_enterprise("青禾纺织集团公司") == "青禾纺织集团公司"


def test_a_segment_printing_only_an_enterprises_short_form_is_held_at_it():
    text = "股份党委副书记韦建国出席"
    assert [
        (c.title_normalised, c.org_written) for c in parse_chain(text, text.index("韦建国"))
    ] == [("党委副书记", "股份")]
    # a phrase that is no short form of an enterprise names no body
    text = "全体党委副书记韦建国出席"
    assert [c.org_written for c in parse_chain(text, text.index("韦建国"))] == [None]


def test_the_groups_short_forms_are_held_at_the_group_the_report_names():
    held = _held(
        "青禾纺织集团召开职代会\n\n"
        "本报讯 3月5日，青禾纺织集团有限公司召开第三届职工代表大会。"
        "集团公司党委副书记、工会主席韦海川主持会议，集团工会副主席吴立新作工作报告。\n"
    )
    assert held[("韦海川", "党委副书记")] == "青禾纺织集团有限公司"
    assert held[("韦海川", "主席")] == "青禾纺织集团有限公司工会"
    assert held[("吴立新", "副主席")] == "青禾纺织集团有限公司工会"


def test_a_listed_companys_short_form_is_held_at_the_company_the_report_names():
    held = _held(
        "石湾重工开展技能比武\n\n"
        "本报讯 近日，石湾重工股份有限公司举办技能比武。"
        "股份党委副书记韦建国出席并颁奖。\n"
    )
    assert held[("韦建国", "党委副书记")] == "石湾重工股份有限公司"


def test_a_short_form_with_no_enterprise_named_stays_unresolved():
    held = _held("技能比武落幕\n\n本报讯 近日，集团公司党委副书记韦海川出席技能比武。\n")
    assert held[("韦海川", "党委副书记")] is None


def test_full_time_before_an_inner_body_is_the_titles_and_the_body_before_holds_it():
    text = "集团专职党委副书记、工会主席韦海川陪同"
    assert [
        (c.title_normalised, c.org_written) for c in parse_chain(text, text.index("韦海川"))
    ] == [
        ("专职党委副书记", "集团"),
        ("主席", "集团工会"),
    ]
    # a modifier of the base title stays where it was
    text = "石湾市总工会专职副主席吴立新"
    assert [
        (c.title_normalised, c.org_written) for c in parse_chain(text, text.index("吴立新"))
    ] == [("专职副主席", "石湾市总工会")]


def _claims(text: str) -> dict[str, list[tuple[str, str | None]]]:
    hits = titled_names(text, tag_tokens(text))
    assert hits, "names are read"
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_a_bare_union_after_a_name_titled_at_an_enterprise_is_the_enterprises():
    held = _claims("青禾集团工会主席韦海川、工会副主席吴立新陪同调研")
    assert held["吴立新"] == [("副主席", "青禾集团工会")]
    held = _claims("青禾公司党委书记韦海川，党委副书记、工会主席吴立新陪同")
    assert held["吴立新"] == [("党委副书记", "青禾公司"), ("主席", "青禾公司工会")]


def test_a_conjunction_of_a_list_joins_titled_names_as_a_comma_does():
    held = _claims("青禾公司党委书记韦海川以及工会主席吴立新出席")
    assert held["吴立新"] == [("主席", "青禾公司工会")]


def test_a_bare_union_after_a_federation_or_a_party_body_is_left_unnamed():
    assert _claims("石湾市总工会副主席韦海川、工会主席吴立新")["吴立新"] == [("主席", "工会")]
    assert _claims("青禾区委书记韦海川、工会主席吴立新出席")["吴立新"] == [("主席", "工会")]
