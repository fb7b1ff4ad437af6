"""A union's briefs sheet heads its items with its name and its issue's number, no
brackets around it (``青禾工会简讯 第8期 2022年3月4日``). Read on real_dev24: the number
hid the bulletin's title, which was taken for the first item's headline. Invented sheet
in that shape."""

from __future__ import annotations

from gonghui_build.layout.digest_titles import is_digest_title
from tests.conftest import layout_articles, layout_heads

SHEET = """青禾工会简讯 第8期 2022年3月4日
●日前，青禾区总工会在区职工服务中心举办职工书法展，展出作品60幅。（林小禾）
●近日，青禾县总工会为30名环卫工人送去慰问品。（青禾县总工会）
●3月1日，青禾市总工会召开全委会议，部署今年重点工作。（王一帆）
"""


def test_the_bulletins_title_heads_no_item():
    assert len(layout_articles(SHEET)) == 3
    assert all(not heads for heads in layout_heads(SHEET))


def test_an_issue_number_after_the_title_is_no_word_of_it():
    assert is_digest_title("青禾工会简讯 第8期")
    assert is_digest_title("工会快讯总第105期")
    assert not is_digest_title("青禾区总工会召开第8次全委会议")
