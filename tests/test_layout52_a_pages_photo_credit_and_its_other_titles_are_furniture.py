"""A printed page's own lines (issue 8): who supplied all its photos (``本版图片由某某提供``)
heads no item, and the list of the page's other titles under an item (``本版其他文章``
and its titles) is furniture, no caption of the item above it. Invented page."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_furniture

TOP = "第03版：基层\n"
FIRST = (
    "南湖区总工会举办职工书法比赛\n"
    "本报讯（记者 苏明远）5月6日，南湖区总工会在区职工服务中心举办职工书法比赛，"
    "来自32家基层工会的120名职工参赛。\n"
    "比赛分硬笔、软笔两个组别，共评出一等奖6名。\n"
)
SECOND = (
    "江北区工会驿站新增医疗箱\n"
    "本报讯（通讯员 韩立秋）近日，江北区总工会为辖区40个工会驿站配备了医疗箱。\n"
)
PHOTOS = "本版图片由南湖区总工会提供\n"
OTHERS = "本版其他文章\n西城区职工乒乓球赛落幕\n东湖街道工会举办读书会\n"


def test_a_pages_photo_credit_between_items_heads_no_item():
    page = TOP + FIRST + PHOTOS + SECOND
    _first, second = layout_articles(page)
    assert [t for role, t in second if role == "headline"] == ["江北区工会驿站新增医疗箱"]
    assert "本版图片由南湖区总工会提供" in layout_furniture(page)


def test_the_list_of_the_pages_other_titles_is_no_caption_of_the_item_above():
    page = TOP + FIRST + SECOND + OTHERS
    _first, second = layout_articles(page)
    assert all(role != "photo_caption" for role, _t in second)
    furniture = layout_furniture(page)
    assert "本版其他文章" in furniture
    assert "东湖街道工会举办读书会" in furniture
