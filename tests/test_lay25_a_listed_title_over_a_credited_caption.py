"""A photo page lists its items' titles, and each item prints its title over a caption
ending with its credit. A caption credited to a body after a slash (``/ 某工会 供图``)
reads as a digest's item; after an item still open (closed by a photographer's credit,
no byline), its title was taken for a section heading of that item (real_dev25: 3
articles for 4). A title the index lists opens an item of its own. Invented page."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = """松川职工报
第04版：图片新闻
2024年3月8日 星期五
巧手绣出新生活
女职工插花赛
巧手绣出新生活
3月6日，城东区总工会举办女职工刺绣技能比武，40名女职工参加。 本报记者 林知夏 摄
女职工插花赛
青河县总工会日前举办女职工插花比赛，30支队伍参赛。/ 青河县总工会 供图
"""


def test_each_listed_title_heads_its_own_photo_item():
    roles = layout_roles(PAGE)
    assert roles["巧手绣出新生活"] == ("headline", 0)
    assert roles["女职工插花赛"] == ("headline", 1)
