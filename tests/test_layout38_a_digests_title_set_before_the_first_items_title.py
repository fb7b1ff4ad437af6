"""A digest's title of four characters (``基层传真``, ``各地速递``, ``工会动态``) that an
e-paper's text layer puts on one line with its first item's headline, blanks between, is
cut off that headline: it is the page's, as it is alone on its line over the items
(``ANNOTATION.md``: a column's name before a title is no part of the headline), and the
item keeps its own headline. A headline whose first phrase is longer and ends on such a
word (``讲好工会新闻 传播职工声音``) stays whole, as does a place over a headline on its
line (``雅安 …``, its kicker). Invented text in the shape of provincial workers' papers'
e-pages read in session 41."""

from __future__ import annotations

import pytest

from tests.conftest import block_roles, layout_articles

FIRST = (
    "湖滨市总工会启动职工夏季送清凉行动\n"
    "本报讯（记者 葛云帆）6月12日，湖滨市总工会在码头启动职工夏季送清凉行动。\n"
)
ITEM_ONE = "本报讯（记者 葛云帆）7月8日，清河区总工会为120名环卫工人送去防暑药品和清凉饮品。\n"
ITEM_TWO = (
    "白塔县举办职工篮球赛\n"
    "本报讯（通讯员 葛平）7月9日，白塔县总工会举办职工篮球赛，16支代表队参赛。\n"
)


def _headlines(text: str) -> list[str]:
    return [t for a in layout_articles(text) for role, t in a if role == "headline"]


@pytest.mark.parametrize("title", ["基层传真", "各地速递", "工会动态"])
@pytest.mark.parametrize("gap", ["  ", "\u3000"])
def test_the_digests_title_is_cut_off_the_first_items_headline(title: str, gap: str) -> None:
    page = FIRST + f"{title}{gap}清河区总工会慰问环卫工人\n" + ITEM_ONE + ITEM_TWO
    assert _headlines(page) == [
        "湖滨市总工会启动职工夏季送清凉行动",
        "清河区总工会慰问环卫工人",
        "白塔县举办职工篮球赛",
    ]
    assert block_roles(page)[title] == "furniture"


def test_a_longer_first_phrase_ending_on_a_digests_word_stays_in_the_headline() -> None:
    page = FIRST + "讲好工会新闻 传播职工声音\n" + ITEM_ONE
    assert _headlines(page)[1] == "讲好工会新闻 传播职工声音"


def test_a_place_over_the_headline_on_its_line_stays_its_kicker() -> None:
    page = FIRST + "雅安  雅安市总工会为茶农开办技能夜校\n" + ITEM_ONE
    article = layout_articles(page)[1]
    assert ("kicker", "雅安") in article
    assert ("headline", "雅安市总工会为茶农开办技能夜校") in article
