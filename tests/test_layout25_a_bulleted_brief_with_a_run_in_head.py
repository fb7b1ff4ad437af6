"""A briefs column may set a bullet before each brief's run-in head (``■某县工会举办女职工
健康讲座 8月10日，某县总工会…。（某某）``): each brief is an article headed by its run-in
head (read without the bullet), its text the body and the credit closing it the byline.
A bulleted brief with no run-in head stays one item whose headline is null. Invented
text in the shape read in session 36 (briefs pages of provincial workers' papers)."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = "第03版：工会动态\n2022年8月16日 星期二\n"
BRIEFS = (
    "■江口县总工会举办女职工健康讲座 8月10日，江口县总工会邀请专家为80名女职工举办健康讲座。（钟勤）\n"
    "■南河区交通运输工会慰问货车司机 8月11日，南河区交通运输工会为80名货车司机发放“暖心包”。（秦小满）\n"
    "■北塘区总工会举办职工书法展 近日，北塘区总工会在区文化馆举办职工书法展，展出作品120幅。（韦丽）\n"
)


def test_each_bulleted_brief_is_headed_by_its_run_in_head() -> None:
    articles = layout_articles(PAGE + BRIEFS)
    assert len(articles) == 3
    heads = [
        text.lstrip("■") for article in articles for role, text in article if role == "headline"
    ]
    assert heads == [
        "江口县总工会举办女职工健康讲座",
        "南河区交通运输工会慰问货车司机",
        "北塘区总工会举办职工书法展",
    ]
    assert ("byline", "（钟勤）") in articles[0]
    assert ("body", "近日，北塘区总工会在区文化馆举办职工书法展，展出作品120幅。") in articles[2]


def test_a_run_in_head_with_no_bullet_keeps_its_credit_apart() -> None:
    articles = layout_articles(PAGE + BRIEFS.replace("■", ""))
    assert len(articles) == 3
    assert ("byline", "（秦小满）") in articles[1]


def test_bulleted_briefs_with_no_run_in_head_have_no_headline() -> None:
    page = PAGE + (
        "●近日，江口县总工会组织30名女职工开展健康讲座。（周岚）\n"
        "●11月3日，南河区总工会召开基层工会主席座谈会，区总工会主席许长河出席。（白露）\n"
    )
    articles = layout_articles(page)
    assert len(articles) == 2
    assert all(role != "headline" for article in articles for role, _ in article)
