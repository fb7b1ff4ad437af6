"""An e-paper page's editor row printed behind a byline's square (``■本版编辑：某某
■校对：某某``, ``□责任编辑：某某``) is furniture, as the row with no square is: no
kicker of the headline under it. A reporter's credit behind the square (``■本报记者
某某``) and a sentence about an editorial office stay what they were. Invented rows in
the shape of a county paper's e-paper page."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page


def test_an_editor_row_behind_squares_is_closing_furniture() -> None:
    kind = furniture_kind("■本版编辑：阮一鸣  ■校对：华晓")
    assert kind is not None and kind.closing


def test_an_editor_key_behind_a_hollow_square_is_furniture() -> None:
    assert furniture_kind("□责任编辑：阮一鸣") is not None


def test_an_editor_row_over_a_headline_is_no_kicker() -> None:
    lines = [
        "■本版编辑：阮一鸣  ■校对：华晓",
        "县总工会举办职工健步走活动",
        "本报讯（记者 缪青青）10月20日，县总工会举办职工健步走活动，1200余名职工参加。",
        "活动全程8公里，沿途设置了多个打卡点和补给站。",
    ]
    parsed = parse_page(page_from_bytes("p.txt", "\n".join(lines).encode()))
    roles = [(p.role, p.text) for p in parsed.paragraphs]
    assert roles[0][0] == "furniture"
    assert ("headline", "县总工会举办职工健步走活动") in roles
    assert not any(role == "kicker" for role, _ in roles)


def test_a_reporters_credit_behind_a_square_is_no_furniture() -> None:
    assert furniture_kind("■本报记者 毛静") is None


def test_a_sentence_behind_a_square_about_an_editorial_office_is_no_furniture() -> None:
    assert furniture_kind("■编辑部的同志们深入车间，了解职工的需求。") is None
