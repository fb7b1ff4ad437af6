"""A paper may set ``又讯`` alone on its line over a further report's paragraph, after
the credit that closed the first report. Display-shaped for its shortness, the mark was
read as the headline of a new item. It is the mark of a report that goes on under the
headline it is printed under, as ``又讯`` opening a paragraph is. Invented text in the
shape of city workers' papers' news pages."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = (
    "第03版：要闻\n市总工会慰问一线环卫工人\n"
    "7月10日，市总工会主席张建国带队走访慰问一线环卫工人，送去防暑降温物品。（林晓彤）\n"
    "又讯\n"
    "7月11日，市总工会还走访了市政工程建设工地，向建设者们送去清凉。（周丽）\n"
    "职工书屋开进园区\n"
    "本报讯（记者 唐悦）近日，高新区总工会在产业园区建成职工书屋，藏书三千余册。\n"
)


def test_a_further_report_mark_alone_keeps_its_report_under_the_headline_above() -> None:
    articles = layout_articles(PAGE)
    assert len(articles) == 2
    heads = [t for a in articles for role, t in a if role == "headline"]
    assert heads == ["市总工会慰问一线环卫工人", "职工书屋开进园区"]
    assert any(t.startswith("7月11日") for _, t in articles[0])
