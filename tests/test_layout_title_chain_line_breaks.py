"""Session 27 (layout, second pass): a line break inside a chain of titles.

A web copy or a PDF's text layer breaks a line between a body and the post held at it
(``…区委副书记、统战部`` / ``部长某某，…``). The post opened the next line as a word
would, so the paragraph was cut in two (a short first half even read as a headline or a
section heading) and the person lost the body and the posts before the break. The two
lines are one paragraph. A line ending its sentence, or a post alone, is no break. All
names and events are invented."""

from __future__ import annotations

from tests.conftest import layout_roles, page_facts

LONG = (
    "南川区总工会召开劳模座谈会\n"
    "3月5日，南川区总工会召开劳模座谈会，区委副书记、统战部\n"
    "部长钟立平，区总工会主席柯文涛出席会议。\n"
    "会上，10名劳模代表作了交流发言。\n"
)
SHORT = (
    "东岭县总工会开展送温暖活动\n"
    "1月20日，东岭县委常委、县总工会\n"
    "主席邹明远带队走访慰问困难职工。\n"
    "县总工会党组\n"
    "书记、常务副主席秦海燕参加慰问。\n"
    "慰问组为每户送去慰问金和米面油。\n"
)


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    article = page_facts(text).articles[0]
    return {(p.name, p.title, p.organisation_as_written) for p in article.positions}


def test_a_post_broken_from_its_department_keeps_the_department():
    assert ("钟立平", "部长", "区委统战部") in _positions(LONG)
    assert ("钟立平", "副书记", "区委") in _positions(LONG)


def test_a_short_line_cut_before_a_post_is_text_not_a_headline_or_heading():
    roles = layout_roles(SHORT)
    assert roles["东岭县总工会开展送温暖活动"] == ("headline", 0)
    assert roles["1月20日，东岭县委常委、县总工会"] == ("body", 0)
    assert roles["县总工会党组"] == ("body", 0)
    positions = _positions(SHORT)
    assert ("邹明远", "主席", "东岭县总工会") in positions
    assert ("秦海燕", "党组书记", "县总工会") in positions


def test_a_line_ending_its_sentence_or_a_post_alone_is_no_broken_chain():
    from gonghui_build.layout.title_breaks import breaks_title_chain

    assert not breaks_title_chain("…一行来到县总工会。", "主席邹明远介绍了情况。")
    assert not breaks_title_chain("县总工会", "主席")
    assert not breaks_title_chain("大家一起参加活动", "主席邹明远介绍了情况。")


def test_a_post_printed_across_the_break_is_read_whole_and_no_caption():
    page = (
        "南川区总工会召开劳模座谈会\n"
        "3月5日，南川区总工会召开劳模座谈会，市总工会党组成员、副\n"
        "主席葛长青，区委副书记、统战部部\n"
        "长钟立平出席会议。\n"
        "会上，10名劳模代表作了交流发言。\n"
    )
    roles = layout_roles(page)
    assert roles["主席葛长青，区委副书记、统战部部"] == ("body", 0)
    positions = _positions(page)
    assert ("葛长青", "副主席", "市总工会") in positions
    assert ("钟立平", "部长", "区委统战部") in positions
