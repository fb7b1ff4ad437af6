"""A briefs column closes its last item with the mark for text and photos and the writer's
name run on after the last sentence (``…开班。文/图 某某``). Read on real_dev21: a name
whose given name is also a common word (天一) was not taken for a name there, so the
credit stayed in the item's text and the writer was credited neither as reporter nor as
photographer. The mark keys the names after it as a key's colon does. Invented text."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start
from tests.conftest import page_authors

PAGE = """工会短波
▲5月6日，青湾市总工会为辖区40名快递员送去防暑用品。（戈文涛）
▲5月8日，青湾市总工会“送技能下基层”培训开班，首期培训焊工60人。文/图 楚天一
"""


def test_the_closing_credit_is_cut_off_the_items_text():
    text = "首期培训焊工60人。文/图 楚天一"
    assert end_credit_start(text) == text.index("文/图")


def test_the_writer_is_reporter_and_photographer():
    authors = page_authors(PAGE)
    assert ("楚天一", "reporter") in authors
    assert ("楚天一", "photographer") in authors


def test_words_after_the_mark_are_no_credit():
    assert end_credit_start("首期培训焊工60人。文/图 劳动光荣") is None
