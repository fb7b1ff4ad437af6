"""A government disclosure record copied as a table's rows, the colons lost with the
cells (``索 引 号 1135…/2025-00412  发布机构 某县总工会``, ``文 号  主题分类 其他``).

County and city portals print a record of fields over every item they publish, a union's
news among them; copied as text, each row keeps the fields' names and values apart by
blanks only. No kicker, headline or text is two or more record fields standing alone, so
such a row is the page's furniture (``furniture.py`` asks). The fields' names are the
``header_keys`` of ``reference/page_furniture.yaml``, the same that key a header row
with a colon.

A feature's or a special's production credits print the same way, set over its headline or
under its text with a slash for the colon (``策划/某某 执行/某某``, ``统筹／某某``): who
planned and ran the report, no author of it and no title; such a row opening with a
production key (``production_credit_keys``), or an editor's (``editor_keys``: ``责编/某某``,
whose colon ``furniture.py`` reads already), is furniture too.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.role_words import BYLINE_MARKS
from gonghui_build.text.chars import FULL_STOPS, SENTENCE_MARKS, without_spaces

#: Blanks a record or a form may print between a field name's characters (``出 版 物：``,
#: ``索 引 号``, ``作  者：``), to give the name the width of a longer one.
_KEY_GAP = "[ \\t\\u3000]{0,2}"
#: Blanks a credit or a header field keyed by a colon may print between its name's
#: characters: a WeChat post justifies its closing credits to one width (``编    辑：``,
#: ``审 \u00a0 核：``, beside ``总策划：``), with up to four blanks, some of them no-break;
#: the colon after the name keeps it from a spaced word of running text.
COLON_KEY_GAP = "[ \\t\\u3000\\u00a0]{0,4}"
#: Fewest fields standing alone on a row read as the record's (one name alone may be a
#: word of a title; two with values between them are a form's row).
RECORD_FIELDS_MIN = 2
#: Longest row (characters without blanks) read as the record's.
RECORD_ROW_MAX = 80


def spaced_keys(keys: list[str], gap: str = _KEY_GAP) -> str:
    """Alternation of field names, longest first, each allowed ``gap`` between its
    characters (read here and by ``furniture.py`` for the fields keyed by a colon, with
    the wider ``COLON_KEY_GAP``)."""
    ordered = sorted(set(keys), key=lambda k: (-len(k), k))
    return "|".join(gap.join(map(re.escape, k)) for k in ordered)


@functools.cache
def _field_re() -> re.Pattern[str]:
    """A field's name standing alone: at the row's start or after a blank, and before a
    blank or the row's end (never a word inside a phrase, ``发布机构改革``)."""
    names = spaced_keys(lexicon.load("page_furniture.yaml")["header_keys"])
    return re.compile(f"(?:^|(?<=\\s))(?:{names})(?=\\s|$)")


def is_record_row(text: str) -> bool:
    """A row of a disclosure record printed without colons: two or more fields' names
    standing alone on a short row that holds no sentence."""
    line = text.strip()
    compact = without_spaces(line)
    if not compact or len(compact) > RECORD_ROW_MAX or any(ch in SENTENCE_MARKS for ch in compact):
        return False
    return len(_field_re().findall(line)) >= RECORD_FIELDS_MIN


@functools.cache
def _production_credit_re() -> re.Pattern[str]:
    """A production or an editor's key opening the row (after a byline's square, if any), a
    slash or a colon after it, and a name's first character: the key never ends a word of a
    title. An editor's credit keyed by a slash (``责编/某某``, ``编辑/某某 校对/某某``) under
    a page's text is the same row as a production credit."""
    data = lexicon.load("page_furniture.yaml")
    keys = spaced_keys([*data["production_credit_keys"], *data["editor_keys"]], COLON_KEY_GAP)
    return re.compile(f"^[{BYLINE_MARKS}]?\\s*(?:{keys})\\s*[/／:：]\\s*[\\u4e00-\\u9fff]")


def is_production_credit_row(text: str) -> bool:
    """A short row of a report's production credits (``策划/某某 执行/某某 某某``), keyed by a
    slash or a colon: no sentence ends on it, and it opens with a production key."""
    line = text.strip()
    compact = without_spaces(line)
    if not compact or len(compact) > RECORD_ROW_MAX or any(ch in FULL_STOPS for ch in compact):
        return False
    return bool(_production_credit_re().match(line))
