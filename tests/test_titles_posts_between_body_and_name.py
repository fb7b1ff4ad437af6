"""Posts printed between a body's name and a person's, in the shapes real union news
prints them (invented names, places and bodies): each post of a list of them, posts
that end neither like a title nor like an occupation (技术主管, 民警), and an
occupation printed with its body, which is a post at that body (tests/fixtures/
ANNOTATION.md, People)."""

from __future__ import annotations

from gonghui_build.extract.people.described import described_posts
from gonghui_build.extract.people.titles import is_post
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _posts(text: str, name: str) -> list[tuple[str, str | None]]:
    claims = described_posts(text, text.index(name), tag_tokens(text))
    return [(c.title_normalised, c.org_written) for c in claims]


def test_each_post_of_a_list_after_a_body_is_held_there():
    text = "石湾县电力科学研究院技术主管、高级技师韦海川获得奖章。"
    assert _posts(text, "韦海川") == [
        ("技术主管", "石湾县电力科学研究院"),
        ("高级技师", "石湾县电力科学研究院"),
    ]


def test_a_kind_of_worker_in_a_list_of_posts_is_no_post():
    text = "青禾纺织集团有限公司工人、高级技师韦海川获得奖章。"
    assert _posts(text, "韦海川") == [("高级技师", "青禾纺织集团有限公司")]


def test_a_list_ending_in_no_post_states_none():
    assert _posts("青禾纺织集团有限公司高级技师、工人韦海川获得奖章。", "韦海川") == []


def test_posts_ending_neither_like_a_title_nor_an_occupation_are_posts():
    for post in ("技术主管", "综合工长", "交警民警", "妇产科医生"):
        assert is_post(post), post
    for kind in ("职工", "老职工", "负责人"):
        assert not is_post(kind), kind


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    article = page_facts(text).articles[0]
    found = {(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions}
    assert article.people, "people are read"
    return found


def test_an_occupation_printed_with_its_body_is_a_post_at_that_body():
    text = (
        "石湾县举办职工技能比武\n"
        "5月8日，石湾县职工技能比武在县职工服务中心举行。"
        "青禾机械制造有限公司电焊工祁海川获得焊工项目第一名。\n"
    )
    found = _positions(text)
    assert ("祁海川", "电焊工", "青禾机械制造有限公司") in found


def test_a_bare_occupation_before_a_name_is_a_post_at_no_body():
    text = (
        "石湾县举办职工技能比武\n"
        "5月8日，石湾县职工技能比武在县职工服务中心举行，电焊工祁海川获得焊工项目第一名。\n"
    )
    article = page_facts(text).articles[0]
    assert "祁海川" in {p.name for p in article.people}
    held = [(p.title, p.org_written) for p in article.positions if p.name == "祁海川"]
    assert held == [("电焊工", None)]


def _held(text: str) -> dict[str, list[tuple[str, str | None]]]:
    from gonghui_build.extract.people.rules import titled_names

    hits = titled_names(text, tag_tokens(text))
    assert hits, "names are read"
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_a_unit_named_by_its_heads_title_is_held_though_its_brand_is_no_name():
    text = "“驿站就在家门口。”青鹭同城配送石湾站站长韦海川说，站里骑手都已入会。"
    assert _held(text)["韦海川"] == [("站长", "青鹭同城配送石湾站")]


def test_a_clause_opening_with_a_pronoun_or_preposition_names_no_unit():
    assert _held("据石湾站站长韦海川介绍，站里骑手都已入会。")["韦海川"] == [("站长", None)]


def test_a_bureau_sharing_its_last_character_with_its_heads_title_is_where_it_is_held():
    # 县公安局长: 公安局 + 局长; the chain goes on to the title before it
    held = _held("青禾县人大常委会副主任韦海川，副县长、县公安局长吴立新为项目开工培土。")
    assert held["吴立新"] == [("副县长", None), ("局长", "县公安局")]


def test_a_party_department_sharing_its_heads_title_is_a_post_of_the_committee():
    # 组织部长: the department shares its 部 with the title, one post of the 区委
    held = _held("青禾区委常委、组织部长韦海川出席会议。")
    assert held["韦海川"] == [("常委", "青禾区委"), ("组织部长", "青禾区委")]
    held = _held("石湾县委宣传部长吴立新出席会议。")
    assert held["吴立新"] == [("宣传部长", "石湾县委")]


def test_a_party_department_printed_whole_before_its_heads_title_is_the_body():
    held = _held("青禾县委常委、宣传部部长韦海川出席会议。")
    assert held["韦海川"] == [("常委", "青禾县委"), ("部长", "青禾县委宣传部")]


def test_a_department_of_no_places_committee_sharing_its_heads_title_is_the_body():
    # a union's department and a company's Party committee's stay the department's
    held = _held("石湾市总工会生产部长韦海川、青禾纺织集团党委宣传部长吴立新出席会议。")
    assert held["韦海川"] == [("部长", "石湾市总工会生产部")]
    assert held["吴立新"] == [("部长", "青禾纺织集团党委宣传部")]


def test_a_party_department_after_a_government_in_a_chain_is_the_party_committees():
    held = _held("石湾县委常委、政府副县长、宣传部长韦海川参加座谈。")
    assert held["韦海川"][-1] == ("宣传部长", "石湾县委")


def test_a_team_leader_and_an_enterprises_chief_accountant_are_titles():
    held = _held("湖南省援藏工作队石湾分队领队、石湾县委副书记韦海川，青禾集团总会计师吴立新出席。")
    assert held["韦海川"] == [("领队", "湖南省援藏工作队石湾分队"), ("副书记", "石湾县委")]
    assert held["吴立新"] == [("总会计师", "青禾集团")]


def test_a_member_of_a_committee_shares_no_character_with_it():
    # 女工委员: a member of the union's women workers' committee, no head of a 委
    held = _held("青禾化工有限公司工会女工委员韦海川作报告。")
    assert held["韦海川"] == [("女工委员", "青禾化工有限公司工会")]


def test_an_inner_body_read_with_a_brand_stays_in_the_title_of_the_post_next_to_it():
    # 青禾重工党委: the Party committee of 青禾重工; 董事长 is the enterprise's, not the committee's
    held = _held("座谈会上，青禾重工党委书记、董事长韦海川介绍了企业情况。")
    assert held["韦海川"] == [("党委书记", "青禾重工"), ("董事长", "青禾重工")]


def test_a_proper_name_before_an_inner_bodys_title_is_the_organisation_it_is_held_in():
    held = _held("会上，青禾现代党委副书记、工会主席韦海川作报告。")
    assert held["韦海川"] == [("党委副书记", "青禾现代"), ("主席", "青禾现代工会")]


def test_a_word_for_all_before_an_inner_bodys_title_is_no_organisation():
    held = _held("会上，全体党委委员和石湾区总工会副主席韦海川出席。")
    assert all(org != "全体" for _, org in held["韦海川"])
