"""县总工会会同县人社局: the verb 会同 ('together with') between two bodies, glued by
jieba to the level word after it (会同县, also the name of a county of Hunan), joins
two bodies: the level word opens the next body's short form, and the article names no
county 会同县. The county printed after no body (会同县总工会) stays the county.
Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_bureau_after_the_verb_huitong_is_the_bare_level_words_body():
    found = first_article_resolved("县总工会会同县人社局、县财政局开展春风行动。")
    assert not any("会同" in name for name in found)
    assert "县总工会" in found
    assert "县人力资源和社会保障局" in found


def test_the_verb_huitong_after_a_named_federation_completes_from_its_county():
    found = first_article_resolved("平江县总工会会同县发改局在高新区举办劳动竞赛启动仪式。")
    assert "平江县总工会" in found
    assert "平江县发展和改革局" in found
    assert not any("会同" in name for name in found)


def test_the_county_huitong_opening_a_sentence_stays_the_county():
    found = first_article_resolved("会同县总工会组织开展金秋助学活动。")
    assert "会同县总工会" in found
