"""A title over text closed by a marked signature (``□某某``), after a news item whose
dateline credits its reporter already (``本报讯（记者 某某）``), is a comment or a sidebar
of its own (issue 8): a news item is credited once, in its dateline. The same title over
text with no such signature stays the item's section heading."""

from __future__ import annotations

from tests.conftest import layout_articles

ITEM = (
    "青松县总工会举办职工技能大赛\n"
    "本报讯（记者 罗晓航）9月12日，青松县第五届职工职业技能大赛开幕，300余名职工参赛。\n"
    "本届大赛设焊工、电工、数控车工等8个项目，决赛前三名将获得证书和奖金。\n"
    "让技能比赛走进车间\n"
    "技能大赛是职工展示本领的舞台。各级工会要把比赛办在车间里，让更多一线职工提高技能。\n"
    "比赛不是目的，培养更多的技术能手才是目的。\n"
)


def test_a_title_over_text_signed_with_a_square_after_a_credited_item_is_its_own():
    item, comment = layout_articles(ITEM + "□柳青山\n")
    assert item[0] == ("headline", "青松县总工会举办职工技能大赛")
    assert comment[0] == ("headline", "让技能比赛走进车间")
    assert comment[-1] == ("byline", "□柳青山")


def test_the_title_over_unsigned_text_stays_the_items_section_heading():
    (item,) = layout_articles(ITEM)
    assert ("section_heading", "让技能比赛走进车间") in item
