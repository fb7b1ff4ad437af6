"""A profile's sentence opened by a word of time and its comma before the name (如今，
某某是某公司钢筋班班长; 如今，某某现任…) states the person's post as the sentence opened
by the name does; a sentence of no post after such a word gives none. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_COMPANY = "江苏华建建设集团有限公司"


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(body))
    return {(title, org) for person, title, org in positions if person == name}


def test_now_and_the_name_before_the_copula():
    body = f"入行二十年，雷振华从学徒成长为工匠。如今，雷振华是{_COMPANY}钢筋班班长。"
    assert _posts_of("雷振华", body) == {("班长", _COMPANY + "钢筋班")}


def test_now_and_the_name_before_a_mark_of_tenure():
    body = f"入行二十年，雷振华从学徒成长为工匠。如今，雷振华现任{_COMPANY}工会主席。"
    assert _posts_of("雷振华", body) == {("主席", _COMPANY + "工会")}


def test_now_before_a_sentence_of_no_post_gives_none():
    body = f"入行二十年，雷振华从学徒成长为工匠。如今，雷振华是{_COMPANY}的技术骨干。"
    positions = first_article_positions(news_page(body))
    assert not any(title == "技术骨干" for _, title, _ in positions)
