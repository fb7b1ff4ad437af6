"""Posts described around a name in the shapes real reports print them: a winners' list
that gives each winner's unit and post in brackets after the name (``电工：某某（某公司
维修电工）``) states that post at that unit; a word describing the person before an
occupation (``老铣工``, ``退休矿工``) is no part of the title (tests/fixtures/ANNOTATION.md:
年轻, 老, 退休 describe the person). Invented names, units and events."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_a_post_in_brackets_after_a_name_is_held_at_the_body_the_brackets_name():
    text = (
        "本报讯 11月3日，东湖省职工职业技能大赛总决赛落幕。各工种第一名如下：\n"
        "电工：俞海丰（东湖甬兴电气有限公司维修电工）\n"
        "焊工：邵一帆（东湖舟海重工有限公司电焊工）\n"
    )
    found = first_article_positions(text)
    assert ("俞海丰", "维修电工", "东湖甬兴电气有限公司") in found
    assert ("邵一帆", "电焊工", "东湖舟海重工有限公司") in found


def test_words_describing_the_person_before_an_occupation_are_no_part_of_it():
    text = (
        "本报讯 青禾机床厂的彭家明是全厂最年轻的技术能手。他的师傅是厂里的老铣工"
        "唐德贵。慰问组还看望了全国劳动模范、退休矿工祁守义，今年他已78岁。\n"
    )
    found = first_article_positions(text)
    assert ("唐德贵", "铣工", None) in found
    assert ("祁守义", "矿工", None) in found
    assert not [f for f in found if f[1].startswith(("老", "退休"))]


def test_a_trade_printed_with_a_title_of_no_body_stays_in_the_title():
    text = (
        "本报讯 东湖区总工会在区职工服务中心开设“职工心理驿站”，每周三由心理咨询师"
        "刘晓霞坐班接待职工。青禾机床厂的攻关小组干了半个月也没有拿下。车间主任何志明"
        "找到老彭。“他算料从来不用返工。”项目经理蒋伟明说。\n"
    )
    found = first_article_positions(text)
    assert ("刘晓霞", "心理咨询师", None) in found
    assert ("何志明", "车间主任", None) in found
    assert ("蒋伟明", "项目经理", None) in found
