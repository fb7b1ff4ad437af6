"""Bylines on real pages list their names with 、 (新华社记者某某、某某某, （张某、方某）,
某某日报讯 甲某某、乙某报道) and print an agency's or a site's name glued to the role
word and the name (新华社记者某某, 工人日报—中工网记者某某): each listed name is an
author in the byline's role, and the agency before 记者 is no title of a signed
article. Invented names, papers and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def _people(text: str) -> set[str]:
    return {p.name for art in page_facts(text).articles for p in art.people}


def test_reporters_listed_with_a_pause_mark_under_an_agency_dateline_are_each_a_reporter():
    text = (
        "青禾港务集团举行职工技能比武\n\n"
        "新华社青禾5月3日电\n"
        "新华社记者樊立原、叶晓鸥\n\n"
        "3日，青禾港务集团工会举办第三届职工技能比武，120名职工参加比赛。"
    )
    assert _authors(text) == {("樊立原", "reporter"), ("叶晓鸥", "reporter")}


def test_an_agency_name_glued_to_the_reporter_word_is_no_title():
    text = (
        "青禾港务集团举行职工技能比武\n\n"
        "新华社记者樊立原\n\n"
        "3日，青禾港务集团工会举办第三届职工技能比武，120名职工参加比赛。"
    )
    assert _authors(text) == {("樊立原", "reporter")}


def test_a_site_and_its_paper_glued_to_the_role_word_give_the_reporter():
    text = (
        "青禾市总工会开展夏送清凉活动\n\n"
        "中工网讯（工人日报—中工网记者陶明远 通讯员孔令溪）7月12日，青禾市总工会"
        "走访建筑工地，为一线职工送去防暑降温用品。"
    )
    assert _authors(text) == {("陶明远", "reporter"), ("孔令溪", "correspondent")}


def test_names_listed_in_a_closing_credit_are_each_a_correspondent_not_people():
    text = (
        "青禾区总工会开展普法宣传\n\n"
        "本报讯 日前，青禾区总工会在职工驿站开展普法宣传，发放宣传材料800余份。"
        "（章华宁、方俊杰）"
    )
    assert _authors(text) == {("章华宁", "correspondent"), ("方俊杰", "correspondent")}
    assert not _people(text) & {"章华宁", "方俊杰"}


def test_names_listed_before_a_glued_report_mark_after_a_paper_dateline_are_reporters():
    text = (
        "青禾市首届职工技能运动会开赛\n\n"
        "青禾工人日报讯 毛晨阳、姚蕾报道 近日，青禾市首届职工技能运动会在青禾中专开赛，"
        "300余名职工参加。"
    )
    assert _authors(text) == {("毛晨阳", "reporter"), ("姚蕾", "reporter")}


def test_a_pause_mark_between_a_reporter_and_the_next_role_word_parts_the_roles():
    text = (
        "青禾区总工会举办职工趣味运动会\n\n"
        "本网讯（记者孙晓岚、通讯员胡华春）5月20日，青禾区总工会举办职工趣味运动会，"
        "200余名职工参加。"
    )
    assert _authors(text) == {("孙晓岚", "reporter"), ("胡华春", "correspondent")}


def test_a_contracted_correspondent_is_a_correspondent():
    text = (
        "青禾市总工会开展职工书屋评选\n\n"
        "本报讯（记者刘友岚 特约通讯员杜南川）近日，青禾市总工会开展职工书屋评选，"
        "30家单位参评。"
    )
    assert _authors(text) == {("刘友岚", "reporter"), ("杜南川", "correspondent")}


def test_names_in_a_credit_bracket_run_into_the_text_are_no_people():
    text = (
        "青禾市总工会走访慰问困难职工\n\n"
        "青禾新闻在线讯（通讯员彭学文鄢武林）1月25日上午，青禾市总工会主席邓建华"
        "带领班子成员走访慰问困难职工。\n\n"
        "此次活动共慰问困难职工30户。（青禾日报记者董卿通讯员马晓蕾宦爱华报道）"
    )
    assert _people(text) == {"邓建华"}
