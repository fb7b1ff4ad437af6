"""Two reporters' names of two characters, each padded by a blank to a column's width
and parted by a comma or 、 (``本报记者 韩 明，庞 亮``), are two names in a line the
layout reads as a byline or a dateline: the comma is read as a blank, so each name joins
across its own blank only. Was: the comma glued 明 to 庞 and the byline credited no one.
The rule is narrow (authors6's wider cut read body lines as names and was backed out):
it needs a reporter's or correspondent's role word before the names, a surname and one
character in each, and no title in the line; a body's leaders, a list of titled people
and a prize list keep their commas. Invented names (session 47, authors7)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.byline_tokens import spaced_names_apart
from gonghui_build.extract.bylines import parse_byline
from tests.conftest import news_page, page_authors


def _names(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(spaced_names_apart(byline))]


@pytest.mark.parametrize(
    "byline",
    [
        "本报记者 韩 明，庞 亮",
        "本报记者 韩 明、庞 亮",
        "（记者 韩 明，庞 亮）",
        "本报记者：韩 明，庞 亮",
    ],
)
def test_padded_names_parted_by_a_comma_after_a_role_word_are_two_reporters(byline: str) -> None:
    assert _names(byline) == [("韩明", "reporter"), ("庞亮", "reporter")]


def test_the_comma_is_blanked_in_place_so_each_name_is_found_where_it_is_printed() -> None:
    byline = "本报记者 韩 明，庞 亮"
    assert len(spaced_names_apart(byline)) == len(byline)
    found = parse_byline(spaced_names_apart(byline))
    assert [byline[a.start : a.end] for a in found] == ["韩 明", "庞 亮"]


def test_a_correspondent_after_the_padded_reporters_keeps_his_role() -> None:
    assert _names("本报讯（记者 韩 明，庞 亮 通讯员 方 圆）") == [
        ("韩明", "reporter"),
        ("庞亮", "reporter"),
        ("方圆", "correspondent"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "区委书记 韩 明，区长 庞 亮出席",  # a body's leaders: titles, no role word
        "区委书记 韩 明，区长 庞 亮",
        "区总工会主席 韩 明，副主席 庞 亮",  # a list of titled people
        "一等奖 韩 明，庞 亮",  # a prize list: no role word
        "记者 韩 明，庞 亮 区委书记",  # a title in the line
        "本报记者 韩明，庞 亮",  # one name unpadded: not the padded shape
    ],
)
def test_a_line_that_is_no_padded_credit_keeps_its_commas(line: str) -> None:
    assert spaced_names_apart(line) == line


def test_the_article_under_the_byline_has_both_reporters() -> None:
    text = "一线职工的新年愿望\n本报记者 韩 明，庞 亮\n新年将至，记者走进某建筑工地，倾听一线职工的新年愿望。\n"
    assert page_authors(text) == {("韩明", "reporter"), ("庞亮", "reporter")}


def test_a_datelines_padded_reporters_are_credited() -> None:
    text = "某区召开工会工作会议\n\n本报讯（记者 韩 明、庞 亮）某区总工会日前召开工作会议。\n"
    assert page_authors(text) == {("韩明", "reporter"), ("庞亮", "reporter")}


def test_a_body_line_of_leaders_credits_no_reporter() -> None:
    body = "某区总工会召开全委会。\n区委书记 韩 明，区长 庞 亮出席会议并讲话。\n"
    assert page_authors(news_page(body)) == set()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("本报记者 王 小明，周亮", [("王小明", "reporter"), ("周亮", "reporter")]),
        ("（记者 王 小明，周 亮）", [("王小明", "reporter"), ("周亮", "reporter")]),
        ("本报记者 王 小明、李 小红", [("王小明", "reporter"), ("李小红", "reporter")]),
    ],
)
def test_a_padded_name_of_three_before_a_comma_keeps_its_surname(
    byline: str, names: list[tuple[str, str]]
) -> None:
    assert _names(byline) == names


@pytest.mark.parametrize(
    "line",
    ["本报记者 王 小明，周亮出席", "本报记者 王 小明，周亮，李红", "副主席 王 小明，周亮"],
)
def test_a_name_of_three_before_a_comma_in_no_padded_credit_keeps_the_comma(line: str) -> None:
    assert spaced_names_apart(line) == line


def test_a_role_word_closing_a_longer_word_opens_no_padded_credit() -> None:
    assert spaced_names_apart("优秀通讯员 韩 明，庞 亮，方 圆") == "优秀通讯员 韩 明，庞 亮，方 圆"
    assert spaced_names_apart("本报讯记者 韩 明，庞 亮") == "本报讯记者 韩 明 庞 亮"


def test_an_honours_list_under_a_headline_credits_no_author() -> None:
    text = "一线职工的新年愿望\n优秀通讯员 韩 明，庞 亮，方 圆\n新年将至，记者走进某建筑工地。\n"
    assert page_authors(text) == set()
