"""An old page may close a photo credit as a sentence (``▲图为决赛现场。记者 某某 摄。``,
``▲决赛现场。某某摄。``): under an article's text the line is that article's photo
caption and credit, not a digest item of its own. A ▲ item that closes with a writer's
credit in brackets (``▲某厂工会为困难职工捐款。（李 华）``) stays an item, and a sentence
ending on 拍摄 is no credit. Invented text (session 37, layout27)."""

from __future__ import annotations

from gonghui_build.layout.photo_credits import credit_names, photo_credit_start
from tests.conftest import layout_articles

TEXT = (
    "劳动竞赛决赛在江城举行\n"
    "　　本报讯 5月6日，江城市第五届职工焊工技能竞赛决赛在市高级技工学校举行，"
    "来自全市三十家企业的九十名焊工参加决赛。\n"
    "　　经过理论和实操比拼，江城重工集团焊工刘海波获得第一名。（记者 王晓）\n"
)
NEXT = (
    "\n职工书屋送书进班组\n"
    "　　本报讯 近日，江城港务集团工会向十二个一线班组赠送图书一千二百册。（通讯员 钱进）\n"
)


def _roles(article: list[tuple[str, str]]) -> list[str]:
    return [role for role, _ in article]


def test_a_caption_whose_credit_ends_with_a_full_stop_stays_with_its_article() -> None:
    for caption in ("▲图为决赛现场。记者 王晓 摄。", "▲决赛现场。王晓摄。"):
        articles = layout_articles(TEXT + caption + "\n" + NEXT)
        assert len(articles) == 2, caption
        assert "photo_credit" in _roles(articles[0]), caption


def test_the_credit_with_its_full_stop_names_the_photographer() -> None:
    assert credit_names("记者 王晓 摄。") == ["王晓"]
    assert photo_credit_start("图为决赛现场。记者 王晓 摄。") == len("图为决赛现场。")


def test_a_marked_item_with_a_writers_credit_stays_an_item() -> None:
    briefs = (
        "工会动态\n"
        "△北塘区总工会举办基层工会宣传委员培训班，五十多名宣传委员参加培训。（赵 明）\n"
        "▲江城电机厂工会为困难职工捐款一千二百元。（李 华）\n"
    )
    assert len(layout_articles(briefs)) == 2


def test_a_sentence_ending_on_taking_photos_is_no_credit() -> None:
    assert credit_names("职工们争相拍摄。") is None
