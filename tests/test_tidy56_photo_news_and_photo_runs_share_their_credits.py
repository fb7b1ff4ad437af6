"""A page of photo news (:mod:`photo_news`: photos credited on their own line) and a run
of untitled photos (:mod:`photo_runs`: captions each over its credit) are one shape read
twice: they take the same credit lines (``shapes.PHOTO_CREDITS``, as the other rules that
read a photo by its credit do) and the same fewest photos (``PHOTO_PAGE_MIN``: one photo
is the article it is, two or more are items each)."""

from __future__ import annotations

from gonghui_build.layout import caption_items, context, photo_news, photo_runs, subject_photos
from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from gonghui_build.layout.shapes import PHOTO_CREDITS, Shape

#: Invented photos: a dated caption over its credit line each.
_PHOTOS = [
    ("5月8日，河西县总工会为快递员送去防暑用品。", "本报记者 杨帆 摄"),
    ("5月9日，河西县总工会举办职工象棋赛。", "通讯员 秦川 摄"),
    ("5月10日，河西县总工会开展职工义诊。", "本报记者 杨帆 摄"),
]


def _page(count: int) -> str:
    lines = ["图片新闻"]
    for caption, credit in _PHOTOS[:count]:
        lines += [caption, credit]
    return "\n".join(lines) + "\n"


def test_the_credit_lines_are_one_definition() -> None:
    assert set(PHOTO_CREDITS) == {Shape.CREDIT, Shape.END_CREDIT}
    for module in (photo_runs, caption_items, subject_photos, context):
        assert module.PHOTO_CREDITS is PHOTO_CREDITS


def test_the_fewest_photos_are_one_definition() -> None:
    assert photo_runs.PHOTO_PAGE_MIN is photo_news.PHOTO_PAGE_MIN


def test_one_photo_is_one_article_and_more_are_items_each() -> None:
    fewest = photo_news.PHOTO_PAGE_MIN
    assert len(layout(split_blocks(_page(fewest - 1))).articles) == 1
    for count in range(fewest, len(_PHOTOS) + 1):
        assert len(layout(split_blocks(_page(count))).articles) == count
