"""A post's first sentence in short lines under its dated header opens the title's text."""

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

POST = """青川县总工会为环卫工人送清凉
青川工会
2024年07月10日 17:20 四川
“天太热了，
多喝点水！”
7月9日，青川县总工会走访慰问户外劳动者，为60名环卫工人送去清凉用品。
县总工会副主席林木森说，工会将持续关心户外劳动者。
"""


def test_the_title_heads_the_post() -> None:
    pl = layout(split_blocks(POST))
    roles = {p.block.plain: p.role for p in pl.placed}
    assert roles["青川县总工会为环卫工人送清凉"] == "headline"
    assert roles["“天太热了，\n多喝点水！”"] == "body"
    assert len(pl.articles) == 1
