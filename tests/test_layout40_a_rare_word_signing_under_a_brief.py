"""An old paper's writer signing under a brief on a line of their own with a name that
is also a rare word of the dictionary (``…值得推广。`` / ``白阳`` / the next item's
headline): the name is the item's end credit, as a name of a surname's shape is and as
the same word in brackets is (``（长河）``). Read as a photo's caption, it ran the next
item on as a section of the first. A common word there (a column's ``简讯``, a kicker's
``聚焦``) or a place (``延庆``) still heads what follows. Invented items in the shape of
a 1990s–2000s provincial workers' paper's pages read in session 41."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from tests.conftest import page_facts

FIRST = (
    "全总检查组来我省考察\n\n"
    "本报讯 6月8日下午，全国总工会经济工作部一行到某研究所检查工会群众生产工作，"
    "认为该所的工作有很好的基础，值得推广。\n"
)
SECOND = (
    "我们喜爱这张报纸\n\n"
    "编辑同志：多年来，我们厂历任工会主席都十分重视本报的订阅工作。\n"
    "明年的征订份数要再增加50%。\n"
)


def _page(line: str) -> str:
    return f"{FIRST}{line}\n\n{SECOND}"


def _heads(line: str) -> list[list[str]]:
    parsed = parse_page(page_from_bytes("p.txt", _page(line).encode()))
    return [
        [p.text for p in parsed.paragraphs_of(a.index) if p.role == "headline"]
        for a in parsed.articles
    ]


def test_a_rare_word_name_alone_under_a_brief_closes_it():
    assert _heads("白阳") == [["全总检查组来我省考察"], ["我们喜爱这张报纸"]]


def test_the_rare_word_name_is_the_briefs_correspondent():
    authors = [
        [(a.name, a.role.value) for a in art.authors] for art in page_facts(_page("白阳")).articles
    ]
    assert authors[0] == [("白阳", "correspondent")]


def test_a_common_word_or_a_place_there_closes_nothing():
    for line in ("简讯", "延庆", "聚焦"):
        parsed = parse_page(page_from_bytes("p.txt", _page(line).encode()))
        roles = {p.text: p.role for p in parsed.paragraphs}
        assert roles[line] != "byline"
