"""A title and its dashed deck (``标题`` / ``——记某厂焊工某某``) set over text after a news item
whose end is unmarked head a feature of its own, not a caption and a section heading of the
item above (issue 8): a report's section headings carry no deck. A heading with no deck
stays the item's section heading."""

from __future__ import annotations

from tests.conftest import layout_articles

ITEM_THEN_PROFILE = (
    "青松县总工会举办职工技能大赛\n"
    "本报讯（记者 罗晓航）9月12日，青松县第五届职工职业技能大赛在县职业技术学校开幕，"
    "来自全县42家企业的300余名职工参赛。\n"
    "本届大赛设焊工、电工、数控车工等8个项目，决赛前三名将获得县总工会颁发的证书和奖金。\n"
    "焊花里的青春\n"
    "——记青松机械厂焊工冯小舟\n"
    "在青松机械厂的焊接车间里，冯小舟已经干了十二年焊工。他先后获得县技术能手等荣誉。\n"
    "去年，他带领班组攻克了大型构件焊接变形的难题，为企业节约成本一百余万元。\n"
    "本报记者 罗晓航\n"
)

ITEM_WITH_A_HEADING = (
    "青松县总工会举办职工技能大赛\n"
    "本报讯（记者 罗晓航）9月12日，青松县第五届职工职业技能大赛在县职业技术学校开幕，"
    "来自全县42家企业的300余名职工参赛。\n"
    "本届大赛设焊工、电工、数控车工等8个项目，决赛前三名将获得县总工会颁发的证书和奖金。\n"
    "以赛促学\n"
    "大赛期间，县总工会还组织技术能手为参赛职工现场授课，讲解操作要领。\n"
)


def test_a_title_over_a_dashed_deck_after_an_item_heads_a_feature_of_its_own():
    item, feature = layout_articles(ITEM_THEN_PROFILE)
    assert item[0] == ("headline", "青松县总工会举办职工技能大赛")
    assert feature[:2] == [("headline", "焊花里的青春"), ("subtitle", "——记青松机械厂焊工冯小舟")]
    assert feature[-1] == ("byline", "本报记者 罗晓航")


def test_a_heading_with_no_deck_stays_the_items_section_heading():
    (item,) = layout_articles(ITEM_WITH_A_HEADING)
    assert ("section_heading", "以赛促学") in item


def test_a_lists_size_in_dashes_under_its_heading_is_no_deck():
    page = ITEM_WITH_A_HEADING.replace("以赛促学\n", "县级技术能手\n--12名--\n").replace(
        "大赛期间，县总工会还组织技术能手为参赛职工现场授课，讲解操作要领。",
        "罗晓航  韩书宁  冯小舟  柳青山",
    )
    assert len(layout_articles(page)) == 1
