"""A feature's profile goes on with its worker's clauses without naming the worker again
and states the post the worker holds now in the last of them, after a word of time and
the copula or after a mark of tenure (某某来自某县，从小工干起，如今是某集团钢筋工班长、
高级技师。), or puts the word of time between the name and the copula (某某如今是…).
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page("8月3日，记者来到青禾建设。" + body))


def test_a_word_of_time_between_the_name_and_the_copula_is_read_past():
    found = _positions("宋晓林如今是青禾建设集团有限公司工会主席、高级技师。")
    assert ("宋晓林", "主席", "青禾建设集团有限公司工会") in found
