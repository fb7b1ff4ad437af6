"""A body's credit for the photo it supplied, after a blank on its caption's line (``…心得。
区总工会 供图``, a blank before the mark or none): the caption is no paragraph of the text
and the credit no credit that closes the article, as with ``某某 摄``."""

from __future__ import annotations

import pytest

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = (
    "柳川区第三届职工读书节开幕\n"
    "4月23日，柳川区总工会举办第三届职工读书节，三百余名职工参加开幕式。\n"
    "“读书分享会”上，职工交流阅读心得。 {credit}\n"
    "据悉，读书节将持续至6月底。\n"
)


@pytest.mark.parametrize("credit", ["区总工会 供图", "柳川区总工会供图"])
def test_the_caption_and_its_supplied_credit(credit):
    lay = layout(split_blocks(PAGE.format(credit=credit)))
    roles = {p.block.plain: p.role for p in lay.placed}
    assert roles["“读书分享会”上，职工交流阅读心得。"] == "photo_caption"
    assert roles[credit] == "photo_credit"
    assert roles["据悉，读书节将持续至6月底。"] == "body"
    assert len(lay.articles) == 1
