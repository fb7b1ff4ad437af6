"""Session 27 (layout): a union site's gallery (``某某工作掠影``, a year's work in photos)
prints under its title nothing but dated captions, each with its photographer's credit
after it (``…开幕。某某 摄``) or under a credit standing over it. The last caption, with no
text after it, used to be read as the article's text (one body paragraph, or two). Every
caption of a gallery is a caption. A photo news item (one captioned photo alone) stays
its text, and a report's captions between its paragraphs stay captions. All names and
events are invented."""

from __future__ import annotations

from tests.conftest import layout_roles

GALLERY = (
    "凝心聚力谱新篇——北塘市工会上半年工作掠影\n"
    "2024年07月18日10:05  来源：北塘职工网\n"
    "4月28日，北塘市庆祝“五一”国际劳动节暨劳模表彰大会举行。葛小川 摄\n"
    "5月16日，北塘市总工会在河西区举办职工乒乓球联赛开幕式。褚一凡 摄\n"
    "6月12日，北塘市总工会举办女职工创业能力提升培训班，50名女职工参加培训。葛小川 摄\n"
)


def _roles(page: str) -> list[tuple[str, str]]:
    return [(text, role) for text, (role, _) in layout_roles(page).items()]


def test_every_caption_of_a_gallery_is_a_caption():
    body = [text for text, role in _roles(GALLERY) if role == "body"]
    assert body == []


def test_a_gallery_whose_first_credit_stands_over_its_caption():
    page = GALLERY.replace("4月28日", "葛小川 摄\n4月28日").replace("举行。葛小川 摄", "举行。", 1)
    body = [text for text, role in _roles(page) if role == "body"]
    assert body == []


def test_one_captioned_photo_alone_stays_its_items_text():
    page = (
        "北塘市职工乒乓球联赛开幕\n"
        "5月16日，北塘市总工会在河西区举办职工乒乓球联赛开幕式，32支代表队参赛。褚一凡 摄\n"
    )
    roles = layout_roles(page)
    assert (
        roles["5月16日，北塘市总工会在河西区举办职工乒乓球联赛开幕式，32支代表队参赛。"][0]
        == "body"
    )


def test_a_reports_text_under_its_captioned_photos_stays_text():
    page = GALLERY + "上半年，北塘市各级工会共开展职工文体活动120余场，参与职工3万余人次。\n"
    body = [text for text, role in _roles(page) if role == "body"]
    assert body == ["上半年，北塘市各级工会共开展职工文体活动120余场，参与职工3万余人次。"]
