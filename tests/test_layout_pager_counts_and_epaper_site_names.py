"""Session 27 (layout, second pass): two kinds of site chrome still read as text.

A list page's pager that prints only its counts (``第1页 共5页``, ``共 12 条记录 1/3 页``,
``当前第1页 共10页``), with no button word beside them, was taken for the caption of a
photo of the article above it. A paper's digital edition named alone over the page
(``某某工人报数字报刊平台``) was taken for the headline's kicker. Both are furniture;
one count alone, and a sentence naming a page, stay text. All names and events are
invented."""

from __future__ import annotations

import pytest

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

ITEM = (
    "东岭区总工会为环卫工人送清凉\n"
    "7月10日，东岭区总工会来到区环卫中心，为86名环卫工人送去防暑降温用品。\n"
    "区总工会副主席韦晓岚表示，将持续关注户外劳动者。\n"
)


@pytest.mark.parametrize(
    "row",
    ["第1页 共5页", "共 12 条记录 1/3 页", "当前第1页 共10页", "共[36]条记录 当前第[2]页/共[3]页"],
)
def test_a_pagers_row_of_counts_alone_is_furniture_not_a_caption(row):
    assert layout_roles(ITEM + row + "\n")[row] == ("furniture", None)


def test_a_pager_with_angle_buttons_around_its_numbers_is_furniture():
    row = "首页 < 1 2 3 > 尾页"
    assert layout_roles(ITEM + row + "\n")[row] == ("furniture", None)


def test_one_count_alone_or_a_sentence_naming_pages_stays_unread_as_a_pager():
    assert furniture_kind("第3页") is None
    assert furniture_kind("这本手册共有12页，第1页是工会章程。") is None


def test_a_papers_digital_edition_named_alone_is_no_kicker():
    page = "东岭工人报数字报刊平台\n" + ITEM
    roles = layout_roles(page)
    assert roles["东岭工人报数字报刊平台"] == ("furniture", None)
    assert roles["东岭区总工会为环卫工人送清凉"] == ("headline", 0)
