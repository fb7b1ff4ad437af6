"""A portal's copy of union news prints its app's prompt where each photo stood
(``打开某某新闻 查看精彩图片``), between the paragraphs of the text, and its comment box's
heading (``热门跟贴``) under it: the page's furniture, never a headline that splits the text
into two articles. Invented text in the shape of a national portal's local-news copies."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

PAGE = """\
来源：滚动播报
（来源：中工网）
3月7日，天津滨海新区举办国际劳动妇女节风采展示活动，区总工会相关负责人参加活动并发布女职工关爱行动计划。
打开某某新闻 查看精彩图片
整场活动分为三个篇章，既有一线女职工分享岗位故事，也有文艺节目展现巾帼风采。
打开某某新闻 查看精彩图片
据了解，此次行动计划由区总工会、区妇工委联合启动。
热门跟贴
"""


def test_the_photo_prompts_leave_one_article() -> None:
    articles = layout_articles(PAGE)
    assert len(articles) == 1
    assert all(role != "headline" for role, _ in articles[0])
    assert [role for role, _ in articles[0]] == ["body", "body", "body"]


def test_the_prompts_and_the_comment_heading_are_furniture() -> None:
    roles = block_roles(PAGE)
    assert roles["打开某某新闻 查看精彩图片"] == "furniture"
    assert roles["热门跟贴"] == "furniture"


def test_a_sentence_about_looking_at_photos_is_text() -> None:
    page = PAGE.replace(
        "整场活动分为三个篇章",
        "职工们在展板前驻足，查看精彩图片和劳模事迹。整场活动分为三个篇章",
    )
    roles = block_roles(page)
    line = next(k for k in roles if k.startswith("职工们在展板前"))
    assert roles[line] == "body"
