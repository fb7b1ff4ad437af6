"""A company whose brand (字号) is an adjective of the language and opens the clause or a
verb's object, with no place before it (宏远纺织厂厂长, 由繁荣机械有限公司总经理…主持):
jieba reads the brand as an adjective (宏远/a, 繁荣/a), at which the walk left stopped,
cutting the body to its trade and form (纺织厂), so the post lost its body. Invented
names, brands and works."""

from __future__ import annotations

from tests.conftest import first_article_positions


def _page(body: str) -> str:
    return "工会新闻\n" + body + "\n"


def test_an_word_brand_opening_the_sentence_stays_with_the_works():
    found = first_article_positions(_page("宏远纺织厂厂长吕晓川出席会议。"))
    assert ("吕晓川", "厂长", "宏远纺织厂") in found


def test_an_adjective_brand_after_a_preposition_stays_with_the_company():
    found = first_article_positions(_page("会议由繁荣机械有限公司总经理彭海涛主持。"))
    assert ("彭海涛", "总经理", "繁荣机械有限公司") in found


def test_an_adjective_brand_of_a_groups_union_stays_with_the_union():
    found = first_article_positions(_page("团结化工集团工会主席邵文涛主持会议。"))
    assert ("邵文涛", "主席", "团结化工集团工会") in found


def test_an_adjective_brand_after_the_visiting_verb_is_the_objects():
    found = first_article_positions(_page("市总工会主席顾明远看望了宏远纺织厂厂长吕晓川。"))
    assert ("吕晓川", "厂长", "宏远纺织厂") in found
    assert ("顾明远", "主席", "市总工会") in found


def test_roster_lines_opening_with_an_adjective_brand_keep_it():
    found = first_article_positions(
        _page("获奖名单：\n吕晓川　宏远纺织厂厂长\n彭海涛　和谐机械有限公司车间主任")
    )
    assert ("吕晓川", "厂长", "宏远纺织厂") in found
    assert ("彭海涛", "车间主任", "和谐机械有限公司") in found


def test_an_adjective_after_a_place_is_read_as_before():
    found = first_article_positions(_page("北京宏远建设集团总经理彭海涛出席。"))
    assert ("彭海涛", "总经理", "北京宏远建设集团") in found


def test_a_state_word_before_a_kind_of_works_opens_no_body():
    from gonghui_build.extract.organisations.opening_brands import word_brand_opening
    from gonghui_build.text.tokenizer import tag_tokens

    text = "慰问困难纺织厂厂长吕晓川。"
    tokens = tag_tokens(text)
    j = next(i for i, t in enumerate(tokens) if t.word == "困难")
    assert not word_brand_opening(tokens, j, text, text.index("厂厂长"))


def test_an_adjective_before_a_kind_of_works_with_no_post_opens_no_body():
    from gonghui_build.extract.organisations.opening_brands import word_brand_opening
    from gonghui_build.text.tokenizer import tag_tokens

    text = "，优秀纺织厂陆续投产。"
    tokens = tag_tokens(text)
    j = next(i for i, t in enumerate(tokens) if t.word == "优秀")
    assert not word_brand_opening(tokens, j, text, text.index("厂陆"))


def test_a_verb_brand_opening_a_line_or_a_lists_item_stays_with_the_company():
    found = first_article_positions(
        _page("出席会议的有：前进纺织厂厂长吕晓川、振兴机械有限公司总经理彭海涛。")
    )
    assert ("吕晓川", "厂长", "前进纺织厂") in found
    assert ("彭海涛", "总经理", "振兴机械有限公司") in found


def test_a_verb_after_a_comma_is_the_clauses_and_opens_no_brand():
    from gonghui_build.extract.organisations.opening_brands import word_brand_opening
    from gonghui_build.text.tokenizer import tag_tokens

    text = "春节前，慰问纺织厂厂长吕晓川。"
    tokens = tag_tokens(text)
    j = next(i for i, t in enumerate(tokens) if t.word == "慰问")
    assert not word_brand_opening(tokens, j, text, text.index("厂厂长"))
