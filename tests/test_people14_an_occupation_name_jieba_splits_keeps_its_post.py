"""A name read right after an occupation printed with its body (区交警大队民警某某) that
jieba splits across a word of its dictionary (蒙学|军) and the model does not read: the
occupation reader found the name, and that is reading enough for the post the phrase
before it describes, as the model's reading is for a name it confirms. Shape of county
briefs naming a lecturer (s53); invented names."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _posts(body: str) -> list[tuple[str, str, str | None]]:
    article = page_facts(news_page(body)).articles[0]
    return [(x.name, x.title, x.org_written) for x in article.positions]


def test_a_split_name_after_an_occupation_and_its_body_holds_the_post():
    body = "6月10日，某区总工会举办货车司机公益讲座，邀请区交警大队民警蒙学军授课。"
    assert ("蒙学军", "民警", "区交警大队") in _posts(body)


def test_a_name_the_model_reads_after_an_occupation_keeps_its_post():
    body = "6月10日，某区总工会举办货车司机公益讲座，邀请区交警大队民警王学军授课。"
    assert ("王学军", "民警", "区交警大队") in _posts(body)
