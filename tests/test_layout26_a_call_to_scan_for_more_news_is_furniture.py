"""A page's call to scan its code for more of its news or for a video (``扫码看更多工会新闻``,
``扫码看视频``) is furniture, not a caption of the article above it; a caption saying what
workers scan (``职工扫码签到``) is no such call. Invented lines in the shape read in session
37 (workers' papers' e-paper pages, union posts)."""

from __future__ import annotations

from tests.conftest import block_roles

PAGE = (
    "芜湖市总工会举办新任工会主席培训班\n"
    "本报讯（记者 章婷）11月1日，芜湖市总工会举办新任基层工会主席培训班，一百二十名学员参加培训。\n"
)


def test_calls_to_scan_for_more_are_furniture() -> None:
    roles = block_roles(PAGE + "扫码看更多工会新闻\n扫码看视频\n")
    assert roles["扫码看更多工会新闻"] == "furniture"
    assert roles["扫码看视频"] == "furniture"


def test_a_caption_of_workers_scanning_is_no_furniture() -> None:
    roles = block_roles(PAGE + "图为学员扫码签到。\n")
    assert roles["图为学员扫码签到。"] != "furniture"
