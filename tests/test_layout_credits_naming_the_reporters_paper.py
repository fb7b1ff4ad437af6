"""A credit in brackets at an item's end whose role word carries a grade or the name of
the paper, station or media centre the reporter writes for (``（某某职工报记者 某某）``,
``（见习记者 某某）``, ``（某某县融媒体中心记者 某某 报道）``): a page that prints another
paper's copy keeps that paper's name, and a county's or a city's copy grades its
reporters. Read as a credit, it closes its item as its byline and gives the item its
author; before session 23 it stayed in the text, its reporter lost. Invented text in the
shapes of real e-paper and web pages."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_credit_line
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from tests.conftest import layout_roles, page_facts

# A page printing a neighbouring paper's item, its reporter's credit on a line of its own,
# then an item of the page's own paper.
PAGE = (
    "青禾市二十名职工获评技术能手\n"
    "记者日前从青禾市总工会了解到，全市今年有二十名职工被评为市级技术能手。\n"
    "青禾电机厂装配车间班长林一鸣等二十人获此称号。\n"
    "（江州职工报记者 孟立翔）\n"
    "厂里来了女工小屋\n"
    "青禾纺织厂工会在三个车间各建起一间女工小屋，备有沙发和常用药品。\n"
)


def test_a_reporters_paper_or_grade_before_the_role_word_still_makes_a_credit():
    assert is_credit_line("（江州职工报记者 孟立翔）")
    assert is_credit_line("（见习记者 方小禾）")
    assert is_credit_line("（首席记者 林晓秋 通讯员 何川）")
    assert is_credit_line("（青禾区融媒体中心记者 林秋 报道）")
    assert is_credit_line("（记者 林晓秋 见习记者 方小禾）")


def test_a_bracket_about_a_reporter_is_no_credit():
    assert not is_credit_line("（据江州职工报记者调查）")
    assert not is_credit_line("（江州职工报记者采访劳模）")
    assert not is_credit_line("（青禾县融媒体中心记者站供稿说明）")


def test_the_credit_closes_its_item_and_the_next_title_heads_a_new_one():
    roles = layout_roles(PAGE)
    assert roles["（江州职工报记者 孟立翔）"] == ("byline", 0)
    assert roles["厂里来了女工小屋"] == ("headline", 1)


def test_a_credit_run_into_the_last_sentence_is_split_off_as_the_items_byline():
    text = (
        "江州工会开办职工夜校\n"
        "江州机床厂工会开办职工夜校，首期八十名青年职工报名学习。（江州职工报记者 孟立翔）\n"
    )
    parsed = parse_page(page_from_bytes("night_school.txt", text.encode("utf-8")))
    roles = {p.text.strip(): p.role for p in parsed.paragraphs}
    assert roles.get("（江州职工报记者 孟立翔）") == "byline"
    assert roles.get("江州机床厂工会开办职工夜校，首期八十名青年职工报名学习。") == "body"
    article = page_facts(text).articles[0]
    assert "孟立翔" in {a.name for a in article.authors}
    assert "孟立翔" not in {p.name for p in article.people}
