"""A credit for both the text and the photos (``文/图``, ``图/文``, ``文/摄``) closing an item on
a line of its own: the mark before the names (``（文/图 本报记者 某某）``) or after them
(``某某 某某 文/图``). Read as the item's end credit, it is no kicker of the next item and no
page furniture; the mark beside words that are not names makes no credit."""

from __future__ import annotations

import pytest

from gonghui_build.layout.end_credits import end_credit_start, is_credit_line


@pytest.mark.parametrize(
    "line",
    [
        "（文/图 本报记者 谭思远）",
        "（图/文 通讯员 陶小川）",
        "文/摄 谭思远",
        "图/文：谭思远",
        "邬晓峰 庞雨菲 文/图",
        "（邬晓峰 文/图）",
        "本报记者 谭思远 通讯员 陶小川 文/图",
    ],
)
def test_text_and_photo_credit_line_is_an_end_credit(line):
    assert is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "劳动光荣 文/图",  # a slogan beside the mark
        "（文/图 职工书屋）",  # a place, not a name
        "（文/图 本报记者）",  # a role word and no name
        "职工书屋 图文",
        "文/图：职工书屋",
    ],
)
def test_text_and_photo_mark_beside_no_names_is_no_credit(line):
    assert not is_credit_line(line)


def test_text_and_photo_credit_closing_a_paragraph_starts_after_its_last_sentence():
    text = "活动持续到傍晚。（文/图 本报记者 谭思远）"
    assert end_credit_start(text) == text.index("（")
