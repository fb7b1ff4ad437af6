"""Where a feature or a reprint ends (issue 8): two shapes that split or mis-headed one.

* A part's label alone on its line (``记者手记``, ``编后``, ``相关链接``), bare or after a
  byline's mark (``■编后``, ``●记者手记``), heads a part of the article it is printed in.
  Bare, ``记者手记`` read as a byline (a reporter named 手记) and ``■编后`` as a credit
  (a square signs a digest's item), and the afterword became an article of its own.
* A copy from another paper signs its reporter and a trainee with the paper's name
  first and a slashed mark after the names (``某某晚报记者 某某 实习生 某某/文``), the
  trainee's role word perhaps run on to the reporter's name. The line read as the
  headline and the real headline as its kicker. Read in session 33 on a city evening
  paper's report of a model workers' outing and its reprint on a portal.

All text here is invented.
"""

from __future__ import annotations

import pytest

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.cues import is_head_byline, is_label
from tests.conftest import layout_roles

FEATURE = (
    "守护夜路的人\n"
    "本报记者 苏明远\n"
    "夜里十一点，供电所值班室的灯还亮着。抢修班班长郑海涛刚挂断电话，就拿起工具包往外走。\n"
    "他的妻子陈丽华是同一个供电所的调度员。两人结婚十二年，一起过的春节屈指可数。\n"
    "{label}\n"
    "采访结束时已是凌晨。记者想到，万家灯火的背后，正是无数这样默默坚守的身影。\n"
)

REPRINT = (
    "2022-04-27 08:15 来源：东川晚报\n"
    "百名职工代表游览滨江公园\n"
    "{byline}\n"
    "昨天上午，“致敬劳动者”主题游园活动在滨江公园举行，80余名劳模和职工代表参加。\n"
    "东川市总工会副主席魏长河为劳模代表送上了纪念品。\n"
)


@pytest.mark.parametrize("label", ["记者手记", "■记者手记", "● 记者手记", "■ 编后"])
def test_a_part_label_alone_heads_a_part_of_the_same_article(label):
    roles = layout_roles(FEATURE.format(label=label))
    assert roles[label] == ("section_heading", 0)
    assert {article for _, article in roles.values()} == {0}


def test_a_part_label_alone_is_no_byline_and_is_a_label():
    assert not is_head_byline("记者手记")
    assert is_label("■编后")
    assert is_label("记者手记")


def test_a_reporter_named_after_a_mark_is_still_a_byline():
    assert is_head_byline("■本报记者 苏明远")
    assert is_head_byline("记者 苏明远")
    assert not is_label("■苏明远")


@pytest.mark.parametrize(
    "byline",
    [
        "东川晚报记者 梁秋实 实习生 杜可馨/文",
        "东川晚报首席记者 梁秋实实习生 杜可馨/文",
        "东川晚报记者 梁秋实/文 孔亮/摄",
    ],
)
def test_another_papers_byline_with_slashed_marks_is_the_byline_not_the_headline(byline):
    roles = layout_roles(REPRINT.format(byline=byline))
    assert roles["百名职工代表游览滨江公园"] == ("headline", 0)
    assert roles[byline] == ("byline", 0)


def test_a_trainee_run_on_to_the_reporters_name_is_a_second_author():
    authors = parse_byline("东川晚报首席记者 梁秋实实习生 杜可馨/文")
    assert [(a.name, a.role.value) for a in authors] == [
        ("梁秋实", "reporter"),
        ("杜可馨", "reporter"),
    ]


def test_a_title_about_a_papers_trainees_stays_a_headline():
    assert not is_head_byline("东川晚报记者节慰问实习生")
    roles = layout_roles(
        "东川日报社组织记者实习生走进工地\n"
        "5月8日，东川日报社组织20名记者和实习生走进轨道交通工地，体验一线职工的工作。\n"
    )
    assert roles["东川日报社组织记者实习生走进工地"][0] == "headline"


