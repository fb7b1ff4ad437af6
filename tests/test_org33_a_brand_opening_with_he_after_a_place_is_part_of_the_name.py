"""``黄岩和美医院``: a hospital whose brand is 和美 ('harmony and beauty') after its place;
jieba cuts 黄岩|和|美|医院 and the walk stopped at the conjunction, leaving 美医院, a body
of one character no text prints. The brand opens with 和, so the name runs from the
place (shape of a district union's site; text and people invented, the place real)."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = "5月3日，首场职工读书分享会举行，市劳动模范、黄岩和美医院护士长林素芬领读。"


def test_the_hospital_keeps_its_place_and_brand():
    found = first_article_resolved(_BODY)
    assert "黄岩和美医院" in found
    assert "美医院" not in found


def test_the_head_nurse_is_at_the_whole_hospital():
    assert ("林素芬", "护士长", "黄岩和美医院") in first_article_positions(news_page(_BODY))


def test_a_level_word_after_the_conjunction_opens_a_body_of_its_own():
    found = first_article_resolved("5月3日，黄岩区总工会和区医院联合举办义诊活动。")
    assert "黄岩区总工会" in found
    assert not any("总工会和" in name for name in found)
