"""People7 (s32): names the rules missed or read wrong on real pages' shapes.

- A caption's line closing on a header key and its colon (……现场。 作者：某某) credits the
  name after it: no person of the text (union sites' posts, s32).
- A Tibetan name of one element of two characters right after a title, before a word that
  follows names (副主席旺堆出席), is the person, not the title's last character and the
  element (席旺堆); elements the reference lacked (拉巴, 丹增, 达娃) make names too.
- A transliterated name whose last part ends in 提 before 出席 (…·艾买提出席) keeps its
  提: the follower is 出席, not 提出.
- A transliterated name's first part read again by a rule (……年，法某玛从……) is the person
  the article names in full, no one new.
- A partial name with an occupation printed before it (客房部的服务员小刘) introduces
  someone new, not the one person of the article with that surname; 小刘 alone still
  is that person.
- A list's last name that reads as a word, closed by a count of people (甲、乙、江河3位
  同志, 甲、乙、白雪等三位同志), is a person; before a lone 等 and a noun (车间等一线职工)
  it is none.
Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾县总工会举办职工权益讲座\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_name_after_a_header_key_closing_a_caption_is_a_credit():
    body = (
        "本报讯 5月8日，青禾县总工会举办职工权益讲座，县总工会副主席郁文山出席。\n"
        "图为讲座现场。    作者:阮一鸣\n"
    )
    names = _people(body)
    assert "阮一鸣" not in names
    assert "郁文山" in names


def test_the_header_word_without_its_colon_names_a_person_of_the_text():
    body = "本报讯 5月8日，青禾县总工会举办读书分享会，该书作者阮一鸣出席并签名。"
    assert "阮一鸣" in _people(body)


def test_one_tibetan_element_after_a_title_is_the_whole_name():
    body = (
        "本报讯 6月10日，青禾地区总工会党组成员、副主席旺堆出席劳模疗休养见面会。"
        "青禾地区总工会副主席边巴主持。"
    )
    names = _people(body)
    assert "旺堆" in names and "边巴" in names
    assert not [n for n in names if n.startswith("席")]


def test_tibetan_elements_the_reference_lacked_make_names():
    body = (
        "本报讯 6月10日，青禾地区总工会副主席拉巴次仁主持座谈会。"
        "劳模代表丹增卓玛、项目负责人达娃央宗作了发言。"
    )
    names = _people(body)
    assert {"拉巴次仁", "丹增卓玛", "达娃央宗"} <= set(names)


def test_an_element_opening_a_place_after_a_title_names_no_one():
    body = "本报讯 6月10日，青禾盟总工会主席在乌兰察布市调研，看望一线职工。"
    assert not [n for n in _people(body) if n.startswith("乌兰")]


def test_a_transliterated_name_ending_in_ti_before_chuxi_keeps_it():
    body = (
        "本报讯 8月29日，青禾地区工会举办职工风采展示活动，地区工会主席阿不都热合曼·艾买提出席。"
        "退休护林员吐尔逊·买买提出席座谈会并发言。"
    )
    names = _people(body)
    assert "阿不都热合曼·艾买提" in names
    assert "吐尔逊·买买提" in names


def test_a_transliterated_name_before_a_one_character_follower_and_chuxi_stays():
    body = "本报讯 8月29日，青禾地区工会举办职工风采展示活动，职工古丽娜尔·艾则孜也出席了。"
    assert "古丽娜尔·艾则孜" in _people(body)


def test_a_transliterated_names_first_part_read_again_is_the_same_person():
    body = (
        "本报讯 青禾市总工会举办普法讲座，律师萨拉玛·艾克木为职工解答问题。"
        "1998年，萨拉玛从大学法律系毕业后，回到家乡从事律师工作。"
    )
    names = set(_people(body))
    assert names == {"萨拉玛·艾克木"}


def test_a_partial_name_after_an_occupation_is_someone_new():
    body = (
        "本报讯 青禾街道总工会主席刘桂芳组织辖区企业开展英语培训。"
        "酒店客房部的服务员小刘以前见了外国客人就躲，现在能用英语介绍胡同了。"
    )
    names = _people(body)
    assert "小刘" in names and "刘桂芳" in names


def test_a_partial_name_alone_is_the_person_named_in_full():
    body = "本报讯 青禾街道总工会主席刘桂芳组织辖区企业开展英语培训。小刘说，培训很实用。"
    assert "小刘" not in _people(body)


def test_a_word_like_last_name_before_a_count_of_people_is_listed():
    body = (
        "本报讯 经院校工会评选，我所郑立新、杨宏亮、江河3位同志分别荣获“优秀工会干部”称号。"
        "赵海玲、向阳、白雪等三位同志被授予“优秀工会积极分子”称号。"
    )
    names = _people(body)
    assert "江河" in names and "白雪" in names


def test_a_word_after_names_before_a_lone_deng_is_no_person():
    body = "本报讯 春节前夕，区总工会慰问了张建国、李红梅、车间等一线职工。"
    names = _people(body)
    assert "车间" not in names and "张建国" in names
