"""A bracket closing an item with a paper's, a station's or a media centre's name and then a
name (``（某某日报 某某）``, ``（某某区融媒体中心 某某）``): a union's site reposting a city
daily's copy credits its reporter so. The name with no role word was read as a union's
correspondent, its unit before it; a paper's name says it is the paper's reporter. A unit's
name before the name (厂工会, 社区) keeps the correspondent, and a role word in the bracket
says the role. Invented names (session 40, credits37)."""

from __future__ import annotations

from tests.conftest import page_authors

HEAD = "城关区总工会开展夏送清凉慰问活动\n"
TEXT = "7月15日，城关区总工会主席赵德明带队走访建筑工地，为200余名一线职工送去防暑降温物资。"


def _authors(credit: str, own_line: bool = True) -> set[tuple[str, str]]:
    page = HEAD + TEXT + ("\n" if own_line else "") + credit + "\n"
    return page_authors(page)


def test_a_dailys_name_makes_the_name_its_reporter() -> None:
    assert _authors("（兰州日报 郭建新）") == {("郭建新", "reporter")}
    assert _authors("（兰州日报 郭建新）", own_line=False) == {("郭建新", "reporter")}


def test_every_name_after_the_papers_name_is_its_reporter() -> None:
    assert _authors("（兰州晚报 郭建新 田晓燕）") == {
        ("郭建新", "reporter"),
        ("田晓燕", "reporter"),
    }


def test_a_media_centres_and_a_workers_papers_name() -> None:
    assert _authors("（城关区融媒体中心 郭建新）") == {("郭建新", "reporter")}
    assert _authors("（兰州工人报 郭建新）") == {("郭建新", "reporter")}


def test_a_units_name_keeps_the_correspondent() -> None:
    assert _authors("（城关区总工会 郭建新）") == {("郭建新", "correspondent")}
    assert _authors("（东岗社区 郭建新）", own_line=False) == {("郭建新", "correspondent")}


def test_a_role_word_says_the_role() -> None:
    assert _authors("（兰州日报 通讯员 郭建新）") == {("郭建新", "correspondent")}


def test_a_tv_stations_name_on_the_credits_own_line() -> None:
    assert _authors("（城关区广播电视台 郭建新）") == {("郭建新", "reporter")}
    assert _authors("（城关区电视台 郭建新）") == {("郭建新", "reporter")}
