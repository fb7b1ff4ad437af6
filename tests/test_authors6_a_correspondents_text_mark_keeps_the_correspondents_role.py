"""A mark crediting the text after a correspondent's role word (``通讯员 某某 文/图``,
``通讯员 某某/文``, ``——本报记者 某某 通讯员 某某 文/图``) credits the correspondent in
their own role, with the photos where the mark names them: two rows (correspondent,
photographer), as ``（文/图 通讯员 某某）`` has (session 38). Was: the correspondent
read as a reporter. A reporter's mark keeps the reporter's rows; a photo mark alone
(``本报通讯员 某某 摄``) names photographers still. Invented names (session 47, authors6)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors


def _roles(credit: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(credit)]


def test_a_correspondents_text_and_photos() -> None:
    assert _roles("通讯员 龙海波 文/图") == [
        ("龙海波", "correspondent"),
        ("龙海波", "photographer"),
    ]


def test_a_correspondents_text_beside_a_photographers_photos() -> None:
    assert _roles("通讯员 龙海波/文 庞雨/图") == [
        ("龙海波", "correspondent"),
        ("庞雨", "photographer"),
    ]


def test_the_reporter_before_the_correspondent_keeps_the_reporters_row() -> None:
    assert _roles("——本报记者 韦立新 通讯员 龙海波 文/图") == [
        ("韦立新", "reporter"),
        ("龙海波", "correspondent"),
        ("龙海波", "photographer"),
    ]


def test_a_reporters_mark_and_a_photo_mark_are_as_they_were() -> None:
    assert _roles("本报记者 韦立新 文/摄") == [("韦立新", "reporter"), ("韦立新", "photographer")]
    assert _roles("本报记者 韦立新 本报通讯员 龙海波 摄") == [
        ("韦立新", "photographer"),
        ("龙海波", "photographer"),
    ]


def test_a_brief_closed_by_the_correspondents_credit() -> None:
    text = "某镇工会开展安全生产月活动\n6月5日，某镇工会组织辖区企业开展安全生产月宣传活动。\n"
    assert page_authors(text + "（通讯员 龙海波 文/图）\n") == {
        ("龙海波", "correspondent"),
        ("龙海波", "photographer"),
    }
