"""A credit closing an item whose reporter is the paper's app's (``（某某工人报客户端记者某某
实习生某某 某某）``): a workers' daily's app copy reposted by a provincial news site signs
so, its trainees after the reporter. The app's name before 记者 was no paper's name to the
layout, so the bracket stayed in the text and its names were lost; it is the item's
credit, every name a reporter (ANNOTATION.md: 实习生 signs as a reporter). Invented names
(session 40, credits37)."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import page_authors

HEAD = "城关区总工会开展夏送清凉慰问活动\n"
TEXT = "7月15日，城关区总工会主席赵德明带队走访建筑工地，为200余名一线职工送去防暑降温物资。"


def test_an_apps_reporter_and_trainees_on_a_line_of_their_own() -> None:
    page = HEAD + TEXT + "\n（甘肃工人报客户端记者周文涛 实习生王思琪 李若溪）\n"
    assert page_authors(page) == {
        ("周文涛", "reporter"),
        ("王思琪", "reporter"),
        ("李若溪", "reporter"),
    }


def test_an_apps_reporter_closing_the_last_sentence() -> None:
    page = HEAD + TEXT + "（工人日报客户端记者 周文涛）\n"
    assert page_authors(page) == {("周文涛", "reporter")}


def test_the_bracket_is_a_credit_line() -> None:
    assert is_credit_line("（甘肃工人报客户端记者周文涛 实习生王思琪 李若溪）")
    assert is_credit_line("（工人日报客户端记者 周文涛）")


def test_a_bracket_about_an_app_is_no_credit() -> None:
    assert not is_credit_line("（扫码下载甘肃工人报客户端）")
    assert not is_credit_line("（本文由甘肃工人报客户端记者采写）")
