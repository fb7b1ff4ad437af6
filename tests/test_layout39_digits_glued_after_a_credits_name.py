"""An OCR'd text layer glues a number read in the same line (a page's or a photo's) to a
byline's last name (``本报记者某某12``): the name is the credit's, the digits none of it,
as when a blank parts them (``本报记者 某某 12``). Invented bylines in the shape of
e-paper text layers read in session 41."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _names(byline: str) -> list[tuple[str, str]]:
    return [(a.name, byline[a.start : a.end]) for a in parse_byline(byline)]


def test_digits_glued_to_the_name_are_no_part_of_it():
    assert _names("本报记者郑海鸥12") == [("郑海鸥", "郑海鸥")]
    assert _names("本报记者 郑海鸥12") == [("郑海鸥", "郑海鸥")]


def test_the_second_name_of_a_credit_sheds_its_digits_too():
    assert _names("记者 邵立群 韩雪5") == [("邵立群", "邵立群"), ("韩雪", "韩雪")]


def test_a_page_with_the_glued_byline_credits_its_reporter():
    page = (
        "全市百万职工劳动竞赛推进会召开\n本报记者郑海鸥12\n"
        "本报讯 昨日，全市劳动竞赛推进会召开，市总工会副主席赵建军出席并讲话。\n"
    )
    authors = page_facts(page).articles[0].authors
    assert [(a.name, a.role.value) for a in authors] == [("郑海鸥", "reporter")]


def test_a_dateline_with_its_day_is_read_as_before():
    assert _names("新华社北京5月12日电（记者 刘明）") == [("刘明", "刘明")]
