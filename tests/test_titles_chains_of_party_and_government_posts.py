"""Title chains in the shapes real union news prints them (invented names, places and
bodies): a place's Party working committee, a unit's Party committee of its offices,
heads of a government after a Party post, a union's department after its title, civil
service ranks, and lists of titled people that are no list of one person's posts."""

from __future__ import annotations

from gonghui_build.extract.people.described import described_post
from gonghui_build.extract.people.rules import titled_names
from gonghui_build.extract.people.titles import parse_chain
from gonghui_build.text.tokenizer import tag_tokens


def _chain(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def _held(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each titled name of ``text`` with its (title, organisation) claims."""
    hits = titled_names(text, tag_tokens(text))
    assert hits, "names are read"
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_a_place_working_committee_is_the_body_of_its_titles():
    # 街道工委 and 开发区工委 are the Party bodies of a street or a zone, not bodies
    # inside one: 副书记 of 某街道工委, as the titles of a 区委
    assert _chain("青禾区柳塘街道工委副书记韦海川", "韦海川") == [("副书记", "青禾区柳塘街道工委")]
    assert _chain("石湾开发区党工委书记吴立新", "吴立新") == [("书记", "石湾开发区党工委")]
    assert _chain("柳塘街道人大工委主任丁晓梅", "丁晓梅") == [("主任", "柳塘街道人大工委")]


def test_a_federation_after_a_streets_working_committee_is_the_streets():
    text = "柳塘街道党工委副书记、总工会主席韦海川出席"
    assert _chain(text, "韦海川") == [("副书记", "柳塘街道党工委"), ("主席", "柳塘街道总工会")]


def test_an_enterprises_party_committee_stays_in_the_title():
    text = "青禾纺织集团党委副书记、工会主席韦海川"
    assert _chain(text, "韦海川") == [("党委副书记", "青禾纺织集团"), ("主席", "青禾纺织集团工会")]


def test_the_party_committee_of_a_bodys_offices_is_a_post_at_that_body():
    # 机关党委 is the Party committee of a body's own offices: its secretary is a post
    # of the body, as 党组书记 is
    assert _chain("4月2日，石湾市总工会机关党委书记吴立新", "吴立新") == [
        ("机关党委书记", "石湾市总工会")
    ]
    text = "石湾市总工会党组成员、机关党委书记丁晓梅"
    assert _chain(text, "丁晓梅") == [
        ("党组成员", "石湾市总工会"),
        ("机关党委书记", "石湾市总工会"),
    ]


def test_the_head_of_a_government_holds_no_post_at_the_party_committee_before():
    assert _chain("青禾区委副书记、区长韦海川", "韦海川") == [
        ("副书记", "青禾区委"),
        ("区长", None),
    ]
    text = "石湾县委常委、副县长、县总工会主席吴立新"
    assert _chain(text, "吴立新") == [
        ("常委", "石湾县委"),
        ("副县长", None),
        ("主席", "石湾县总工会"),
    ]
    # a body of another kind still passes on (某区人大常委会主任、党组书记)
    assert _chain("青禾区人大常委会主任、党组书记丁晓梅", "丁晓梅") == [
        ("主任", "青禾区人大常委会"),
        ("党组书记", "青禾区人大常委会"),
    ]


def test_a_department_printed_after_the_word_union_is_the_unions_department():
    text = "青禾港务局工会副主席、工会办公室主任韦海川"
    assert _chain(text, "韦海川") == [
        ("副主席", "青禾港务局工会"),
        ("主任", "青禾港务局工会办公室"),
    ]


def test_a_civil_service_rank_stays_in_the_title():
    assert _chain("石湾市总工会二级调研员吴立新", "吴立新") == [("二级调研员", "石湾市总工会")]


def test_a_list_of_titled_people_is_no_list_of_one_persons_posts():
    # 某区委书记甲、区长乙: 区长 is 乙's own title, not a post at the 区委 the phrase
    # before describes
    text = "青禾区委书记韦海川、区长吴立新、区总工会主席丁晓梅等看望慰问一线职工。"
    assert described_post(text, text.index("吴立新"), tag_tokens(text)) is None
    held = _held(text)
    assert held["韦海川"] == [("书记", "青禾区委")]
    assert held["吴立新"] == [("区长", None)]
    assert held["丁晓梅"] == [("主席", "区总工会")]
    # a list of one person's posts after a body still gives the post next to the name
    text = "青禾纺织集团有限公司工人、高级技师韦海川，"
    claim = described_post(text, text.index("韦海川"), tag_tokens(text))
    assert claim is not None and (claim.title, claim.org_written) == (
        "高级技师",
        "青禾纺织集团有限公司",
    )


def test_a_note_on_how_a_post_is_held_stands_between_the_title_and_the_name():
    text = "石湾开发区工委副书记（挂职）韦海川，青禾区总工会副主席（兼）吴立新陪同调研。"
    held = _held(text)
    assert held["韦海川"] == [("副书记", "石湾开发区工委")]
    assert held["吴立新"] == [("副主席", "青禾区总工会")]
    # a bracket of another kind is no note: what follows is not read as a name
    assert "丁晓梅" not in _held("石湾区总工会副主席（正在外地）丁晓梅，青禾区总工会主席吴立新出席")


def test_a_unit_named_by_its_heads_title_is_where_the_title_is_held():
    # 农机站站长, 数控班班长: the unit is named by the character its head's title
    # opens with; the head's title is held at the unit, inside the body before it
    text = "会上，石湾乡农机站站长韦海川介绍了经验。"
    claim = described_post(text, text.index("韦海川"), tag_tokens(text))
    assert claim is not None
    assert (claim.title, claim.org_written) == ("站长", "石湾乡农机站")
    text = "海湾精密制造公司数控班副班长吴立新说"
    claim = described_post(text, text.index("吴立新"), tag_tokens(text))
    assert claim is not None
    assert (claim.title, claim.org_written) == ("副班长", "海湾精密制造公司数控班")
    # an occupation names no unit
    text = "海湾精密制造公司焊工丁晓梅说"
    claim = described_post(text, text.index("丁晓梅"), tag_tokens(text))
    assert claim is not None and (claim.title, claim.org_written) == ("焊工", "海湾精密制造公司")


def test_a_unions_legal_adviser_is_a_post_at_the_union():
    text = "青禾区总工会法律顾问、石湾正衡律师事务所律师韦海川为职工解答了问题。"
    assert _held(text)["韦海川"] == [
        ("法律顾问", "青禾区总工会"),
        ("律师", "石湾正衡律师事务所"),
    ]


def test_a_title_of_no_body_in_a_list_of_titled_people_is_held_at_the_lists_body():
    text = "4月2日，石湾市总工会机关党委书记吴立新、二级调研员韦海川、财务部长丁晓梅等一行到青禾县调研。"
    held = _held(text)
    assert held["吴立新"] == [("机关党委书记", "石湾市总工会")]
    assert held["韦海川"] == [("二级调研员", "石湾市总工会")]
    assert held["丁晓梅"] == [("部长", "石湾市总工会财务部")]
    # the same base title further up the list, past a name whose title names no body
    text = "青禾区委书记韦海川、区长吴立新、副书记丁晓梅、副区长罗振宇等看望慰问一线职工。"
    held = _held(text)
    assert held["丁晓梅"] == [("副书记", "青禾区委")]
    assert held["吴立新"] == [("区长", None)]
    assert held["罗振宇"] == [("副区长", None)]


def test_a_professor_named_before_the_title_holds_it_at_the_body_before():
    from gonghui_build.extract.people.rules import claims_after

    text = "10日，石湾财经大学劳动关系学院韦海川教授以《劳动合同法》为题作辅导。"
    start = text.index("韦海川")
    claims = claims_after(text, start, start + 3, tag_tokens(text))
    assert [(c.title, c.org_written) for c in claims] == [("教授", "石湾财经大学劳动关系学院")]
    # with no body before the name, 教授 is a form of address
    text = "会上，韦海川教授以《劳动合同法》为题作辅导。"
    start = text.index("韦海川")
    assert claims_after(text, start, start + 3, tag_tokens(text)) == ()


def test_a_professor_read_before_the_title_with_no_body_read_holds_no_post():
    from gonghui_build.extract.people.rules import names_before_titles

    text = "会上，韦海川教授以《劳动合同法》为题作辅导。"
    hits = names_before_titles(text, tag_tokens(text))
    assert [h.name for h in hits] == ["韦海川"]
    assert hits[0].claims == ()


def test_a_head_of_a_government_in_a_list_takes_no_body_of_another_kind():
    text = "石湾市人大常委会副主任韦海川，副市长吴立新，市政协副主席丁晓梅出席会议。"
    held = _held(text)
    assert held["韦海川"] == [("副主任", "石湾市人大常委会")]
    assert held["吴立新"] == [("副市长", None)]


def test_a_title_of_another_base_after_a_unions_chair_is_held_at_the_unions_body():
    text = "在青禾建设集团工会主席韦海川、副总经理吴立新的陪同下，慰问组来到工地。"
    held = _held(text)
    assert held["韦海川"] == [("主席", "青禾建设集团工会")]
    assert held["吴立新"] == [("副总经理", "青禾建设集团")]


def test_a_union_officer_after_a_federations_officer_is_the_federations():
    # a visit's delegation: 工会副主席 right after the federation's officer, joined by 和
    text = "青禾市总工会常务副主席韦海川和工会副主席丁晓梅等5人到公司走访。"
    assert _held(text)["丁晓梅"] == [("副主席", "青禾市总工会")]
