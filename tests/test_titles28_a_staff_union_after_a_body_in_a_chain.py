"""机关工会 printed alone after a body in one chain (某馆一级调研员、机关工会主席) is the union
of that body's own staff (某馆机关工会), as 某馆机关工会 printed whole is: the word 机关
(org_suffixes.yaml office_staff_words) was read as no body, and the post was left at a
bare 工会 no article completes. A chain opening with 机关工会 names no body whose staff
it is, and the chain's bare 工会 after a body keeps its own reading. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_staff_union_after_a_museums_post():
    body = "湖州市博物馆一级调研员、机关工会主席满宏伟出席。"
    assert _posts(body, "满宏伟") == {
        ("一级调研员", "湖州市博物馆"),
        ("主席", "湖州市博物馆机关工会"),
    }


def test_a_staff_union_after_a_federations_post():
    body = "湖州市总工会副主席、机关工会主席满宏伟主持会议。"
    assert _posts(body, "满宏伟") == {
        ("副主席", "湖州市总工会"),
        ("主席", "湖州市总工会机关工会"),
    }


def test_a_bare_union_after_a_works_post_is_the_works_union():
    body = "湖州丝绸厂党委书记、工会主席柴玉梅出席。"
    assert _posts(body, "柴玉梅") == {("党委书记", "湖州丝绸厂"), ("主席", "湖州丝绸厂工会")}


def test_a_staff_union_printed_whole_is_unchanged():
    body = "湖州市总工会机关工会主席满宏伟主持会议。"
    assert _posts(body, "满宏伟") == {("主席", "湖州市总工会机关工会")}
