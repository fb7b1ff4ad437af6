"""An OCR'd page that indents most paragraphs but prints some without their indent, each
paragraph on one line of its own (the page wraps at no width): a line after one that ends
its sentence starts a paragraph, indent or not. Invented text in the shape of a 1980s
workers' paper's profile."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """\
他把青春献给了机床
本报记者 钱晓雨
    在某市第二机床厂，提起郝明川，老工人们都竖大拇指，说他是车间里离不开的人。
郝明川1952年进厂当学徒，1958年出师，先后在金工车间、工具车间干了二十多年，带出徒弟三十多名。
    去年，车间接到为油田加工一批钻杆接头的任务，工期只有四十天，他带着徒弟们连干了一个多月。
    郝明川先后被评为省劳动模范、全国劳动模范，1986年荣获全国五一劳动奖章。
"""


def test_each_line_is_a_paragraph() -> None:
    (article,) = layout_articles(PAGE)
    body = [text for role, text in article if role == "body"]
    assert len(body) == 4
    assert body[1].startswith("郝明川1952年")
