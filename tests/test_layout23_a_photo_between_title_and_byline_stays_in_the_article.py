"""A city paper's site prints the photo between the title and the text, and the text
opens with a byline line over its dateline (``某报记者 某某 报道`` / ``某报8月1日讯 …``):
the caption and its credit are the article's, the byline and the dateline go on the same
article, as a dateline alone under such a photo does. A byline with no dateline under it,
or a photo item followed by another item's title, changes nothing. Invented text in the
shape of a city paper's 2018 copy."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """\
为一线环卫工人“送清凉” 冰镇西瓜打头阵

2019-08-02 07:05   来源： 海滨网-海滨都市报

“爱心驿站”里，环卫工人吃上冰镇西瓜。本报记者 王正海 摄

  海滨记者 刘晓 王洪 通讯员 李楠 报道

  海滨都市报8月1日讯 岛城持续高温，日前，环卫公司为一线环卫工人送去了防暑降温的“清凉礼包”。

  8月1日上午，记者来到海口路，55岁的环卫工人杨建华正在清扫垃圾。
"""


def test_caption_byline_and_dateline_make_one_article() -> None:
    articles = layout_articles(PAGE)
    assert len(articles) == 1
    roles = [role for role, _ in articles[0]]
    assert roles[:3] == ["headline", "photo_caption", "photo_credit"]
    assert "byline" in roles and "dateline" in roles


def test_a_photo_item_then_another_items_title_stays_two_articles() -> None:
    page = """\
环卫工人吃上冰镇西瓜
“爱心驿站”里，环卫工人吃上冰镇西瓜。本报记者 王正海 摄
市总工会为高温作业职工送清凉
本报记者 刘晓
本报讯 8月1日，市总工会走进建筑工地，为300名高温作业职工送去防暑降温用品。
"""
    articles = layout_articles(page)
    assert len(articles) == 2
    assert ("headline", "市总工会为高温作业职工送清凉") in articles[1]
