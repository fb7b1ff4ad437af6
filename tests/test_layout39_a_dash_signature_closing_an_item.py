"""A writer's dash signature (``——某某``) closing an item: run into the end of its last
paragraph (a digest's short item, ``…发放助学金4.4万元。——某某``) or on a line of its
own, the dash glued to the name. The name is the item's credit (a correspondent, as the
other credits after a text), no person its text names. A dash after a closing quote
attributes a quotation, and a dash before a source names no writer: neither is a credit.
Invented pages in the shape of union digests and readers' essays read in session 41."""

from __future__ import annotations

from tests.conftest import page_facts

DIGEST = (
    "工会动态\n\n"
    "东港区总工会开展职工心理健康讲座\n"
    "6月5日，东港区总工会邀请心理咨询师走进区环卫中心，为60余名环卫职工开展讲座。——牟晓东\n\n"
    "岚山区总工会为困难职工送去助学金\n"
    "6月7日，岚山区总工会向22名困难职工子女发放助学金4.4万元。——厉春燕\n"
)


def _authors(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role.value) for a in art.authors] for art in page_facts(text).articles]


def _people(text: str) -> set[str]:
    return {p.name for art in page_facts(text).articles for p in art.people}


def test_a_dash_signature_run_into_an_items_end_is_its_credit():
    assert _authors(DIGEST) == [[("牟晓东", "correspondent")], [("厉春燕", "correspondent")]]


def test_the_signer_is_no_person_the_text_names():
    assert not {"牟晓东", "厉春燕"} & _people(DIGEST)


def test_a_dash_glued_to_the_name_on_a_line_of_its_own_is_a_credit():
    page = (
        "工会是职工的娘家\n\n"
        "去年冬天，我母亲住院，厂工会第一时间送来慰问金，还帮我协调了倒班。\n"
        "这份温暖，我一直记在心里。\n"
        "——宋春来\n"
    )
    assert _authors(page) == [[("宋春来", "correspondent")]]


def test_a_unit_and_a_name_after_the_dash_still_credit_the_name():
    page = (
        "我的师傅\n\n二十年前，我刚进厂时，师傅手把手教我看图纸。\n"
        "如今我也带了徒弟，才明白师傅当年的苦心。——汉江机械厂职工 邓晓峰\n"
    )
    assert _authors(page) == [[("邓晓峰", "correspondent")]]


def test_a_quotations_attribution_is_no_credit():
    page = (
        "劳动创造幸福\n\n近年来，各级工会广泛开展劳动竞赛，涌现出一批技术能手。\n"
        "“幸福都是奋斗出来的，劳动最光荣。”——孟繁宇\n"
    )
    assert _authors(page) == [[]]


def test_a_dash_before_a_source_is_no_credit():
    page = (
        "区总工会举办职工书法展\n\n"
        "5月8日，区总工会在区文化馆举办职工书法展，展出作品80幅。——摘自《东港工会》\n"
    )
    assert _authors(page) == [[]]


def test_a_dash_in_the_middle_of_the_text_is_no_credit():
    page = (
        "区总工会举办职工书法展\n\n"
        "5月8日，区总工会举办职工书法展。——这是该区首次举办此类展览，职工踊跃参与，展出作品80幅。\n"
    )
    assert _authors(page) == [[]]
