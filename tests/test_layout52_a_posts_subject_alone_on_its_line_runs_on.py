"""A post set one clause a line, its subject alone on a line inside a sentence
(``为丰富职工文化生活，`` / ``南湖区总工会`` / ``在5家企业车间建起职工书屋，``): the lines are
one paragraph, not a subtitle over the text (issue 8, WeChat posts). A headline under a
comma-ended line still heads its item. Invented pages."""

from __future__ import annotations

from tests.conftest import layout_articles

POST = (
    "职工书屋进车间 南湖区总工会这样做\n"
    "南湖职工之家 2023-05-08 18:20 发表于浙江\n"
    "为丰富职工文化生活，\n"
    "南湖区总工会\n"
    "在5家企业车间建起职工书屋，\n"
    "配送图书3000册，\n"
    "方便职工就近阅读。\n"
    "活动现场，\n"
    "职工们纷纷表示，\n"
    "读书更方便了。\n"
)


def test_a_subject_alone_on_its_line_runs_on_with_the_clauses_around_it():
    (post,) = layout_articles(POST)
    assert [role for role, _t in post] == ["headline", "body", "body"]
    assert post[1][1].replace("\n", "").startswith("为丰富职工文化生活，南湖区总工会在5家企业车间")


def test_a_headline_under_a_comma_ended_line_is_no_clause():
    page = (
        "第02版：基层\n"
        "江北区总工会组织职工参加，\n"
        "南湖区总工会\n"
        "职工书屋进车间\n"
        "本报讯 近日，南湖区总工会在5家企业车间建起职工书屋，配送图书3000册。\n"
    )
    heads = [t for a in layout_articles(page) for role, t in a if role == "headline"]
    assert "职工书屋进车间" in heads


def test_a_speakers_title_and_name_alone_on_a_line_is_no_section_heading():
    post = (
        "高温下的坚守 工会送来清凉\n"
        "江北职工之家 2024-07-20 17:30 发表于江苏\n"
        "7月19日，\n"
        "区总工会副主席韩立秋一行\n"
        "来到环卫所，\n"
        "为环卫工人送上绿豆汤。\n"
    )
    (article,) = layout_articles(post)
    assert [role for role, _t in article] == ["headline", "body"]
