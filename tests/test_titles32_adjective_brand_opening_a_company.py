"""A company whose brand (字号) is an adjective of the language and opens the clause or a
verb's object, with no place before it (宏远纺织厂厂长, 由繁荣机械有限公司总经理…主持):
jieba reads the brand as an adjective (宏远/a, 繁荣/a), at which the walk left stopped,
cutting the body to its trade and form (纺织厂), so the post lost its body. Invented
names, brands and works."""

from __future__ import annotations

import pytest

from gonghui_build.extract.organisations.opening_brands import word_brand_opening
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions, titled_page

_KEPT = [
    # a word brand opening the sentence stays with the works
    ("宏远纺织厂厂长吕晓川出席会议。", [("吕晓川", "厂长", "宏远纺织厂")]),
    # an adjective brand after a preposition stays with the company
    ("会议由繁荣机械有限公司总经理彭海涛主持。", [("彭海涛", "总经理", "繁荣机械有限公司")]),
    # an adjective brand of a group's union stays with the union
    ("团结化工集团工会主席邵文涛主持会议。", [("邵文涛", "主席", "团结化工集团工会")]),
    # an adjective brand after the visiting verb is the object's
    (
        "市总工会主席顾明远看望了宏远纺织厂厂长吕晓川。",
        [("吕晓川", "厂长", "宏远纺织厂"), ("顾明远", "主席", "市总工会")],
    ),
    # roster lines opening with an adjective brand keep it
    (
        "获奖名单：\n吕晓川　宏远纺织厂厂长\n彭海涛　和谐机械有限公司车间主任",
        [("吕晓川", "厂长", "宏远纺织厂"), ("彭海涛", "车间主任", "和谐机械有限公司")],
    ),
    # an adjective after a place is read as before
    ("北京宏远建设集团总经理彭海涛出席。", [("彭海涛", "总经理", "北京宏远建设集团")]),
    # a verb brand opening a line or a list's item stays with the company
    (
        "出席会议的有：前进纺织厂厂长吕晓川、振兴机械有限公司总经理彭海涛。",
        [("吕晓川", "厂长", "前进纺织厂"), ("彭海涛", "总经理", "振兴机械有限公司")],
    ),
]


@pytest.mark.parametrize(
    ("body", "positions"),
    _KEPT,
    ids=[
        "opening",
        "after_preposition",
        "groups_union",
        "visited",
        "roster",
        "after_place",
        "verb_brand",
    ],
)
def test_a_word_brand_opening_a_company_stays_with_its_body(body, positions):
    found = first_article_positions(titled_page(body))
    for position in positions:
        assert position in found


@pytest.mark.parametrize(
    ("text", "word", "suffix_at"),
    [
        # a state word before a kind of works
        ("慰问困难纺织厂厂长吕晓川。", "困难", "厂厂长"),
        # an adjective before a kind of works with no post after it
        ("，优秀纺织厂陆续投产。", "优秀", "厂陆"),
        # a verb after a comma is the clause's
        ("春节前，慰问纺织厂厂长吕晓川。", "慰问", "厂厂长"),
    ],
    ids=["state_word", "no_post", "verb_after_comma"],
)
def test_a_word_that_is_no_brand_opens_no_body(text, word, suffix_at):
    tokens = tag_tokens(text)
    j = next(i for i, t in enumerate(tokens) if t.word == word)
    assert not word_brand_opening(tokens, j, text, text.index(suffix_at))
