"""A plant's works section (工段, the level below a workshop: ``org_suffixes.yaml``
unit_endings) printed before its head's post holds the post (某分厂装配工段工段长某某 →
工段长 at the company's 分厂…工段), and a 处 inside the section's own name (热处理) is no
department cutting the name there. Before, the post was read as 理工段工段长 of a body
cut at 热处. Invented company and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_section_heads_post_is_held_at_the_section():
    body = "日前，青川市机械有限公司召开职代会。齿轮分厂装配工段工段长王大勇发言。"
    assert ("王大勇", "工段长", "青川市机械有限公司齿轮分厂装配工段") in _posts(body)


def test_a_chu_inside_the_sections_name_cuts_nothing():
    body = "日前，青川市机械有限公司召开职代会。齿轮分厂热处理工段工段长王大勇发言。"
    posts = _posts(body)
    assert ("王大勇", "工段长", "青川市机械有限公司齿轮分厂热处理工段") in posts
