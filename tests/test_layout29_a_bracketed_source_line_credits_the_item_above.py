"""A site's source line in brackets under an item (``（本文来源：某工会 作者：某某）``)
is furniture that names the item's writer: the author of the item it closes, not of
the next item, and read without its closing bracket. A header line over an item still
credits the item after it. Invented items in the shape of a city union site's news."""

from __future__ import annotations

from tests.conftest import page_facts

_FIRST = [
    "市建设工会开展安全生产月宣传咨询活动",
    "6月15日，市建设工会联合市住建局在地铁工地开展宣传咨询活动，向建筑工人发放安全手册600余份。",
    "市建设工会主席单志恒参加活动，并为项目部职工讲授安全生产第一课。",
]
_SECOND = [
    "市教育工会举办青年教师演讲比赛",
    "6月18日，市教育工会在市第二中学举办青年教师演讲比赛，来自全市的32名青年教师参赛。",
    "市教育工会副主席卜晓婷为获奖教师颁奖。",
]


def _authors(lines: list[str]) -> list[set[str]]:
    return [{a.name for a in art.authors} for art in page_facts("\n".join(lines)).articles]


def test_a_bracketed_source_line_names_the_writer_of_the_item_it_closes() -> None:
    authors = _authors([*_FIRST, "（本文来源：市建设工会 作者：芮秋实）", *_SECOND])
    assert authors == [{"芮秋实"}, set()]


def test_a_bracketed_source_line_closing_the_page_credits_its_last_item() -> None:
    assert _authors([*_FIRST, "（本文来源：市建设工会 作者：芮秋实）"]) == [{"芮秋实"}]


def test_a_header_line_over_an_item_still_credits_the_item_after_it() -> None:
    authors = _authors([*_FIRST, "来源：市教育工会 作者：芮秋实", *_SECOND])
    assert authors == [set(), {"芮秋实"}]
