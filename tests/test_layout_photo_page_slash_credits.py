"""Session 21 (layout): a photo page's untitled items, each one paragraph closed by its
credit after a slash (``…参加。/ 某某 摄``, ``…毛巾。/ 某地 供图``), as a provincial
workers' paper prints its photo pages (the tuning set real_dev10 has one; another page
of that paper read in the pages corpus). The slash kept the credit from being cut off the
caption: the items ran into one article, the place that sent a photo read as its author.

Each item is now an article of its own with its credit as its byline; a place's credit
names no author, a photographer's does. A slash credit in a headed report is the report's
photo credit and splits nothing. All text is invented."""

from __future__ import annotations

from tests.conftest import layout_roles, page_facts

PAGE = (
    "第05版：图片新闻\n"
    "2021年8月12日 星期四\n"
    "8月3日，南靖县总工会慰问组来到县城污水处理厂，为顶着烈日作业的职工送去绿豆汤。/ 南靖 供图\n"
    "8月5日，平和县总工会慰问组在一家陶瓷企业向窑炉工人发放防暑用品。/ 平和 供图\n"
    "8月6日，绥安镇总工会在镇职工之家举办中暑急救培训，六十多名职工参加。/ 卢晓川 摄\n"
)

REPORT = (
    "青禾市职工运动会开幕\n"
    "本报讯（记者 罗新桐）10月12日，青禾市第五届职工运动会在市体育中心开幕，"
    "来自全市的1200名职工参赛。/ 葛一川 摄\n"
    "本届运动会设田径、拔河、跳绳等十二个项目，将持续三天。\n"
)


def test_photo_page_items_closed_by_slash_credits_are_one_article_each():
    roles = layout_roles(PAGE)
    assert roles["/ 南靖 供图"] == ("byline", 0)
    assert roles["/ 平和 供图"] == ("byline", 1)
    assert roles["/ 卢晓川 摄"] == ("byline", 2)
    assert len(page_facts(PAGE).articles) == 3


def test_a_place_that_sent_a_photo_is_no_author_and_a_photographer_is():
    articles = page_facts(PAGE).articles
    assert [a.name for a in articles[0].authors] == []
    assert [a.name for a in articles[1].authors] == []
    assert [(a.name, a.role.value) for a in articles[2].authors] == [("卢晓川", "photographer")]


def test_a_slash_credit_inside_a_headed_report_splits_nothing():
    roles = layout_roles(REPORT)
    assert roles["/ 葛一川 摄"] == ("photo_credit", 0)
    assert roles["本届运动会设田径、拔河、跳绳等十二个项目，将持续三天。"] == ("body", 0)
    article = page_facts(REPORT).articles[0]
    assert ("葛一川", "photographer") in {(a.name, a.role.value) for a in article.authors}


def test_a_slash_in_a_sentence_is_no_credit():
    page = REPORT.replace("/ 葛一川 摄", "男女4×100米接力/混合接力各设一组")
    assert "/ 葛一川 摄" not in layout_roles(page)
    assert len(page_facts(page).articles) == 1
