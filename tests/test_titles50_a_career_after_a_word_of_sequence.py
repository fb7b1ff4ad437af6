"""A profile's career goes on after a word of sequence before its pronoun: 某某进入某酒店
当服务员。此后，她曾任某酒店客房部主管 (此后, 后来, 随后: the sentence goes on with the
person the paragraph named, as one opened by a year does). Near miss: a sentence the word
of sequence opens with another subject keeps its own. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_pronoun_after_a_word_of_sequence_takes_up_the_person_named():
    body = (
        "2008年，周晓梅进入青禾湖畔大酒店当服务员。"
        "此后，她曾任青禾湖畔大酒店餐饮部主管，2020年起任青禾湖畔大酒店工会副主席。"
    )
    assert _posts(body, "周晓梅") == {
        ("主管", "青禾湖畔大酒店餐饮部"),
        ("副主席", "青禾湖畔大酒店工会"),
    }


def test_later_with_its_comma_or_without_opens_the_career_too():
    body = "1998年，刘卫东进入青禾机械厂当车工。后来他担任青禾机械厂工会副主席。"
    assert ("副主席", "青禾机械厂工会") in _posts(body, "刘卫东")


def test_a_word_of_sequence_before_another_subject_is_not_the_persons():
    body = "1998年，刘卫东进入青禾机械厂当车工。此后，工友们推选他担任青禾机械厂工会副主席。"
    assert ("副主席", "青禾机械厂工会") not in _posts(body, "刘卫东")
