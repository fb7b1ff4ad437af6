"""A commentary column's name in 【】 opening a title's line after a news item
(``【短评】让比赛走进车间``) is cut off as the page's furniture and opens a comment of its
own, as the column's name alone over the title does (issue 8): the comment is no section
of the report above it, and its title is the headline without the bracket."""

from __future__ import annotations

from tests.conftest import layout_articles, layout_furniture

ITEM_THEN_COMMENT = (
    "青松县总工会举办职工技能大赛\n"
    "本报讯（记者 罗晓航）9月12日，青松县第五届职工职业技能大赛开幕，300余名职工参赛。\n"
    "本届大赛设焊工、电工、数控车工等8个项目，决赛前三名将获得证书和奖金。\n"
    "【短评】让技能比赛走进车间\n"
    "技能大赛是职工展示本领的舞台。各级工会要把比赛办在车间里，让更多一线职工提高技能。\n"
)


def test_a_bracketed_comment_column_over_its_title_opens_a_comment_of_its_own():
    item, comment = layout_articles(ITEM_THEN_COMMENT)
    assert item[0] == ("headline", "青松县总工会举办职工技能大赛")
    assert comment[0] == ("headline", "让技能比赛走进车间")
    assert "【短评】" in layout_furniture(ITEM_THEN_COMMENT)
