"""A round-up of workers' or deputies' statements (each item a name, a unit and what
they said, under one headline) is one article whose printed headline stays its headline:
the first speaker's line, right under it, is the first of the round-up's section heads,
no headline, kicker shift or subtitle (issue 8). Invented pages in the shape of e-paper
round-ups."""

from __future__ import annotations

from tests.conftest import layout_articles

STATEMENTS = (
    "“车间今年建了书屋，下了班能读几页书。”\n",
    "“工会的健康体检让大家安心不少。”\n",
    "“驿站里有热水有沙发，跑长途心里踏实。”\n",
)


def _heads(text: str) -> list[list[tuple[str, str]]]:
    return [[(r, t) for r, t in art if r != "body"] for art in layout_articles(text)]


def test_a_name_then_unit_speaker_line_under_a_kicker_and_headline_is_a_section():
    page = (
        "职工心声\n听听大伙怎么说\n"
        + "钱立伟 松岭机械公司钳工\n"
        + STATEMENTS[0]
        + "孔雪梅 东坡社区医院护士\n"
        + STATEMENTS[1]
        + "宁建军 远航物流公司司机\n"
        + STATEMENTS[2]
    )
    assert _heads(page) == [
        [
            ("kicker", "职工心声"),
            ("headline", "听听大伙怎么说"),
            ("section_heading", "钱立伟 松岭机械公司钳工"),
            ("section_heading", "孔雪梅 东坡社区医院护士"),
            ("section_heading", "宁建军 远航物流公司司机"),
        ]
    ]


def test_a_title_name_and_bracketed_unit_speaker_line_is_no_subtitle():
    page = (
        "代表委员热议技能人才培养\n"
        + "市人大代表 钱立伟（松岭机械公司钳工）\n"
        + STATEMENTS[0]
        + "市政协委员 孔雪梅（东坡区总工会副主席）\n"
        + STATEMENTS[1]
    )
    (heads,) = _heads(page)
    assert heads[0] == ("headline", "代表委员热议技能人才培养")
    assert ("subtitle", "市人大代表 钱立伟（松岭机械公司钳工）") not in heads
    assert heads[1] == ("section_heading", "市人大代表 钱立伟（松岭机械公司钳工）")


def test_a_unit_then_name_speaker_line_leaves_the_printed_headline_the_headline():
    page = (
        "劳模寄语青年职工\n"
        + "松岭机械公司钳工 钱立伟\n"
        + STATEMENTS[0]
        + "东坡社区医院护士 孔雪梅\n"
        + STATEMENTS[1]
    )
    (heads,) = _heads(page)
    assert heads[0] == ("headline", "劳模寄语青年职工")


def test_a_unit_and_a_writer_over_news_text_stays_a_byline_not_a_speaker():
    page = (
        "松岭县总工会举办招聘会\n松岭县供电公司 韩书宁\n"
        "近日，松岭县总工会举办专场招聘会，32家企业提供岗位600余个。\n"
        "东坡社区医院护士 孔雪梅\n" + STATEMENTS[1]
    )
    (heads,) = _heads(page)
    assert ("headline", "松岭县总工会举办招聘会") in heads
    assert ("section_heading", "松岭县供电公司 韩书宁") not in heads


def test_a_report_under_one_portrait_caption_keeps_its_numbered_sections_in_one_article():
    page = (
        "凝心聚力 再立新功\n——在松岭县总工会代表大会上的报告（摘要）\n"
        "县总工会主席 钱立伟\n"
        "一、过去五年的工作\n五年来，全县各级工会团结动员职工建功立业。\n"
        "二、今后五年的任务\n今后五年，全县工会要深化产业工人队伍建设改革。\n"
    )
    (heads,) = _heads(page)
    assert heads[0] == ("headline", "凝心聚力 再立新功")
