"""A union's officers' titles of no body (主席某某, 副主席某某) after a headline that names
the union (某县总工会召开全委会) are held at it, as they were without a dateline; a
dateline paragraph of its own between them (本报讯, 本报讯（通讯员 某某）) names no body
and parts nothing. A dateline that names a body, or a body named in the text before the
title, still comes first. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _posts_of(name: str, page: str) -> set[tuple[str, str | None]]:
    article = page_facts(page).articles[0]
    return {
        (p.title_normalised, p.org.name if p.org else None)
        for p in article.positions
        if p.name == name
    }


def test_a_chair_after_a_bare_dateline_is_the_headlines_unions():
    page = "遂溪县总工会召开全委会\n\n本报讯 6月3日，会议召开。主席吴振华作工作报告。\n"
    assert _posts_of("吴振华", page) == {("主席", "遂溪县总工会")}


def test_a_vice_chair_after_a_reporters_dateline_is_the_headlines_unions():
    page = (
        "遂溪县总工会召开十届三次全委会\n\n本报讯（通讯员 陈丽）6月3日，主席吴振华作"
        "工作报告，副主席林志强主持会议。\n"
    )
    assert _posts_of("林志强", page) == {("副主席", "遂溪县总工会")}


def test_without_a_dateline_it_is_read_as_before():
    page = "遂溪县总工会召开全委会\n\n6月3日，会议召开。主席吴振华作工作报告。\n"
    assert _posts_of("吴振华", page) == {("主席", "遂溪县总工会")}


def test_a_union_named_in_the_text_comes_before_the_headlines():
    page = "遂溪县总工会召开全委会\n\n本报讯 6月3日，廉江市总工会来遂溪交流。主席吴振华作介绍。\n"
    assert _posts_of("吴振华", page) == {("主席", "廉江市总工会")}
