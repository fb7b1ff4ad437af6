"""The head of a labour inspection detachment (市劳动保障监察支队支队长某某): 支队长 is a
title (``titles.yaml``; it was read as 队长 with no body), and the corps' name is read
whole (``org_suffixes.yaml`` joined_departments), not cut at 保障 (監察支队 alone). A
traffic police detachment's head is read so too. Invented names."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_orgs, first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "近日，临江市劳动保障监察支队支队长王力带队检查工地。",
            {("支队长", "临江市劳动保障监察支队")},
        ),
        (
            "近日，临江市岭南区劳动保障监察大队大队长王力带队检查工地。",
            {("大队长", "临江市岭南区劳动保障监察大队")},
        ),
        ("近日，临江市交警支队支队长王力带队检查。", {("支队长", "临江市交警支队")}),
        ("近日，临江市交警支队副支队长王力带队检查。", {("副支队长", "临江市交警支队")}),
    ],
)
def test_a_detachments_head_is_held_at_it(body, expected):
    assert _posts(body, "王力") == expected


def test_the_corps_is_read_whole():
    body = "近日，临江市总工会和临江市劳动保障监察支队联合检查工地。"
    assert "临江市劳动保障监察支队" in first_article_orgs(body)


def test_a_head_named_after_the_detachment_takes_it():
    body = "近日，临江市交警支队开展检查。支队长王力介绍了情况。"
    assert _posts(body, "王力") == {("支队长", "临江市交警支队")}


def test_a_team_leader_is_unchanged():
    body = "临江建工集团第三项目部施工队队长王力介绍了情况。"
    assert {t for t, _ in _posts(body, "王力")} == {"队长"}
