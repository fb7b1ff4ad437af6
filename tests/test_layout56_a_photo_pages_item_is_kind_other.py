"""A photo page's untitled item, one paragraph closed by the photo's credit (``8月1日，某区
总工会…。`` / ``本报记者 某某 摄``, ``/ 某地 供图``), is of kind ``other``, however its
caption opens (a day's date makes text news, not a photo's caption); an item with a
dateline stays a news item. Invented text in the shape of a provincial workers' paper's
photo page."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """\
某省工人报  第04版：视觉
2023年8月4日 星期五
8月1日，某市某区总工会在户外劳动者驿站为环卫工人、快递员送上绿豆汤和防暑药品。 本报记者 钱晓雨 摄
7月28日，某县总工会举办家政服务员技能培训班，60名家政服务员参加为期5天的培训。 /某县 供图
"""


def test_each_photo_item_is_kind_other() -> None:
    kinds = [a.kind for a in layout(split_blocks(PAGE)).articles]
    assert kinds == ["other", "other"]


def test_a_dated_item_with_a_dateline_stays_news() -> None:
    text = PAGE.replace("8月1日，某市", "本报讯 8月1日，某市")
    kinds = [a.kind for a in layout(split_blocks(text)).articles]
    assert kinds[0] == "news_item"
