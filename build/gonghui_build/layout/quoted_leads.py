"""A speaker's lead and the quote printed on the line under it, one paragraph.

Union posts and web copies often end a line with the speaker and a colon and set the
words spoken on the next line (``老劳模拉着部长的手说：`` / ``“年年都惦记着我们。”``).
The lead and its quote are one sentence, broken where the quote opens: one paragraph, as
a line broken mid-sentence is (real_dev14's county union post, written from real posts,
has it so; s51 read web copies quoting speakers after 说：).
A colon after anything but a verb of saying (``授予以下单位荣誉称号：``) still opens a list
whose lines are paragraphs of their own, and so does a lead over several quotes in turn
(``职工们纷纷说：`` / ``“…”`` / ``“…”``): each of those is a speaker's paragraph.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import OPENING_QUOTES, ends_with_colon

#: Marks that close a quotation (:data:`~gonghui_build.text.chars.OPENING_QUOTES` open one).
CLOSING_QUOTES = '”」』’"'
#: What may follow the closing mark at the end of the quote's line.
QUOTE_END_MARKS = "。！？!?…"


def is_speakers_lead(text: str) -> bool:
    """``…拉着部长的手说：``: a line ending in a verb of saying (``people.yaml``
    speech_verbs: 说, 表示, 介绍…) and a colon."""
    text = text.rstrip()
    if not ends_with_colon(text):
        return False
    return lexicon.words("people.yaml", "speech_verbs").ending(text[:-1].rstrip()) is not None


def opens_quote(text: str) -> bool:
    """A text opening with a quotation mark."""
    return text.lstrip()[:1] in OPENING_QUOTES


def is_whole_quote(text: str) -> bool:
    """``“年年都惦记着我们，心里热乎。”``: a text that is one quotation from its opening
    mark to its closing one (a full stop may follow the closing mark), nothing after."""
    text = text.strip().rstrip(QUOTE_END_MARKS)
    return len(text) > 2 and opens_quote(text) and text[-1] in CLOSING_QUOTES
