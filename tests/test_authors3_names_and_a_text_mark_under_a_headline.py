"""Names under a headline closed by a mark that credits the text (``某某 文/图``,
``某某 图文``, ``某某 某某 文``), with no square before them, as an e-paper's text layer
or a forum's repost prints an e-paper's ``□某某 文/图``: the article's byline, not
furniture. Invented text in the shape of a district union's news."""

from __future__ import annotations

from tests.conftest import page_authors

HEAD = "区工会开展夏送清凉活动\n"
BODY = """\
7月8日，临川区总工会走访建筑工地，为一线职工送去防暑用品。
区总工会副主席贾慕云带队慰问。
"""


def test_a_name_and_text_and_photos_mark_credits_both_roles() -> None:
    assert page_authors(HEAD + "伍晓岚 文/图\n" + BODY) == {
        ("伍晓岚", "reporter"),
        ("伍晓岚", "photographer"),
    }


def test_a_name_spaced_from_its_pictures_and_text_word() -> None:
    assert page_authors(HEAD + "伍晓岚  图文\n" + BODY) == {
        ("伍晓岚", "reporter"),
        ("伍晓岚", "photographer"),
    }


def test_two_names_and_a_text_mark_are_reporters() -> None:
    assert page_authors(HEAD + "伍晓岚 程暮雨 文\n" + BODY) == {
        ("伍晓岚", "reporter"),
        ("程暮雨", "reporter"),
    }
