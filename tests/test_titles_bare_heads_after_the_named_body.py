"""Titles printed with no body of their own after the article names one: a unit's head
(厂长某某, 院长某某) after the unit, a bare 工会主席 after an enterprise, a chain of a
union's officers' titles after the union. Where a body of another kind was named
between, the head is held at the last unit of its own kind the article named (since s52,
titles53: a plant's 厂长 at the plant, though a union was named after it), and left
without a body when the article named no unit of its kind (invented names, places and
bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.chain_inherits import headed_unit
from tests.conftest import first_article_positions


def _page(body: str) -> str:
    return "石湾县总工会慰问一线职工\n" + body + "\n"


def test_a_bare_head_after_the_unit_named_in_the_same_sentence_is_its_head():
    found = first_article_positions(_page("6月3日，慰问组来到青禾纺织厂，厂长韦海川陪同。"))
    assert ("韦海川", "厂长", "青禾纺织厂") in found


def test_a_bare_head_after_the_unit_named_in_the_sentence_before_is_its_head():
    found = first_article_positions(
        _page("6月3日，慰问组来到石湾县青禾镇卫生院。院长韦海川介绍了职工之家的建设。")
    )
    assert ("韦海川", "院长", "石湾县青禾镇卫生院") in found


def test_a_bare_head_after_a_body_of_another_kind_is_held_at_the_unit_of_its_kind():
    found = first_article_positions(
        _page("6月3日，慰问组来到青禾纺织厂和石湾县总工会，厂长韦海川陪同。")
    )
    assert ("韦海川", "厂长", "青禾纺织厂") in found


def test_a_bare_head_of_a_kind_the_article_never_named_names_no_body():
    found = first_article_positions(
        _page("6月3日，慰问组来到青禾镇卫生院和石湾县总工会，厂长韦海川陪同。")
    )
    assert ("韦海川", "厂长", None) in found


def test_a_deputy_head_heads_the_same_kind_of_unit():
    assert headed_unit("副站长") == "站"
    assert headed_unit("大队长") == "大队"
    assert headed_unit("主席") is None


def test_a_brigade_head_after_the_brigade_is_held_at_it():
    found = first_article_positions(
        _page("6月3日，石湾县人社局劳动监察大队大队长韦海川讲解劳动合同法。")
    )
    assert ("韦海川", "大队长", "石湾县人社局劳动监察大队") in found


def test_a_bare_union_chair_after_an_enterprise_is_its_unions():
    found = first_article_positions(
        _page("3月7日，省纺织工会主席柏立秋一行到青禾纺织有限公司调研。工会主席韦海川作了汇报。")
    )
    assert ("韦海川", "主席", "青禾纺织有限公司工会") in found


def test_a_bare_union_chair_listed_after_the_enterprises_head_is_its_unions():
    found = first_article_positions(
        _page(
            "6月13日，市总工会副主席柏立秋到青禾电气有限公司调研，该公司董事长韦海川、"
            "工会主席祁光辉接待了一行。"
        )
    )
    assert ("祁光辉", "主席", "青禾电气有限公司工会") in found


def test_a_chain_of_union_officers_titles_alone_is_the_union_named_before():
    found = first_article_positions(
        _page(
            "10月25日，石湾县总工会召开宣传工作会议。石湾县总工会党组成员、经审主任柏立秋"
            "介绍了概况。党组书记、常务副主席韦海川强调，工会干部要加强学习。"
        )
    )
    assert ("韦海川", "党组书记", "石湾县总工会") in found
    assert ("韦海川", "常务副主席", "石湾县总工会") in found


def test_a_union_officers_title_after_an_enterprise_names_no_body():
    found = first_article_positions(
        _page("6月13日，市总工会副主席柏立秋到青禾电气有限公司调研。副主席韦海川陪同。")
    )
    assert ("韦海川", "副主席", None) in found


def test_a_body_glued_to_the_title_is_left_to_the_chains_reading():
    # 工会会副主席: OCR doubled a character; the chain's reading rejected the body, and a
    # body named in no clause of its own before the title lends it nothing
    found = first_article_positions(
        _page("座谈会上，青禾电气集团股份有限公司工会会副主席韦海川建议丰富职工活动。")
    )
    assert ("韦海川", "副主席", "青禾电气集团股份有限公司工会") not in found
