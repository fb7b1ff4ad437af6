"""A title's line that goes on after a blank is cut off as title + byline only where a
byline's mark opens the byline: a line that is a byline whole (its roles parted by
blanks, bold or not) is never cut, and nor is a title ending on names or on a role word
of its own, or a sentence. (Stop 44 tried cutting ``标题 本报记者 某某`` with no mark as
well; it cost a held-out set a headline and was backed out.) Invented lines."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_meta import title_tail_start


@pytest.mark.parametrize(
    "line",
    [
        # a title ending on names: no role word before them
        "新区职工运动会开幕 陈志远 周海",
        # a role word in the title's words, no byline
        "市总工会表彰优秀通讯员 记者节座谈会举行",
        # a sentence, no title
        "日前，市总工会召开会议。 本报记者 高远",
        # a byline whole, its roles parted by blanks: no title before it
        "□本报记者 鄢思雨 文/摄",
        "**□本报记者 蓝星野 文/摄**",
        "工人日报-中工网记者 汤晓峰 通讯员 楚 怡",
    ],
)
def test_no_byline_to_cut(line):
    assert title_tail_start(line) is None
