"""Posts a body's name prints right before a person's that jieba cuts or that an honour
follows: an occupation jieba cuts after a one-character verb or measure word (天|车工,
装|调工, 起|重工, 配|电工: ``people.yaml`` split_occupations) is one post at the body,
while a verb before an occupation (派|电工) opens none; an honour printed between the post
and the name (某厂电焊工、全国劳动模范某某; 某厂天车工全国三八红旗手某某) is no post, and
the post before it is still the person's (tests/fixtures/ANNOTATION.md: honours are not
positions). Invented names, units and events."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_an_occupation_jieba_cuts_is_one_post_at_the_body_before_it():
    text = (
        "本报讯 4月2日，青禾市汽车装配技能竞赛落幕。青禾钢铁公司天车工郑秀兰、"
        "青禾汽车有限公司装调工吕向东分获两个组别第一名，青禾电力公司配电工杨小春"
        "获得优秀奖。\n"
    )
    found = first_article_positions(text)
    assert ("郑秀兰", "天车工", "青禾钢铁公司") in found
    assert ("吕向东", "装调工", "青禾汽车有限公司") in found
    assert ("杨小春", "配电工", "青禾电力公司") in found


def test_a_verb_before_an_occupation_after_a_body_opens_no_post():
    text = "本报讯 3月5日，青禾电力公司派电工杨小春到东湖小区检修线路，当晚恢复供电。\n"
    found = first_article_positions(text)
    assert not [f for f in found if f[1].endswith("派电工")]
    assert not [f for f in found if f[2] == "青禾电力公司" and f[0] == "杨小春"]


def test_an_honour_between_a_post_and_a_name_leaves_the_post_to_the_person():
    text = (
        "本报讯 4月20日，东湖省总工会举办劳模事迹报告会。东湖青禾重工有限公司"
        "电焊工、全国劳动模范吕向东，东湖宏远机械厂装配钳工、“全国技术能手”"
        "称号获得者郑海涛，东湖钢铁公司天车工全国三八红旗手孟秀兰先后作报告。\n"
    )
    found = first_article_positions(text)
    assert ("吕向东", "电焊工", "东湖青禾重工有限公司") in found
    assert ("郑海涛", "装配钳工", "东湖宏远机械厂") in found
    assert ("孟秀兰", "天车工", "东湖钢铁公司") in found
    assert not [f for f in found if "劳动模范" in f[1] or "获得者" in f[1] or "红旗手" in f[1]]


def test_a_post_with_no_honour_after_it_is_read_whole():
    text = (
        "本报讯 4月20日，东湖青禾重工有限公司首席技师吕向东、东湖宏远机械厂车间主任"
        "郑海涛参加座谈。\n"
    )
    found = first_article_positions(text)
    assert ("吕向东", "首席技师", "东湖青禾重工有限公司") in found
    assert ("郑海涛", "车间主任", "东湖宏远机械厂") in found
