"""An award received on a day at a place, told in a worker's profile with no name of the
ceremony (4月28日，他在北京捧回了全国五一劳动奖章; 4月27日，他作为代表在北京人民大会堂
领取了全国劳动模范证书和奖章): the ceremony the worker went to, one activity of the
article, held there that day (the tuning gold of real_dev5 and real_dev7). A verb of
carrying an award home (``award_receipts``) and an award's head (``award_heads``) in
one sentence with a day and a place after 在; an award merely won (荣获…称号) or a
receipt with no day or place is an honour, no event."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.vocabulary import Category


@functools.cache
def _received() -> re.Pattern[str]:
    """在, the place, a verb of receipt and the award up to its head."""
    receipts, heads = words("award_receipts").pattern, words("award_heads").pattern
    return re.compile(
        rf"在(?P<place>[^，。；：、“”]{{2,12}}?)(?P<verb>{receipts})了?"
        rf"[^，。；：]{{2,20}}?(?:{heads})"
    )


def awards(text: str, lo: int, hi: int) -> list[Mention]:
    """The award received in the sentence ``text[lo:hi]`` on a day it gives, one mention
    from the verb to the award's head (the place before it, read as its venue); none
    without a day before it."""
    out: list[Mention] = []
    for m in _received().finditer(text, lo, hi):
        if not any(d.day for d in find_dates(text[lo : m.start()])):
            continue  # 他曾捧回…奖章: an honour of his career, no dated event
        words("award_receipts").found(m["verb"])
        out.append(Mention(m.start("verb"), m.end(), "", Category.other, True))
    return out
