"""A metro paper's web copy prints a photo's caption first, under the paper's 讯 and
with no reporters (``某报讯 图为表彰大会现场``), then the item's real dateline with its
reporters. Read in session 18 on a provincial metro paper's copy on a news portal (the
caption line opened an item of its own) and in the tuning set real_dev8 made in its shape
(invented text here). The caption line is the photo's caption of the one item; a dateline
with its reporters opens an item whatever follows it."""

from __future__ import annotations

from gonghui_build.layout.cues import is_xun_caption
from tests.conftest import layout_roles

PAGE = (
    "青禾晚报讯 图为劳模表彰大会现场\n"
    "青禾晚报讯（记者 邬明辉 通讯员 闵晓）5月2日，青禾市劳动模范表彰大会在市会堂举行，"
    "90名市劳动模范受到表彰。\n"
    "记者了解到，受表彰者中一线职工有60名。\n"
)


def test_a_papers_xun_over_a_caption_alone_is_a_caption():
    assert is_xun_caption("青禾晚报讯 图为劳模表彰大会现场")
    assert is_xun_caption("本报讯 图为职工在技能比赛中。")


def test_a_dateline_with_reporters_or_text_after_the_caption_is_no_caption():
    assert not is_xun_caption("本报讯（记者 邬明辉）图为职工在技能比赛中。")
    assert not is_xun_caption("本报讯 图为慰问现场。近日，市总工会走访了一线职工，送去慰问品。")
    assert not is_xun_caption("本报讯 近日，市总工会走访了一线职工。")


def test_the_caption_under_the_xun_and_the_item_are_one_article():
    roles = layout_roles(PAGE)
    assert {article for _, article in roles.values()} == {0}
    assert roles["青禾晚报讯 图为劳模表彰大会现场"][0] == "photo_caption"
    assert roles["记者了解到，受表彰者中一线职工有60名。"][0] == "body"
