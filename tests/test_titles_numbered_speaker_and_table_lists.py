"""Posts in the lists real pages print: a numbered list of award winners, one
``<number>.<unit><post> <name>`` a line; a roundup's speaker lines, ``<unit><post> <name>``
on a line of their own; and an award decision's annex table copied from a web page with
its columns set apart by TABs (序号 姓名 性别 民族 工作单位及职务). Each person holds the
post at the unit printed with it: the item's number is no part of the unit, the space
before the name no part of the post, the sex and the people's cells no part of the name
nor of the unit. Invented names, units and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, page_facts

_WINNERS = (
    "本报讯 4月28日，东湖省五一劳动奖表彰大会召开。\n"
    "附：部分受表彰个人名单\n"
    "1.青禾石化有限公司炼油厂常减压车间班长 庞立新\n"
    "2.东湖县锁南镇中心小学教师 马秀珍\n"
    "3.东湖县人民医院护士 卓玛吉\n"
    "4.东湖市迅通快递有限公司快递员 杨晓峰\n"
    "5.东湖县阳坝镇党委书记 苟建国\n"
)


def test_an_items_number_is_no_part_of_the_unit_a_post_is_held_at():
    found = first_article_positions(_WINNERS)
    assert ("马秀珍", "教师", "东湖县锁南镇中心小学") in found
    assert ("苟建国", "书记", "东湖县阳坝镇党委") in found  # a town's 党委: org35
    assert not [f for f in found if f[2] and f[2][0].isdigit()]


def test_an_occupation_before_the_space_and_the_name_ending_a_numbered_line_is_held():
    found = first_article_positions(_WINNERS)
    assert ("马秀珍", "教师", "东湖县锁南镇中心小学") in found
    assert ("杨晓峰", "快递员", "东湖市迅通快递有限公司") in found


def test_a_nurse_is_a_post_held_at_the_body_printed_with_it():
    found = first_article_positions(_WINNERS)
    assert ("卓玛吉", "护士", "东湖县人民医院") in found


def test_a_speaker_lines_occupation_is_held_at_its_unit():
    text = (
        "奥运脚步近了\n"
        "东湖区宏达精密机械有限公司装配工 李晓虹\n"
        "我们车间这两年几乎没有休过整周的假，大家都憋着一股劲。\n"
        "东湖区农业技术推广中心农技员 何建林\n"
        "今年我们跑遍了全区的大棚，教农户用新的滴灌设备。\n"
    )
    found = first_article_positions(text)
    assert ("李晓虹", "装配工", "东湖区宏达精密机械有限公司") in found
    assert ("何建林", "农技员", "东湖区农业技术推广中心") in found


_TABLE = (
    "东湖县人民政府关于表彰2017年度东湖县劳动模范的决定\n"
    "各乡镇党委、政府，县直各单位：\n"
    "县委、县人民政府决定，授予陈家兴等5名同志“东湖县劳动模范”荣誉称号。\n"
    "附件：2017年度东湖县劳动模范名单\n"
    "序号\t姓名\t性别\t民族\t工作单位及职务\n"
    "1\t陈家兴\t男\t汉族\t东湖县临安镇紫陶产业协会会长\n"
    "2\t普丽华\t女\t彝族\t东湖县人民医院妇产科护士长\n"
    "3\t杨建红\t女\t汉族\t东湖恒达陶瓷有限公司制陶工\n"
    "4\t李石坚\t男\t彝族\t东湖县燕子洞景区管理有限公司导游\n"
)


def test_a_tables_row_gives_the_post_at_the_unit_past_the_sex_and_people_cells():
    found = first_article_positions(_TABLE)
    assert ("陈家兴", "会长", "东湖县临安镇紫陶产业协会") in found
    assert ("普丽华", "护士长", "东湖县人民医院妇产科") in found
    assert ("杨建红", "制陶工", "东湖恒达陶瓷有限公司") in found
    assert ("李石坚", "导游", "东湖县燕子洞景区管理有限公司") in found


def test_a_tables_sex_cell_is_no_part_of_the_name():
    people = {p.name for p in page_facts(_TABLE).articles[0].people}
    assert {"陈家兴", "李石坚"} <= people
    assert not [name for name in people if name.endswith(("男", "女"))]