REPOST = (
    "转自：江南工人报\n"
    "车间里的“金牌师徒”\n"
    "江南工人报记者 翁立言 通讯员 蔡雯\n"
    "在江南机床厂装配车间，提起“金牌师徒”任国华和欧阳帆，没有人不竖起大拇指。\n"
    "如今，欧阳帆已经成长为厂里最年轻的高级技师。\n"
)


def test_a_reposts_source_row_is_furniture_not_the_headline():
    roles = layout_roles(REPOST)
    assert roles["转自：江南工人报"] == ("furniture", None)
    assert roles["车间里的“金牌师徒”"] == ("headline", 0)


INTERVIEW = (
    "让每一位职工都能找到“娘家”\n"
    "——访区总工会女职工委员会主任钟晓岚\n"
    "本报记者 房立\n"
    "记者：今年女职工工作有哪些新举措？\n"
    "钟晓岚：我们重点推进“爱心妈咪小屋”建设，全年新建120家，覆盖全区主要产业园区。\n"
    "记者：女职工反映最多的问题是什么？\n"
    "钟晓岚：主要是孩子入托难的问题。我们正在和教育部门协商开办托管班。\n"
)


def test_an_interviews_first_short_turn_under_the_byline_is_text_not_a_heading():
    roles = layout_roles(INTERVIEW)
    assert roles["记者：今年女职工工作有哪些新举措？"] == ("body", 0)
    assert {article for _, article in roles.values()} == {0}


def test_a_title_naming_its_subject_before_a_colon_stays_the_headline():
    roles = layout_roles(
        "钟晓岚：把女职工的事当成自己的事\n"
        "本报记者 房立\n"
        "走进区总工会女职工委员会办公室，墙上挂满了职工送来的锦旗。\n"
    )
    assert roles["钟晓岚：把女职工的事当成自己的事"] == ("headline", 0)


POST = (
    "区总工会“职工夜校”开课啦\n"
    "{row}\n"
    "120名新就业形态劳动者走进课堂\n"
    "7月3日晚，区总工会“职工夜校”在区职工服务中心开课，首期课程吸引了120名快递员报名参加。\n"
    "本期夜校开设手机摄影、短视频制作、心理健康三门课程。\n"
)


@pytest.mark.parametrize(
    "row", ["原创 区总工会 江城工会 2024-07-04 08:30 发表于江苏", "江城工会 2024-07-04 08:30"]
)
def test_a_posts_title_over_its_account_row_is_the_headline_and_the_line_under_it_a_deck(row):
    roles = layout_roles(POST.format(row=row))
    assert roles["区总工会“职工夜校”开课啦"] == ("headline", 0)
    assert roles["120名新就业形态劳动者走进课堂"] == ("subtitle", 0)
    assert roles[row] == ("furniture", None)


def test_a_kicker_over_a_headline_with_no_header_row_between_stays_a_kicker():
    roles = layout_roles(
        "职工夜校 温暖你我\n"
        "区总工会为120名新就业形态劳动者开设夜校课程\n"
        "本报讯（记者 房立）7月3日晚，区总工会“职工夜校”在区职工服务中心开课。\n"
    )
    assert roles["职工夜校 温暖你我"] == ("kicker", 0)
    assert roles["区总工会为120名新就业形态劳动者开设夜校课程"] == ("headline", 0)


def test_a_journal_librarys_label_over_an_articles_part_is_furniture_not_its_headline():
    roles = layout_roles(
        "论文部分内容阅读\n"
        "那天的电话采访，对象是一位街道工会的老主席。他把辖区困难职工的底数说得清清楚楚。\n"
        "采访快结束时，我问他的职务怎么写。他笑着说：“叫我郑哥就行。”\n"
    )
    assert roles["论文部分内容阅读"] == ("furniture", None)


def test_a_reprint_mark_in_a_sentence_stays_text():
    roles = layout_roles(
        "职工书屋新书上架\n"
        "5月8日，区总工会职工书屋上架新书300册，其中一批选自全国职工读书活动推荐书目。\n"
    )
    assert roles["5月8日，区总工会职工书屋上架新书300册，其中一批选自全国职工读书活动推荐书目。"][
        0
    ] == ("body")
