"""Two briefs' titles that a text layer reads as one line, wide blanks apart
(``东湖区总工会开展女职工健康讲座    西岭县总工会慰问一线抗旱职工``), over their two
datelined texts: each title heads its own brief, the line cut at the gap and the second
title set over the second text (spans still slice the page). Read whole, the first brief
took both titles and the second none. A two-phrase headline one or two blanks apart, two
titles over a single text, or titles naming nothing their texts' leads name again are
left as before. Invented pages in the shape of county columns of provincial workers'
papers' e-paper text layers read in session 42."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from tests.conftest import layout_heads

FIRST = "东湖区总工会开展女职工健康讲座"
SECOND = "西岭县总工会慰问一线抗旱职工"
TEXTS = (
    "本报讯 3月6日，东湖区总工会邀请市妇幼保健院专家为150名女职工开展健康知识讲座。（吕佳宁）\n\n"
    "本报讯 3月7日，西岭县总工会主席魏长河带队走访抗旱一线，慰问职工80余人。（尚文静）\n"
)


def _page(gap: str, texts: str = TEXTS) -> str:
    return f"县区简讯\n\n{FIRST}{gap}{SECOND}\n\n{texts}"


def test_each_title_heads_its_own_brief():
    for gap in ("    ", "\u3000\u3000", "\t"):
        assert layout_heads(_page(gap)) == [[("headline", FIRST)], [("headline", SECOND)]]


def test_the_titles_spans_slice_the_page():
    page = _page("      ")
    parsed = parse_page(page_from_bytes("p.txt", page.encode()))
    heads = [p for p in parsed.paragraphs if p.role == "headline"]
    assert [page[p.page_start : p.page_end] for p in heads] == [FIRST, SECOND]
    assert [p.article for p in heads] == [0, 1]


def test_a_two_phrase_headline_a_blank_apart_stays_whole():
    heads = layout_heads(_page(" "))
    assert heads[0] == [("headline", f"{FIRST} {SECOND}")]


def test_two_titles_over_a_single_text_stay_one_head():
    single = TEXTS.split("\n\n")[0] + "\n"
    heads = layout_heads(_page("    ", single))
    assert len(heads) == 1
    assert FIRST not in [t for _, t in heads[0]]


def test_titles_their_texts_do_not_name_are_not_parted():
    other = TEXTS.replace("东湖区总工会邀请", "市总工会邀请")
    assert [t for _, t in layout_heads(_page("    ", other))[0]] != [FIRST]
