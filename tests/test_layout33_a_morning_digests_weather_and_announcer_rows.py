"""A union's WeChat morning digest (``工会早知道丨A；B``) prints under its title the day's
weather (``今日，全省多云。最高气温：…℃；最低气温：…℃。``) and the voice reading it aloud
(``播报丨某某工人报AI主播 某某``), sometimes on one line: both are the page's furniture, so
the title heads no article of its own over them and each brief under ``新闻速递`` is one
article. A brief that reports the heat (``当天最高气温达38℃``) stays text. Invented
briefs in the shape of a provincial workers' paper's digest (session 39, layout33)."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_articles

_BRIEFS = (
    "新闻速递\n"
    "11月3日上午，湖州市总工会副主席冯子健带队走访慰问一线环卫工人，为120名环卫工人送去慰问品。\n"
    "11月2日，德清县总工会举办职工篮球联赛，全县16支代表队的200余名职工参赛。\n"
)
_TITLE = "工会早知道丨湖州市总工会走访慰问一线环卫工人；德清县总开展职工篮球联赛\n"
_WEATHER = "今日，全省多云转小雨。最高气温：北部16~18℃，南部18~20℃；最低气温：9~12℃。\n"
_VOICE = "播报丨湖州工人报AI主播 小湖\n"


def test_the_weather_and_the_voice_are_furniture() -> None:
    assert furniture_kind(_WEATHER.strip()) is not None
    assert furniture_kind(_VOICE.strip()) is not None


def test_each_brief_is_one_article_and_none_holds_the_title() -> None:
    articles = layout_articles(_TITLE + _WEATHER + _VOICE + _BRIEFS)
    assert len(articles) == 2
    texts = [t for a in articles for _, t in a]
    assert not any("早知道" in t or "气温" in t or "主播" in t for t in texts)


def test_weather_and_voice_on_one_line() -> None:
    line = _WEATHER.strip() + "播音丨湖州工人报AI主播 小湖"
    assert furniture_kind(line) is not None


def test_a_brief_reporting_the_heat_stays_text() -> None:
    brief = "7月20日，当天最高气温达38℃，市总工会为200名环卫工人送去防暑用品。"
    assert furniture_kind(brief) is None
    assert furniture_kind("今天，市总工会为环卫工人送清凉，气温高达38℃。") is None
