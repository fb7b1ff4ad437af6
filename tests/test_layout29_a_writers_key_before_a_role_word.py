"""A byline that keys the writer and then says in what capacity (``文/本报记者 某某
图/某某``, ``文/通讯员 某某 图/某某``): the writer in the role word's role, the
photographer after 图/ in theirs. The slash key before a role word was read as a mark
closing the names before it, so each name took the other's role. Keys with no role word
read as before. Invented bylines in the shape of workers' papers' feature pages."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _roles(byline: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(byline)]


def test_a_text_key_then_a_reporters_role_word_and_a_photo_key() -> None:
    assert _roles("文/本报记者 蒲嘉言 图/程晓东") == [
        ("蒲嘉言", "reporter"),
        ("程晓东", "photographer"),
    ]


def test_a_text_key_then_a_correspondents_role_word_gives_a_correspondent() -> None:
    assert _roles("文/通讯员 蒲嘉言 图/程晓东") == [
        ("蒲嘉言", "correspondent"),
        ("程晓东", "photographer"),
    ]


def test_a_photo_key_then_a_role_word_stays_the_photographer() -> None:
    assert _roles("图/本报记者 程晓东") == [("程晓东", "photographer")]


def test_keys_with_no_role_word_read_as_before() -> None:
    assert _roles("文/蒲嘉言 图/程晓东") == [("蒲嘉言", "reporter"), ("程晓东", "photographer")]


def test_a_keyed_byline_under_a_headline_credits_the_article() -> None:
    page = "\n".join(
        [
            "区总工会举办职工摄影培训班",
            "文/通讯员 蒲嘉言 图/程晓东",
            "6月3日，区总工会在区职工服务中心举办职工摄影培训班，60余名职工参加培训。",
            "培训邀请市摄影家协会会员冷一帆授课，讲解了构图、用光等摄影技巧。",
        ]
    )
    authors = {(a.name, a.role.value) for a in page_facts(page).articles[0].authors}
    assert authors == {("蒲嘉言", "correspondent"), ("程晓东", "photographer")}
