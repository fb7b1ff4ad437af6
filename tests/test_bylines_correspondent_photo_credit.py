"""A photo credit of the paper's correspondent on a line of its own under a printed
paper's photo item (``本报通讯员 某某 摄``) is the photo's credit: ``本报通讯员`` opens no
dispatch (``本报某地讯``), so the credit opens no new article (session 14, invented text
in the shape of real e-paper pages)."""

from __future__ import annotations

from gonghui_build.layout.cues import dateline_prefix
from tests.conftest import layout_roles

PHOTO_ITEM = (
    "驿站里的体检日\n"
    "3月8日，青禾市东城区职工服务驿站为二十名环卫女工免费体检。\n"
    "体检由区总工会联系的社区医院医生完成，每人还领到一份健康手册。\n"
    "本报通讯员 林晓秋 摄\n"
)


def test_the_correspondents_photo_credit_opens_no_dispatch():
    assert dateline_prefix("本报通讯员 林晓秋 摄") is None
    assert dateline_prefix("本报通讯员林晓秋摄") is None
    assert dateline_prefix("本报青禾讯 3月5日，青禾市总工会召开全委会。") == "本报青禾讯 "


def test_a_photo_items_correspondent_credit_is_its_photo_credit_not_a_new_article():
    roles = layout_roles(PHOTO_ITEM)
    assert roles["驿站里的体检日"] == ("headline", 0)
    assert roles["本报通讯员 林晓秋 摄"] == ("photo_credit", 0)
