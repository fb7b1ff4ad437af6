"""A news item closed by its own photo and then by a photo of another county (``图为区总工会…``
/ ``本报记者 某某 摄`` / ``图为延庆区…`` / ``通讯员 某某 摄``): the first photo is the item's
caption, the second a photo item of its own (issue 8; ANNOTATION.md: a photo item with a
subject of its own is an article). Two photos of the item's own place stay its captions."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = (
    "密云区总工会开展送清凉活动\n"
    "本报讯 7月20日，密云区总工会走进重点工程项目工地，为一线建筑工人送去矿泉水、毛巾等防暑物品。\n"
    "图为区总工会工作人员为建筑工人送上防暑物品。\n"
    "本报记者 罗晓航 摄\n"
)
OTHER_COUNTY = HEAD + "图为延庆区总工会干部为环卫工人送上绿豆汤。\n通讯员 韩书宁 摄\n"
SAME_PLACE = HEAD + "图为密云区总工会干部为环卫工人送上绿豆汤。\n通讯员 韩书宁 摄\n"
DATED_CAPTION = HEAD + "7月18日，延庆区总工会干部为环卫工人送上绿豆汤。\n通讯员 韩书宁 摄\n"


def test_another_countys_photo_after_the_items_own_is_an_item_of_its_own():
    item, photo = layout_articles(OTHER_COUNTY)
    assert ("photo_caption", "图为区总工会工作人员为建筑工人送上防暑物品。") in item
    assert photo[0] == ("body", "图为延庆区总工会干部为环卫工人送上绿豆汤。")
    assert photo[-1] == ("photo_credit", "通讯员 韩书宁 摄")


def test_two_photos_of_the_items_own_place_stay_its_captions():
    (item,) = layout_articles(SAME_PLACE)
    assert ("photo_caption", "图为密云区总工会干部为环卫工人送上绿豆汤。") in item


def test_another_countys_caption_opening_with_its_day_is_an_item_of_its_own_too():
    _item, photo = layout_articles(DATED_CAPTION)
    assert photo[0] == ("body", "7月18日，延庆区总工会干部为环卫工人送上绿豆汤。")
