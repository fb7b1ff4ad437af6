"""A photo item's credit printed with blanks and no colons (``记者 某某 摄影 某某``): the
role word gives the first name, and 摄影 (a mark that is also a key) keys the name after
it, which no mark closes; it no longer closes the first name as the photographer, leaving
the second the reporter's default role. A mark ending the credit (``记者 某某 摄影``), or
one the names after it are closed by (``记者 某某 文 某某 摄``), still closes the names
before it. Invented names (session 39, credits36)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _roles(byline: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_byline(byline)}


def _page_roles(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_sheying_between_names_keys_the_name_after_it() -> None:
    assert _roles("记者 程立伟 摄影 郑曼") == {("程立伟", "reporter"), ("郑曼", "photographer")}
    assert _roles("本报记者 韩冬梅 摄影 孔祥") == {
        ("韩冬梅", "reporter"),
        ("孔祥", "photographer"),
    }


def test_sheying_keys_listed_names_after_it() -> None:
    assert _roles("记者 程立伟 摄影 郑曼、古丽") == {
        ("程立伟", "reporter"),
        ("郑曼", "photographer"),
        ("古丽", "photographer"),
    }


def test_a_photo_items_credit_line_on_a_page() -> None:
    page = (
        "区总工会为环卫工人送上冬至饺子\n"
        "12月21日，在阜新市海州区一处环卫站，区总工会工作人员为环卫工人端上热腾腾的饺子。"
        "当天，海州区总工会开展“冬至送温暖”活动，为200余名户外劳动者送去慰问品。\n"
        "记者 程立伟 摄影 郑曼\n"
    )
    assert _page_roles(page) == {("程立伟", "reporter"), ("郑曼", "photographer")}


def test_sheying_ending_the_credit_still_closes_the_names_before_it() -> None:
    assert _roles("记者 程立伟 摄影") == {("程立伟", "photographer")}


def test_one_photo_mark_after_two_roled_names_still_closes_both() -> None:
    assert _roles("本报记者 程立伟 本报通讯员 郑曼 摄影") == {
        ("程立伟", "photographer"),
        ("郑曼", "photographer"),
    }


def test_a_mark_the_names_after_it_are_closed_by_closes_the_names_before_it() -> None:
    assert _roles("本报记者 霍青 文 骆川 摄") == {("霍青", "reporter"), ("骆川", "photographer")}


def test_with_no_role_word_the_mark_still_closes_the_name_before_it() -> None:
    assert ("程立伟", "photographer") in _roles("程立伟 摄影 郑曼")
