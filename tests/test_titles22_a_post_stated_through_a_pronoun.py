"""A post a feature states of its person through a pronoun opening a later sentence
(某某从学徒成长为工匠。他如今是某公司钢筋工班长; 如今，她是…; 他现任…) is the person's,
when the paragraph names that one person before the pronoun. Two people before it, a
pronoun after 说，, or a clause that states no post give no one a post. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_COMPANY = "江苏华建建设集团有限公司"


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_trade_and_post_after_he_now_is():
    body = f"入行二十年，雷振华从一名普通学徒成长为工匠。他如今是{_COMPANY}钢筋工班长，带出了一百多名徒弟。"
    assert _posts_of("雷振华", body) == {("钢筋工班长", _COMPANY)}


def test_a_post_after_now_and_she_is():
    body = f"入行二十年，柳春燕从一名普通学徒成长为工匠。如今，她是{_COMPANY}钢筋班班长。"
    assert _posts_of("柳春燕", body) == {("班长", _COMPANY + "钢筋班")}


def test_a_post_after_he_holds_now():
    body = f"入行二十年，雷振华从一名普通学徒成长为工匠。他现任{_COMPANY}工会主席。"
    assert _posts_of("雷振华", body) == {("主席", _COMPANY + "工会")}


def test_two_people_before_the_pronoun_give_no_post():
    body = f"雷振华和师傅周海明一起来到工地。他如今是{_COMPANY}钢筋工班长。"
    positions = first_article_positions(news_page(body))
    assert not any(title == "钢筋工班长" for _, title, _ in positions)


def test_a_pronoun_after_a_reported_speaker_gives_no_post():
    body = f"入行二十年，雷振华从一名普通学徒成长为工匠。他说，他现在是{_COMPANY}钢筋班班长。"
    assert _posts_of("雷振华", body) == set()


def test_a_clause_stating_no_post_gives_none():
    body = "入行二十年，雷振华从一名普通学徒成长为工匠。他是一名普通的钢筋工，带出了一百多名徒弟。"
    assert _posts_of("雷振华", body) == set()
