"""A second post of a chain held concurrently (`某某副主任兼县总工会主席`): 兼 notes how the
post is held and opens no county's name (invented people; the shape printed by county
officials' pages, where the county's union is chaired by a deputy head of its congress)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions, news_page


def _bodies(text: str) -> list[str]:
    tokens = tag_tokens(text)
    return [s.written for s in with_model(text, find_org_spans(text, tokens), tokens, [])]


def test_jian_before_a_bare_county_union_is_no_part_of_its_name():
    text = "6月3日，县职工服务中心开工。县人大常委会副主任兼县总工会主席丁晓梅参加调研。"
    assert "兼县总工会" not in _bodies(text)
    positions = first_article_positions(news_page(text))
    assert ("丁晓梅", "主席", "县总工会") in positions


def test_a_county_whose_name_is_a_note_keeps_its_name():
    # 代县 is a county: 代 is no note on the post there
    assert _bodies("6月3日，代县总工会召开全委会。") == ["代县总工会"]
