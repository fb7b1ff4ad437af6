"""A broadcaster's city site prints the photo between the title and the dateline: the
image's file name with the CMS's default alt text glued before it
(``图片默认标题_fororder_9f72…``), then the caption and its credit. The file name is
furniture, so the caption stays under the title and the dateline goes on the same
article. Invented text in the shape of such a site's union news."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

PAGE = """\
分享

重庆市职工网上技能竞赛落幕
巴渝网  2019-12-20 15:02:03

图片默认标题_fororder_a1b2c3d4-5e6f-7a8b-9c0d-112233445566

2019年重庆市职工网上技能竞赛总结表彰大会现场  记者 赵晓明摄

  巴渝网12月20日14时15分讯  今年6月起，重庆市总工会启动网上劳动和技能竞赛。20日，市总工会对活动中表现突出的单位和个人进行表彰。

  全市参赛单位达到260个，参赛职工达35万人次。（记者 赵晓明）
"""


def test_the_photo_between_title_and_dateline_keeps_one_article() -> None:
    articles = layout_articles(PAGE)
    assert len(articles) == 1
    roles = [role for role, _ in articles[0]]
    assert roles[0] == "headline"
    assert "dateline" in roles and "photo_caption" in roles


def test_the_image_file_name_is_furniture() -> None:
    roles = block_roles(PAGE)
    assert roles["图片默认标题_fororder_a1b2c3d4-5e6f-7a8b-9c0d-112233445566"] == "furniture"


def test_a_sentence_naming_an_order_is_text() -> None:
    page = PAGE.replace(
        "  全市参赛单位",
        "  竞赛按报名先后排序，参赛单位的作品编号为fororder顺序号。\n\n  全市参赛单位",
    )
    roles = block_roles(page)
    line = next(k for k in roles if k.startswith("竞赛按报名"))
    assert roles[line] == "body"
