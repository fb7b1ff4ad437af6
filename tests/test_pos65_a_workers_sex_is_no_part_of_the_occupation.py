"""女 or 男 before an occupation says who the worker is, not what the job is (女焊工某某
→ 焊工, as 年轻焊工某某 → 焊工: ANNOTATION.md issue 10); 女工 stays a worker, not a post.
Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_woman_welder_holds_the_welders_post() -> None:
    text = news_page("在车间另一头，女焊工邝晓丽正在调试焊接机器人。")
    assert ("邝晓丽", "焊工", None) in first_article_positions(text)


def test_a_woman_worker_is_given_no_post_of_one_character() -> None:
    text = news_page("女工刘秀梅正在操作机床。")
    assert not any(t == "工" for _, t, _ in first_article_positions(text))
