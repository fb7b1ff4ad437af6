"""Transliterated names (parts joined by a middle dot) the model reads short: its span
opens inside the first part where jieba reads the opening characters with it, it reads
only the part after the dot where the article prints the whole name, and a name printed
twice close by is taken for the OCR's repeats. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_the_opening_characters_jieba_reads_with_the_first_part_belong_to_the_name():
    text = (
        "青禾市总工会走访社区基层干部\n\n"
        "本报讯 近日，青禾市总工会走访东湖街道，看望了社区党支部书记再丽娜·吐尔洪和"
        "网格员买买提江·小牙合甫。\n\n"
        "针对社区老人多的特点，再丽娜·吐尔洪坚持每周入户走访。"
    )
    people = _people(text)
    assert people.count("再丽娜·吐尔洪") == 2
    assert "买买提江·小牙合甫" in people
    assert "丽娜·吐尔洪" not in people and "提江·小牙合甫" not in people


def test_the_part_after_the_dot_read_alone_is_the_full_name_printed_there():
    text = (
        "青禾市领导走访慰问基层工作者\n\n"
        "本报讯 近日，青禾市人大常委会主任阿不都克热木·阿不力孜走访慰问了基层工作者。\n\n"
        "在当天的走访中，阿不都克热木·阿不力孜一行首先来到东湖社区。"
    )
    assert _people(text) == ["阿不都克热木·阿不力孜", "阿不都克热木·阿不力孜"]


def test_a_transliterated_name_printed_twice_close_by_is_read_in_the_repeat():
    text = (
        "青禾集团开展节日走访慰问\n\n"
        "本报讯 10月1日，青禾集团董事长韦立森一行来到了退休职工吐尔逊·玉素甫老人家中，"
        "送上了节日礼物。吐尔逊·玉素甫老人得知消息，一大早就起来打扫院子。"
    )
    assert _people(text).count("吐尔逊·玉素甫") == 2
