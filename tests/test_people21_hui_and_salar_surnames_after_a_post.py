"""妥, 喇, 撒, 拜 and 摆 are surnames of Hui, Salar and Dongxiang families of Qinghai,
Gansu and Ningxia (``surnames.yaml``, ambiguous: far more often the words of 妥善, 喇叭,
撒网, 拜访, 摆放). After a union post or a trade they open a name; in running text the
words they begin name no one. Invented names and events (s39, people21)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "西宁市拉面技能大赛落幕\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_tuo_after_a_union_vice_chair_is_a_person():
    assert _people("西宁市总工会副主席妥文明出席启动仪式并致辞。") == ["妥文明"]


def test_a_la_after_a_union_cadre_is_a_person():
    body = "吴忠市总工会干部喇文斌在参加体验式劳动后深有感触地说，一线职工很辛苦。"
    assert _people(body) == ["喇文斌"]


def test_a_tuo_in_a_list_of_noodle_masters_is_a_person():
    body = "循化县拉面师傅韩尕吉、妥海龙获得“技术状元”称号。"
    assert _people(body) == ["妥海龙", "韩尕吉"]


def test_a_sa_after_a_trade_is_a_person():
    assert _people("民和县职工撒建军获“技术能手”称号。") == ["撒建军"]


def test_the_words_these_surnames_begin_name_no_one():
    body = "工会要妥善安排困难职工生活，把慰问品摆放整齐，走访拜访劳模，喇叭声中，志愿者撒播花种。"
    assert _people(body) == []
