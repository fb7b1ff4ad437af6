"""Title words a chain of posts is printed with on real pages and the title grammar did
not know: an enterprise head's assistant (总经理助理), an acting head (代总经理) and a
senior technical post (首席技术专家). An unknown word in a chain lost the whole chain or
every title before it. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_an_assistant_to_the_general_manager_is_a_post_of_the_enterprise():
    text = (
        "本报讯 2月11日，市总工会一行来到青禾汽车集团公司慰问困难职工。"
        "青禾汽车集团公司总经理助理、工会副主席陈立宏陪同慰问。\n"
    )
    found = first_article_positions(text)
    assert ("陈立宏", "总经理助理", "青禾汽车集团公司") in found
    assert ("陈立宏", "副主席", "青禾汽车集团公司工会") in found


def test_an_acting_head_keeps_the_title_before_it_in_the_chain():
    text = (
        "本报讯 3月1日下午，青禾建工集团公司召开职工代表大会。"
        "青禾建工集团公司执行副总经理、代总经理马立平主持会议。\n"
    )
    found = first_article_positions(text)
    assert ("马立平", "代总经理", "青禾建工集团公司") in found
    assert ("马立平", "执行副总经理", "青禾建工集团公司") in found


def test_a_chief_technical_expert_is_held_at_the_enterprise_printed_before_it():
    text = (
        "本报讯 4月28日，表彰大会举行，我市5名职工获全国五一劳动奖章。"
        "红岭新材料有限公司首席技术专家何晓强名列其中。\n"
    )
    found = first_article_positions(text)
    assert ("何晓强", "首席技术专家", "红岭新材料有限公司") in found


def test_the_generation_character_of_a_decade_is_no_acting_post():
    text = "本报讯 5月6日，老职工座谈会召开。上世纪80年代厂长王立明回忆了建厂经过。\n"
    found = first_article_positions(text)
    assert ("王立明", "厂长", None) in found
    assert not any(title.startswith("代") for _, title, _ in found)
