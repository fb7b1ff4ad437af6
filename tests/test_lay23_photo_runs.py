"""Untitled photos in a row, each a dated caption over its credit, are items each."""

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """图片新闻
6月3日，青川县总工会为环卫工人送去清凉用品。
本报记者 林木 摄
6月2日，广元市利州区总工会举办职工书画展。
通讯员 白云 摄
"""

GALLERY = """青川县职工运动会开幕
本报讯 6月3日，青川县职工运动会在县体育馆开幕，30支队伍参赛。
6月3日，运动员入场。
本报记者 林木 摄
6月3日，拔河比赛现场。
本报记者 林木 摄
"""


def test_each_credited_photo_is_an_item() -> None:
    assert len(layout(split_blocks(PAGE)).articles) == 2


def test_photos_under_a_headline_stay_the_report_s() -> None:
    assert len(layout(split_blocks(GALLERY)).articles) == 1


UNDATED = """青川工人报  第04版：视觉
2023年6月5日 星期一
6月1日，青川县总工会在县职工之家举办职工读书会。 本报记者 林木 摄
近日，青川县总工会为环卫工人送去清凉用品。图为发放现场。
通讯员 白云 摄
6月2日，广元市利州区总工会举办职工书画展，展出作品120幅。
/ 利州 供图
"""


def test_captions_opening_like_items_are_items_each() -> None:
    assert len(layout(split_blocks(UNDATED)).articles) == 3
