"""机长, the head of a machine's crew in cable, paper and printing works, printed after
a workshop and before the name (某纸业有限公司造纸车间机长某某) is the person's post at
the workshop (``titles.yaml`` section_posts: a weak title a workshop printed alone
vouches for); a worker printed there with a
noun for people (职工) still holds no post. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_crew_head_after_a_paper_mills_workshop():
    body = "鹤城纸业有限公司造纸车间机长戚建华获得一等奖。"
    assert _posts(body, "戚建华") == {("机长", "鹤城纸业有限公司造纸车间")}


def test_a_workshops_worker_holds_no_post():
    article = page_facts(news_page("鹤城纸业有限公司造纸车间职工戚建华获得一等奖。")).articles[0]
    assert not article.positions
