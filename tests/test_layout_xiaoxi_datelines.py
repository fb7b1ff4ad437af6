"""A paper's or a site's 消息 opens an item as its 讯 does: ``某某日报（某某网）消息（记者
某某）…``, ``日报消息（全媒体记者 某某）…``, ``【某某政府网消息】…``. Read in session 18 on
a provincial daily's copy on a news portal, a city daily's e-paper and a city government
portal (the bracketed one was read as a yearbook entry, its source as the headline; the
others as text), and in the tuning set real_dev8 made in the first one's shape. The
portal's copy prints its photos' captions over that dateline, one short sentence a line
with no credits and no title: they are the item's captions, not an article of their own.
``消息`` in a sentence opens nothing (invented text here)."""

from __future__ import annotations

from gonghui_build.layout.cues import DATELINE_RE, is_label
from tests.conftest import layout_roles

CAPTIONS = "职工联欢会开场舞蹈。\n市总工会主席梅德清致辞。\n职工家属走上台来拥抱亲人。\n"
DATELINE = (
    "青禾日报（青禾网）消息（记者 侯俊）联欢会上，几名职工代表正讲着不能回家过年的心事，"
    "家人突然走上了舞台。\n"
)
TEXT = "1月20日中午，青禾市总工会举办的新春联欢会在工人文化宫举行，200余名职工参加。\n"


def test_a_papers_or_a_sites_xiaoxi_is_a_dateline():
    assert DATELINE_RE.match(DATELINE)
    assert DATELINE_RE.match("日报消息（全媒体记者 侯俊 报道）炎炎夏日，市总工会开展送清凉活动。")
    assert DATELINE_RE.match("【青禾政府网消息】4月20日下午，市总工会启动职工助力乡村行动。")
    assert DATELINE_RE.match("青禾网消息 近日，市总工会举办职工书画展。")
    assert is_label("青禾政府网消息")


def test_xiaoxi_in_a_sentence_opens_nothing():
    assert not DATELINE_RE.match("好消息传来，青禾纺织厂的职工书屋建成了。")
    assert not DATELINE_RE.match("青禾网消息称，市总工会将举办培训班。")
    assert not DATELINE_RE.match("他从日报消息中得知了这件事。")


def test_a_bracketed_site_xiaoxi_opens_an_item_not_an_entry():
    page = "【青禾政府网消息】4月20日下午，市总工会在东坪村启动职工助力乡村行动。\n" + TEXT
    roles = layout_roles(page)
    assert {role for role, _ in roles.values()} == {"dateline", "body"}
    assert {article for _, article in roles.values()} == {0}


def test_captions_over_the_dateline_are_the_items_captions():
    roles = layout_roles(CAPTIONS + DATELINE + TEXT)
    assert {article for _, article in roles.values()} == {0}
    assert roles["市总工会主席梅德清致辞。"][0] == "photo_caption"
    assert roles[TEXT.strip()][0] == "body"


def test_one_short_sentence_over_a_dateline_is_not_read_as_a_caption():
    roles = layout_roles("市总工会主席梅德清致辞。\n" + DATELINE + TEXT)
    assert roles["市总工会主席梅德清致辞。"][0] == "body"
