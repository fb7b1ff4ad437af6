"""A digest of △/▲ briefs may print a photo's caption under an item with the same mark
(``▲图为参赛班组在交流经验。``): it opens as a caption, so it is the photo caption of the
item above it, not a headless item of its own with the caption as its body text. A ▲
line that opens as news stays an item. Invented text in the shape of 1990s workers'
papers' 工会动态 columns read in session 37 (layout27)."""

from __future__ import annotations

from tests.conftest import layout_articles

HEAD = "江城工人报　1990年6月19日　第3版\n工会动态\n"
ONE = "△北塘区总工会举办基层工会宣传委员培训班，五十多名宣传委员参加培训。（赵 明）\n"
TWO = "△江城汽车配件厂工会开展“好班组”竞赛活动，全厂四十个班组参赛。（孙 立）\n"
THREE = "△南湖县总工会组织劳模到省城疗休养，县总工会主席方德胜带队。（县总工会）\n"


def test_a_marked_caption_belongs_to_the_item_above() -> None:
    articles = layout_articles(HEAD + ONE + TWO + "▲图为参赛班组在交流经验。\n" + THREE)
    assert len(articles) == 3
    assert ("photo_caption", "▲图为参赛班组在交流经验。") in articles[1]


def test_a_marked_line_that_opens_as_news_stays_an_item() -> None:
    item = "▲江城电机厂工会为困难职工捐款一千二百元。（李 华）\n"
    articles = layout_articles(HEAD + ONE + TWO + item + THREE)
    assert len(articles) == 4
    assert all(role != "photo_caption" for a in articles for role, _ in a)
