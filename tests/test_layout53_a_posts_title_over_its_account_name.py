"""A WeChat post opens with its title, the name of the account that posted it and a row of
its date, time and place (``某区工会`` / ``2025年01月10日 08:15 上海``). A title that reads
like a clause (a scene, a comma, a long phrase: ``寒潮来袭，某区工会“暖心驿站”全天候开放``)
is no display line by its own shape; read in session 50 (layout53) on district unions'
posts, such a title was taken for the text's first paragraph because the account's name
stood between it and the date row. Invented pages in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles

POST = """寒潮来袭，松河工会“暖心驿站”全天候开放
松河工会
2025年01月12日 08:40 上海
1月11日，寒潮过境松河。
当天上午，区总工会副主席闵素琴走访了城南街道的3家驿站，看望一线环卫工人。
来源：松河区总工会
编辑：蔚明远
"""


def test_the_title_over_the_account_name_and_date_row_is_the_headline():
    articles = layout_articles(POST)
    assert len(articles) == 1
    assert articles[0][0] == ("headline", "寒潮来袭，松河工会“暖心驿站”全天候开放")
    assert ("body", "1月11日，寒潮过境松河。") in articles[0]


def test_a_long_line_between_the_first_line_and_the_date_row_is_no_account_name():
    text = POST.replace("松河工会\n", "区总工会在全区各街道设立驿站为户外劳动者服务\n", 1)
    heads = [a[0] for a in layout_articles(text) if a and a[0][0] == "headline"]
    assert ("headline", "寒潮来袭，松河工会“暖心驿站”全天候开放") not in heads
