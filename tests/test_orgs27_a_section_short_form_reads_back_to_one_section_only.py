"""段工会主席某某 is the union of the one railway section the article named before
(test_orgs26_a_railway_sections_union_by_its_short_form); where it named two (a locomotive
and a rolling-stock section's joint contest, a traffic section's station beside another
section, a mixed section jieba knows no word for), 段 says not which, and the nearest was
read, making a union the page never names. Now the post is left without a body there.
The same section under two spellings (with its bureau group, without) is one section.
Near misses: one section still reads back; a section named only after the short form, or
on another article of the page, names none. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page, page_facts


def test_two_sections_named_leave_the_post_without_a_body():
    body = "白河机务段与青山车辆段联合开展技术比武。段工会主席刘振海在现场致辞。"
    assert ("刘振海", "主席", None) in first_article_positions(news_page(body))
    assert first_article_resolved(body) == {"白河机务段", "青山车辆段"}


def test_a_station_under_a_second_section_leaves_it_too():
    text = news_page("白河机务段和青山车务段大营车站开展联合演练。段工会主席刘振海观摩。")
    assert ("刘振海", "主席", None) in first_article_positions(text)


def test_a_mixed_section_named_last_is_a_second_section():
    text = news_page("白河机务段与北区综合段开展结对共建。段工会主席刘振海讲话。")
    assert ("刘振海", "主席", "白河机务段工会") not in first_article_positions(text)


def test_one_section_under_two_spellings_is_one():
    text = news_page(
        "中国铁路郑州局集团有限公司郑州工务段开展慰问。郑州工务段党委书记张立出席。"
        "段工会主席李国庆带队。"
    )
    held = {org for name, _, org in first_article_positions(text) if name == "李国庆"}
    assert held and all(org and org.endswith("郑州工务段工会") for org in held)


def test_one_section_still_reads_back():
    text = news_page("白河机务段运用车间主任杨伟、段工会主席刘振海来到调车场。")
    assert ("刘振海", "主席", "白河机务段工会") in first_article_positions(text)


def test_a_section_named_only_after_names_none():
    text = news_page("段工会主席刘振海一行来到白河机务段运用车间慰问乘务员。")
    assert ("刘振海", "主席", None) in first_article_positions(text)


def test_a_section_on_another_article_names_none():
    text = (
        "某某简讯\n\n本报讯 白河机务段工会开展亲子活动。副主席周敏出席。\n\n又讯\n\n"
        "本报讯 市总工会开展慰问。段工会主席刘振海出席活动。\n"
    )
    second = page_facts(text).articles[1]
    assert all(not o.resolved or "机务段" not in o.resolved.name for o in second.orgs)
