"""A photo page prints each photo under its title with one caption paragraph and a credit
(``本报记者 某某 摄``, ``（通讯员 某某 摄）``, ``文/图 某某``). The gold reads such items
``other`` whatever the credit (real_dev21, real_dev23, real_dev30, real_dev32); the reporter's
credit made the titled ones features. Invented page in that shape."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """第08版：图片新闻
2023年4月20日 星期四
春耕时节农机手比技能
4月18日，青禾县总工会在县农机站举办农机手技能比武，30名农机手参赛。图为选手驾驶拖拉机过障碍。
本报记者 方远 摄
工地上的“流动书屋”
4月16日，青禾县总工会把“流动书屋”开进县城北新区工地，为建筑工人送去图书500册。
（通讯员 沈一凡 摄）
"""

ARTICLE = """春耕时节农机手比技能
本报记者 方远
4月18日，青禾县总工会在县农机站举办农机手技能比武，30名农机手参赛。
比武设犁地、播种两个项目，县农机站的技师担任评委。
"""


def test_each_titled_photo_item_is_kind_other():
    kinds = [a.kind for a in layout(split_blocks(PAGE)).articles]
    assert kinds == ["other", "other"]


def test_a_reporters_article_of_text_stays_a_feature():
    kinds = [a.kind for a in layout(split_blocks(ARTICLE)).articles]
    assert kinds == ["feature"]
