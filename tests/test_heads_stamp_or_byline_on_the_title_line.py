"""A title's line that goes on with its page's stamp (a day and its time, no field word
before it: a city paper's archive prints ``标题 2003年06月12日 00:41:15``) or with its
byline after a square (a district e-paper's ``标题   □记者 某某 报道``) is cut in two:
the headline is the title alone, the stamp furniture, the byline the article's
(issue 8; session 34, read on real pages). Invented pages in those shapes."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_meta import title_tail_start
from tests.conftest import layout_articles

ARCHIVE = (
    "吕文海会见外省工会考察团 2003年06月12日 00:41:15\n"
    "樊小军\n"
    "|\n"
    "本报讯昨日下午，市总工会主席吕文海在滨海宾馆会见了外省工会考察团一行。"
    "考察团此行的目的是学习职工服务中心建设经验。（樊小军）\n"
)

EPAPER = (
    "前一版 2023年06月14日\n\n"
    "新区职工运动会开幕 陈志远出席   □记者 柯晓文 报道\n"
    "  本报6月13日讯 今天上午，新区第五届职工运动会在体育中心开幕。"
    "新区工委副书记陈志远出席开幕式并宣布运动会开幕。\n"
    "  本届运动会设田径、拔河、跳绳等12个项目，2400余名职工参赛。\n"
)


def test_a_stamp_closing_the_title_line_is_cut_off_the_headline():
    (article,) = layout_articles(ARCHIVE)
    assert ("headline", "吕文海会见外省工会考察团") in article
    assert ("headline", "樊小军") not in article


def test_a_squared_byline_closing_the_title_line_is_the_byline():
    (article,) = layout_articles(EPAPER)
    assert ("headline", "新区职工运动会开幕 陈志远出席") in article
    assert ("byline", "□记者 柯晓文 报道") in article


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("全市职工技能大赛决赛举行 2019年5月", id="a_day_and_no_time"),
        pytest.param("新区职工运动会开幕 □精彩看点", id="words_after_a_square_naming_nobody"),
        # a WeChat post's header row: the account, its author and the time, furniture whole
        pytest.param("某某工会 某某工会 2024-03-09 18:05", id="fields_set_apart_before_a_stamp"),
    ],
)
def test_a_title_line_with_no_stamp_or_byline_to_cut_stays_whole(line):
    assert title_tail_start(line) is None
