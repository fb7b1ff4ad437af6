"""Surnames the reference lacked drop the people the model reads with them: rare ones that
are no ordinary word (郄, 琚: ``surnames.yaml`` other), the Hakka 丘 and the monks' 释
(both ``ambiguous``: 丘陵, 释放 are words, so a name with them needs a second signal and a
given name that is no word). Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市总工会举办职工技能大赛\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_rare_surname_that_is_no_word_opens_a_name():
    body = (
        "本报讯 6月3日，青禾市总工会举办职工技能大赛。市总工会副主席郄立华出席并讲话。"
        "青禾机械厂焊工琚春来获得一等奖。"
    )
    names = _people(body)
    assert "郄立华" in names
    assert "琚春来" in names


def test_hakka_qiu_and_a_monks_shi_open_names_the_model_reads():
    body = (
        "本报讯 6月3日，青禾市总工会举办职工技能大赛。丘南平获得二等奖。"
        "青禾寺住持释德明参加活动并为获奖职工颁奖。"
    )
    names = _people(body)
    assert "丘南平" in names
    assert "释德明" in names


def test_qiu_and_shi_opening_words_name_no_one():
    body = (
        "本报讯 6月3日，青禾市总工会在丘陵地区举办职工技能大赛，释放职工创新活力。"
        "释疑解惑，服务职工。专家释义政策条款，丘陵山区的果农也参加了比赛。"
        "沙丘治理工程的职工代表发言。"
    )
    names = _people(body)
    assert not [n for n in names if n[0] in "丘释"]
