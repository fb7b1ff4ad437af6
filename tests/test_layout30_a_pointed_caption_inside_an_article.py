"""Photos in a headlined article captioned under a pointer (``▲选手们在焊工项目比赛中认真
操作。``, ``▲市总工会领导为获奖选手颁奖。`` over ``某某 摄``): captions of the article's
photos, not body paragraphs, when they follow the article's text (or another caption)
and a photo credit follows them, or they are one short sentence with no comma, no date
and no union. A digest's items keep being read as items: under a column's title, under
another item, or reports (a date, a comma, a union as the subject). Was: each caption a
body paragraph. Invented text in the shape of workers' papers' photo news (session 38,
layout30)."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = (
    "某市举办职工技能大赛\n"
    "本报讯（记者 陈丽清）10月15日，某市第五届职工职业技能大赛在市高级技工学校开幕，"
    "来自全市48家企业的300余名选手参加电工、焊工等6个项目的角逐。\n"
)


def _roles(text: str) -> list[tuple[str, str]]:
    return [(role, plain) for article in layout_articles(text) for role, plain in article]


def test_a_short_pointed_sentence_under_the_text_is_a_caption() -> None:
    roles = _roles(HEAD + "▲选手们在焊工项目比赛中认真操作。\n")
    assert ("photo_caption", "▲选手们在焊工项目比赛中认真操作。") in roles


def test_a_pointed_sentence_over_a_photo_credit_is_a_caption() -> None:
    roles = _roles(HEAD + "▲市总工会领导为获奖选手颁奖。\n郑小红 摄\n")
    assert ("photo_caption", "▲市总工会领导为获奖选手颁奖。") in roles
    assert ("photo_credit", "郑小红 摄") in roles


def test_two_captions_in_a_row_and_a_short_one() -> None:
    roles = _roles(HEAD + "▲选手们认真操作。\n▲领导为获奖选手颁奖。\n")
    assert [r for r, _ in roles[-2:]] == ["photo_caption", "photo_caption"]


def test_the_captions_are_the_articles() -> None:
    articles = layout_articles(HEAD + "▲选手们在焊工项目比赛中认真操作。\n")
    assert len(articles) == 1


def test_a_digests_items_under_its_title_stay_items() -> None:
    articles = layout_articles(
        "工会动态\n▲职工们在焊工项目比赛中认真操作。\n▲某厂职工参加义务献血活动。\n"
    )
    assert all(role != "photo_caption" for a in articles for role, _ in a)


def test_a_union_s_report_under_the_text_is_no_caption() -> None:
    roles = _roles(HEAD + "▲某厂工会开展安全生产竞赛活动。\n")
    assert ("photo_caption", "▲某厂工会开展安全生产竞赛活动。") not in roles


def test_a_dated_report_with_its_credit_is_no_caption() -> None:
    roles = _roles(HEAD + "▲近日，某区总工会组织职工开展消防演练。（王立群）\n")
    assert all(role != "photo_caption" for role, _ in roles)


def test_a_companys_short_report_under_the_text_is_no_caption() -> None:
    roles = _roles(HEAD + "▲某集团举办职工运动会。\n")
    assert ("photo_caption", "▲某集团举办职工运动会。") not in roles
