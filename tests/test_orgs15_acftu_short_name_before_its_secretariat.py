"""The ACFTU's short name before its secretariat (全总书记处书记某某) is the body the post
is held at, though jieba reads 全|总书记|处 across the short name's end. Seen on real
pages of national and provincial workers' papers (session 36, orgs15). Text and events
are invented."""

from __future__ import annotations

from tests.conftest import first_article_resolved, news_page, page_facts


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    article = page_facts(news_page(body)).articles[0]
    return {(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions}


def test_the_federation_is_found_before_its_secretariat():
    assert "中华全国总工会" in first_article_resolved("全总书记处书记赵林出席会议并讲话。")


def test_the_secretary_of_the_secretariat_holds_it_at_the_federation():
    found = _positions("会上，全总书记处书记、党组成员孙丽华作报告。")
    assert ("孙丽华", "书记处书记", "中华全国总工会") in found


def test_safety_words_hold_no_federation():
    assert first_article_resolved("公司安全总书记处理了隐患。") == set()


def test_the_general_secretary_alone_names_no_federation():
    assert "中华全国总工会" not in first_article_resolved("学习总书记重要讲话精神。")
