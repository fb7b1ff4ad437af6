"""A photo of another county set between two news items of an e-paper page: after a brief
whose only paragraph runs on after its dateline (``本报讯 8月8日，…``), or printed as a
paragraph with no ``图为``, one sentence opening with its day over a photographer's credit
(``8月10日，某县…。`` / ``某某 摄``). Either is an item of its own with no headline (the
annotation's rule: a photo item with a subject of its own is an article), as a ``图为``
caption after a longer item already was. A photo of a place the item names, a paragraph
of more than one sentence, or a closing paragraph under a writer's credit (no ``摄``)
stays the item's. Invented pages in the shape of provincial workers' papers' e-pages read
in session 43 (layout43)."""

from __future__ import annotations

from tests.conftest import layout_articles

TOP = "第02版：新闻\n"
REPORT = (
    "临江市总工会举办职工篮球赛\n"
    "本报讯（记者 唐一鸣）8月12日，临江市总工会第十届职工篮球赛开幕，全市32支球队参赛。\n"
    "比赛为期10天。\n"
)
BRIEF = (
    "石湾区工会驿站上新\n"
    "本报讯（通讯员 何远帆）近日，石湾区总工会为辖区18个工会驿站配备了冷柜和急救包。\n"
)
NEXT = "建设者之家揭牌\n本报讯 8月8日，白河县总工会在县城重点工程工地建成“建设者之家”。\n"


def test_a_captioned_photo_after_a_one_paragraph_brief_is_an_item() -> None:
    photo = "图为8月9日，嘉善县职工在“职工之家”练习书法。\n梁宜君 摄\n"
    articles = layout_articles(TOP + BRIEF + photo + NEXT)
    assert len(articles) == 3
    assert ("body", "图为8月9日，嘉善县职工在“职工之家”练习书法。") in articles[1]
    assert all(role in ("body", "photo_credit") for role, _ in articles[1])


def test_a_dated_paragraph_over_a_photo_credit_of_another_county_is_an_item() -> None:
    photo = "8月10日，德清县总工会组织劳模工匠走进职业学校，与学生面对面交流技艺。\n本报通讯员 郭子涵 摄\n"
    articles = layout_articles(TOP + REPORT + photo + NEXT)
    assert len(articles) == 3
    assert [role for role, _ in articles[1]] == ["body", "photo_credit"]
    assert ("body", "比赛为期10天。") in articles[0]


def test_a_dated_photo_of_the_items_own_place_stays_the_items() -> None:
    photo = "8月12日，临江市总工会职工篮球赛开幕式现场。\n本报记者 唐一鸣 摄\n"
    assert len(layout_articles(TOP + REPORT + photo + NEXT)) == 2


def test_a_closing_paragraph_under_a_writers_credit_stays_the_items() -> None:
    tail = "8月10日，德清县总工会也将举办同类比赛。\n（何远帆）\n"
    assert len(layout_articles(TOP + REPORT + tail + NEXT)) == 2


def test_a_dated_paragraph_of_two_sentences_over_a_photo_credit_stays_the_items() -> None:
    tail = (
        "8月10日，德清县总工会代表队也赶来观摩。双方约定明年再赛，"
        "共同推动两地职工体育交流不断走向深入。赛事得到各方好评。\n本报通讯员 郭子涵 摄\n"
    )
    assert len(layout_articles(TOP + REPORT + tail + NEXT)) == 2
