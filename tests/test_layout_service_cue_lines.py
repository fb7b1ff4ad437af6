"""A service cue (热线, 电话, 发行, 地址 …) makes a line furniture only in a field's shape:
a short label with a field's value, or a bare label alone (issues 8 and 13). Invented
lines in the shapes of union-site headlines and papers' service footers."""

import pytest

from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.service_lines import is_service_line
from gonghui_build.text.chars import without_spaces


@pytest.mark.parametrize(
    "headline",
    [
        "青河区职工摄影作品集出版发行",  # a headline ending on 发行
        "区总工会公布职工维权热线",  # ending on 热线
        "12351热线：守在职工身边的一条线",  # a hotline's number names the subject
        "维权热线：有求必应暖人心",  # a label's shape, no field's value
        "新建驿站启用 服务热线 方便职工",  # the cue before a blank, no value
    ],
)
def test_headline_ending_on_a_service_cue_is_not_furniture(headline: str) -> None:
    assert furniture_kind(headline) is None


@pytest.mark.parametrize(
    "line",
    [
        "服务热线：12351",
        "读者服务热线：65100000",
        "发行热线:63500001 广告热线:63500002",
        "地址：青河区长桥路18号 邮编：100001",
        "联系人：林某",  # a cue whose value is text
        "投稿邮箱：news@example",
        "维权热线12351",  # a phone number glued to its label
        "联系电话：",  # a bare label over its number
        "基层传真",  # a column's banner: a bare label
    ],
)
def test_service_field_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None
    assert is_service_line(without_spaces(line), line)


def test_short_number_glued_to_a_label_is_no_phone() -> None:
    assert not is_service_line("热线3条", "热线3条")


def test_long_label_with_a_phone_number_is_a_footer() -> None:
    line = "青河日报集团读者监督投诉电话:66660000"
    assert furniture_kind(line) is not None


def test_long_label_with_text_after_its_colon_is_a_headline() -> None:
    line = "青河区总工会职工法律服务热线：周末也有人接听"
    assert furniture_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "（本报热线：66660001）",  # a field in brackets
        "【服务热线】12351",
        "电话/传真：010-66660002",  # two cues parted by a slash
        "咨询电话 6666 0003",  # a phone number with a blank inside it
        "24小时服务热线：12351",  # digits in the label, a phone after it
        "联系人 林某",  # a text cue's value after a blank
        "主办：青河区总工会；电话：66660004",  # a field after a semicolon
        "12351职工热线",  # a hotline's banner: its number and a bare label
    ],
)
def test_service_field_in_a_footers_other_shapes_is_furniture(line: str) -> None:
    assert furniture_kind(line) is not None


def test_label_with_digits_and_a_short_number_in_its_text_is_a_headline() -> None:
    assert furniture_kind("12351热线：3年接听职工来电上万个") is None


def test_long_line_ending_on_a_cue_after_a_number_is_no_banner() -> None:
    assert furniture_kind("12351职工服务热线全年无休守护职工") is None
