"""A union site prints the unit that posted an item and the stamp of when on one row over
the item's title (``某某区总工会 2024-04-28 10:15``): a unit's name alone before a stamp
is that header row, furniture whole, not a title run on into its stamp (it was read as
the headline, the true title under it as the subtitle). A title before its stamp is
still cut off (invented text)."""

from __future__ import annotations

from tests.conftest import layout_heads

TITLE = "“工匠精神”主题宣讲走进东坪中学"
TEXT = "4月25日，东坪区总工会开展主题宣讲活动，300余名师生聆听宣讲。\n"


def test_a_units_name_before_a_stamp_is_a_header_row() -> None:
    page = f"工会首页 > 基层风采\n青禾市东坪区总工会 2024-04-28 10:15\n{TITLE}\n{TEXT}"
    assert layout_heads(page) == [[("headline", TITLE)]]


def test_a_title_before_its_stamp_is_still_the_headline() -> None:
    page = f"工会首页 > 基层风采\n{TITLE} 2024-04-28 10:15\n{TEXT}"
    assert layout_heads(page) == [[("headline", TITLE)]]
