"""A headline's deck may list who attended or held the event, names or bodies with no
punctuation between them, then a verb of attendance (``某某 某某 出席并讲话``,
``某总工会 某局 联合主办``). Read backwards from the dateline, the two lines looked like
a kicker over a headline, so the deck became the headline and the headline a kicker.
No headline names only an event's guests: that line is the subtitle. Invented text in
the shape of front pages' meeting reports read in session 45."""

from __future__ import annotations

import pytest

from gonghui_build.layout.decks import lists_attendance
from tests.conftest import layout_articles

DATELINE = "本报讯（记者 林晓彤）7月10日，全市工会工作会议召开。会议总结了上半年工作。\n"


def _roles(text: str) -> list[tuple[str, str]]:
    (article,) = layout_articles(text)
    return [(role, body.strip()) for role, body in article if role != "dateline"]


@pytest.mark.parametrize(
    "deck",
    ["张建国 李明华 王立新 出席并讲话", "张建国、李明华出席", "张建国 李明华等出席"],
)
def test_names_then_a_verb_of_attendance_under_a_headline_are_its_subtitle(deck: str) -> None:
    page = f"第01版：要闻\n全市工会工作会议召开\n{deck}\n{DATELINE}"
    assert _roles(page) == [("headline", "全市工会工作会议召开"), ("subtitle", deck)]


def test_bodies_that_held_the_event_under_a_headline_are_its_subtitle() -> None:
    page = f"第01版：要闻\n劳模工匠进企业活动启动\n市总工会 市人社局 市工信局 联合主办\n{DATELINE}"
    assert _roles(page)[:2] == [
        ("headline", "劳模工匠进企业活动启动"),
        ("subtitle", "市总工会 市人社局 市工信局 联合主办"),
    ]


def test_a_kicker_over_the_headline_stays_the_kicker() -> None:
    deck = "张建国 李明华 出席并讲话"
    page = f"第01版：要闻\n凝心聚力谋发展\n全市工会工作会议召开\n{deck}\n{DATELINE}"
    assert [role for role, _ in _roles(page)] == ["kicker", "headline", "subtitle"]


def test_lines_that_are_no_attendance_deck() -> None:
    assert not lists_attendance("林晓彤 孟可欣")  # names alone: a byline
    assert not lists_attendance("劳模代表出席表彰大会")  # a headline's own clause
    assert not lists_attendance("出席并讲话")  # a verb with nobody before it
    assert not lists_attendance("张建国 李明华 出席全市职工代表大会第三次会议并发表讲话")
