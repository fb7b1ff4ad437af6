"""An old paper's archive text layer prints an article's deck over its dateline, and the
subtitle under the headline is often a sentence that sums the story up: one line of
text right under the head and right over the dateline is the head's subtitle, not a
first paragraph after which the dateline opens a second, headless article (session 14,
invented text in the shape of real archive pages)."""

from __future__ import annotations

from tests.conftest import layout_roles

DECK_PAGE = (
    "1986年4月30日某某日报 第1版\n"
    "各行各业先进人物聚会青禾\n"
    "青禾集会庆祝“五一”国际劳动节\n"
    "市领导出席大会。大会号召全市职工发扬主人翁精神，为四化建设建功立业\n"
    "本报青禾4月29日讯 青禾市今天集会庆祝“五一”国际劳动节，三千多名职工出席大会。\n"
    "市总工会主席周明远在大会上讲话，号召全市职工在改革中当好主力军。\n"
)


def test_a_one_line_summary_under_the_headline_is_its_subtitle():
    roles = layout_roles(DECK_PAGE)
    assert roles["青禾集会庆祝“五一”国际劳动节"] == ("headline", 0)
    assert roles["市领导出席大会。大会号召全市职工发扬主人翁精神，为四化建设建功立业"] == (
        "subtitle",
        0,
    )


BRIEFS_AFTER = (
    "青禾市总工会举办象棋赛\n"
    "青禾市总工会日前举办职工象棋赛，八十名职工参赛。\n"
    "本报讯 江州区总工会日前为一线职工送去清凉饮品两千箱。\n"
)


def test_the_dateline_under_the_summary_goes_on_the_same_article_but_a_briefs_text_stays():
    roles = layout_roles(DECK_PAGE + BRIEFS_AFTER)
    dateline = "本报青禾4月29日讯 青禾市今天集会庆祝“五一”国际劳动节，三千多名职工出席大会。"
    assert roles[dateline] == ("dateline", 0)
    assert roles["青禾市总工会日前举办职工象棋赛，八十名职工参赛。"] == ("body", 1)
    assert roles["本报讯 江州区总工会日前为一线职工送去清凉饮品两千箱。"] == ("dateline", 2)
