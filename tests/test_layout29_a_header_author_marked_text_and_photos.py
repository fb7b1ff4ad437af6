"""A web copy's header field ``作者：文/图 某某`` names one writer who took the photos
too: two author rows, as the same byline under a title gives; a header field with no
mark keeps one reporter row. Invented text in the shape of a county union site's item."""

from __future__ import annotations

from tests.conftest import page_facts

_TEXT = [
    "春节前夕，县总工会党组书记、常务副主席鲁佳明带队走访慰问困难职工35户。",
    "鲁佳明叮嘱大家有困难及时向工会反映。",
]


def _roles(header: str) -> set[tuple[str, str]]:
    page = "\n".join(["县总工会开展送温暖活动", header, *_TEXT])
    return {(a.name, a.role.value) for a in page_facts(page).articles[0].authors}


def test_a_header_author_marked_text_and_photos_is_reporter_and_photographer() -> None:
    roles = _roles("2024-01-25 15:32:08  来源：本站原创  作者：文/图 戚云帆  浏览次数：362")
    assert roles == {("戚云帆", "reporter"), ("戚云帆", "photographer")}


def test_a_header_author_closed_by_a_photo_mark_is_the_photographer() -> None:
    roles = _roles("2024-01-25 来源：本站原创 作者：戚云帆 摄")
    assert ("戚云帆", "photographer") in roles


def test_a_header_author_with_no_mark_stays_one_reporter() -> None:
    roles = _roles("2024-01-25 15:32:08  来源：本站原创  作者：戚云帆  浏览次数：362")
    assert roles == {("戚云帆", "reporter")}
