"""Session 26 (layout6): an old paper's briefs sign each item with a writer's given name
or pen name alone in brackets, a word of the dictionary (``…办起了夜校。（春江）``,
``（春雨）``), read on a real page of a provincial workers' paper of the 1980s. It used to
be no credit (a dictionary word, like a note): the item ran on into the next, and a
credit on its own line became furniture or a caption. It is the item's credit. Notes in
brackets (``（掌声）``, ``（摘编）``) and places (``（朝阳）``) are not. All names and units
are invented."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start, is_credit_line
from tests.conftest import layout_roles, page_facts

BRIEFS = (
    "青溪县总工会于三月十日请九家纺织厂的工会主席谈厂务公开的做法。（罗言）\n"
    "白河县总工会为矿区青工办起了夜校，首批学员八十人。（春江）\n"
    "东岭机械厂工会领导前往敬老院看望退休职工，并赠送了生活用品。（葛一川、苗青）\n"
)


def test_briefs_signed_with_a_pen_name_are_one_article_each():
    assert len(page_facts(BRIEFS).articles) == 3


def test_a_pen_name_on_its_own_line_closes_its_bulleted_item():
    page = (
        "工会动态\n"
        "△白河县总工会为矿区青工办起了夜校，首批学员八十人。\n"
        "（春江）\n"
        "△东岭机械厂工会领导前往敬老院看望退休职工。\n"
        "（春雨）\n"
    )
    roles = layout_roles(page)
    assert roles["（春江）"] == ("byline", 0)
    assert roles["（春雨）"] == ("byline", 1)


def test_a_pen_name_after_the_last_sentence_is_a_credit():
    text = "矿区青工的夜校开学了。（春江）"
    assert end_credit_start(text) == text.index("（")
    assert is_credit_line("（春雨）")


def test_notes_and_places_in_brackets_are_no_credit():
    for note in ("（掌声）", "（摘编）", "（朝阳）", "（会场）", "（转载）"):
        assert end_credit_start(f"大家要把工作做好。{note}") is None, note


def test_a_word_in_brackets_inside_a_sentence_is_no_credit():
    assert end_credit_start("他被选为工会副主席（兼职）") is None


def test_a_bodys_office_in_brackets_closes_the_item_as_its_credit():
    page = (
        "东岭街道建成两处户外劳动者驿站\n"
        "近日，东岭街道工会在辖区建成两处户外劳动者驿站，配备饮水机、微波炉等设施。\n"
        "（青溪区总工会办公室）\n"
    )
    assert layout_roles(page)["（青溪区总工会办公室）"] == ("byline", 0)
