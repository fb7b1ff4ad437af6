"""A headless post (a news site's repost of a union account's post, opening with its
dateline) that closes with a cheer (``劳动托举梦想，奋斗书写华章！``) over its source
line: the cheer ends a sentence, so it is no title printed after the text and the article
stays headless (session 35, layout21, read on a real repost; none of the tuning sets'
405 headlines ends a sentence). A title printed after its text still heads it. Invented."""

from __future__ import annotations

from tests.conftest import layout_articles

TEXT = (
    "东南网4月12日讯 据“闽江工会人”微信发布：\n"
    "为进一步发挥劳模工作室示范引领作用，福州市总工会2014年以来按照“六个有”标准"
    "推动劳模工作室创建。截至2022年底，全市已累计命名市级示范性劳模工作室48家。\n"
    "2023年，福州市总工会决定命名12家市级示范性劳模工作室。\n"
)


def test_a_closing_cheer_is_no_headline():
    (article,) = layout_articles(TEXT + "劳动托举梦想，奋斗书写华章！\n（来源：闽江工会人）\n")
    assert "headline" not in {role for role, _ in article}


def test_a_title_printed_after_the_text_still_heads_it():
    (article,) = layout_articles(TEXT + "福州市命名12家示范性劳模工作室\n（来源：闽江工会人）\n")
    assert ("headline", "福州市命名12家示范性劳模工作室") in article
