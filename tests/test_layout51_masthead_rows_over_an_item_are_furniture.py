"""A paper's masthead rows copied one to a line over an item — a page label with a
letter and no 第 (``A3版 基层工会``), a date with its weekday and no year (``3月2日
星期四``), the publisher's line (``某某报社出版``) and the CN number (``国内统一刊号CN…``)
— are the page's furniture, no kicker or headline of the item under them (issue 8). A
headline of the same length that opens or ends on the same words stays a headline."""

from __future__ import annotations

import pytest

from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.masthead_rows import is_masthead_row
from tests.conftest import layout_articles, layout_furniture

_ITEM = (
    "青松县总工会举办职工技能大赛\n"
    "本报讯（记者 罗晓航）9月12日，青松县第五届职工职业技能大赛开幕，300余名职工参赛。\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "A3版 基层工会",
        "B2版：职工生活",
        "3月2日 星期四",
        "十二月三十一日 周日",
        "2025 5月9日 星期",  # the year apart, the weekday's numeral lost in copying
        "青松日报社出版",
        "青松工人报社主管主办",
        "国内统一刊号CN11-0001",
        "国内统一刊号 CN11-0001 邮发代号1-1",
    ],
)
def test_a_masthead_row_over_an_item_is_furniture_and_no_kicker(row: str):
    page = row + "\n" + _ITEM
    (article,) = layout_articles(page)
    assert article[0] == ("headline", "青松县总工会举办职工技能大赛")
    assert layout_furniture(page) == [row]


@pytest.mark.parametrize(
    "headline",
    [
        "新版职工书屋开放",  # 版 inside a headline, no lettered page label
        "A3版面改版上线",  # a lettered label's page speaking of its own layout
        "3月2日开工仪式",  # a day with no weekday
        "职工读本正式出版",  # published, by no publisher
        "青松日报社出版新书",  # the publisher's verb going on
        "期刊获国内统一刊号",  # the number's name with no number
    ],
)
def test_a_headline_of_the_same_length_stays_a_headline(headline: str):
    assert not is_masthead_row(headline)
    assert furniture_kind(headline) is None
    (article,) = layout_articles(headline + "\n" + _ITEM.split("\n", 1)[1])
    assert article[0] == ("headline", headline)


def test_a_sentence_about_a_cn_number_is_no_masthead_row():
    assert not is_masthead_row("该刊获得国内统一刊号CN11-0001，正式创刊。")


def test_a_masthead_date_written_as_a_path_is_still_furniture():
    assert is_masthead_row("某某日报/2024年/9月/12日/第003版基层动态")
