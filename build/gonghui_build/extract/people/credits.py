"""Photo credits and bylines run into the text: names the model reads there are the
credited people, kept apart from the people the text names (the authors table reads the
credits). Why: on real pages captions end in credits in many shapes (某某 摄, 某某摄 read
whole by the model, 某某某某摄影报道, ……慰问品摄影某某), seen on 4 real pages of 4 sources
in session 18."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.credits import credit_word_before
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.names import is_plausible_name

#: What stands between a credited name and its mark (某某 摄, 某某/摄, 摄影：某某).
_CREDIT_SEPARATORS = " \u3000/／:："
#: Spaces between credited names (某某 某某摄).
_SPACES = re.compile(r"[ \u3000]*")
#: A paper's dateline after a slash (某某云/某某日报讯): the span before the slash is the
#: platform that co-signs the dateline.
_CO_SIGNED_DATELINE = re.compile(r"[/／][^\s，。,、/／]{1,10}?[讯訊]")


def words(section: str) -> lexicon.Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


def credit_or_byline(text: str, start: int, end: int, after_dateline: bool = False) -> bool:
    """吴阿妹 摄: a photo credit; 通讯员张文礼: a byline run into the text. Captions on
    real pages also print the mark inside the model's span (某某摄), after a second
    credited name (某某某某摄影报道) or after a slash (某某/摄), and the mark before a
    name that closes the caption (……慰问品摄影某某): credits all, bylines apart from the
    people the text names. ``after_dateline``: the paragraph follows its article's
    dateline (:func:`reporter_in_running_text`)."""
    marks = words("credit_marks")
    if marks.ending(without_spaces(text[start:end])):
        return True
    if _CO_SIGNED_DATELINE.match(text, end):
        return True  # 某某云/某某日报讯（记者 …）: a platform's name, no person
    after = text[end : end + 3].lstrip(_CREDIT_SEPARATORS)
    if marks.starting(after) or _next_credited_name(text, end):
        return True
    before = text[max(0, start - 6) : start]
    bare = before.rstrip(_CREDIT_SEPARATORS)
    if marks.ending(bare) and (bare != before or _closes_text(text, end)):
        return True  # 摄影/某某, 摄影：某某, ……慰问品摄影某某 (the caption's end)
    running = reporter_in_running_text(text, start, end, after_dateline)
    if credit_word_before(text, start) and not running:
        return True  # 通讯员张某, 本刊记者-某某, 编辑：某某, 图文/某某
    if _header_key_before(before):
        return True  # ……现场。 作者：某某
    if _text_and_picture_mark(text, start, end):
        return True  # （集团工会 某某 文/图）: the writer's mark read into the name
    glued = lexicon.words("bylines.yaml", "glued_marks").starting(text, end)
    return glued is not None and _closes_text(text, end + len(glued))  # ……操作。某某报道


#: The writer's mark of a credit (某某 文, 某某 文/图): 文 'text, written by'.
_TEXT_MARK = "文"
#: Marks of a picture's credit after the writer's and a slash (文/图, 文/摄).
_PICTURE_MARKS = ("图", "摄")


def _text_and_picture_mark(text: str, start: int, end: int) -> bool:
    """``（集团工会 倪婉 文/图）``: the model read a credited name of two characters or
    more and the writer's mark after it as one name (倪婉文: the paragraph's text has
    the page's spaces removed); 文 right before a slash and a picture's mark (文/图,
    文/摄) is the credit's mark. Read either way (倪婉 文/图 or a name ending in 文
    credited with /图) the span is a credit, no person the text names."""
    if end - start < 3 or text[end - 1 : end] != _TEXT_MARK:
        return False
    return text[end : end + 1] in ("/", "／") and text[end + 1 : end + 2] in _PICTURE_MARKS


def _header_key_before(before: str) -> bool:
    """……讲座现场。 作者：某某: a web copy's header key and its colon (``bylines.yaml``
    header_author_keys) right before the name credit it, wherever the line prints it (a
    caption's line closes on it as often as the header does: seen on union sites' posts,
    s32). The colon is asked for: 作者 alone opens words of the text (该书作者某某)."""
    keyed = before.rstrip(" \u3000")
    if not keyed.endswith(("：", ":")):
        return False
    keys = lexicon.words("bylines.yaml", "header_author_keys")
    return keys.ending(keyed[:-1].rstrip(" \u3000")) is not None


def _next_credited_name(text: str, end: int) -> bool:
    """某某 某某摄影, 某某某某摄影: the name is the first of credited names, the mark
    after the last of them (the next name is read at each length a name has)."""
    at = _SPACES.match(text, end).end()  # type: ignore[union-attr]
    for length in (2, 3):
        name = text[at : at + length]
        if len(name) < length or not is_plausible_name(name, strong_context=True):
            continue
        after = text[at + length : at + length + 3].lstrip(_CREDIT_SEPARATORS)
        if words("credit_marks").starting(after):
            return True
    return False


def _closes_text(text: str, end: int) -> bool:
    """Nothing but spaces and closing punctuation follows ``end``."""
    return not text[end:].strip(" \u3000)）]】。")


#: The traditional form of 讯, which ``bylines.yaml`` dateline_marks lists simplified.
_TRADITIONAL_XUN = "訊"
#: How far back a dateline's mark is looked for before the byline's word.
_DATELINE_REACH = 6


def reporter_in_running_text(text: str, start: int, end: int, after_dateline: bool = False) -> bool:
    """记者芮某从区总工会了解到: a byline's word glued to the name and a word that goes on
    with the sentence after it (``people.yaml`` reporter_goes_on): the text names the
    reporter as a person, as it names anyone (ANNOTATION.md: authors are people when the
    text also names them). A byline prints a space, a bracket or the next credit after
    the name; a dateline's mark before the word (本报讯记者某某近日…) keeps it one, and
    so does the start of a paragraph that follows the dateline the layout cut off
    (``after_dateline``); a later paragraph may open on the reporter (记者某某从…)."""
    word = words("byline_words").ending(text, start)
    if word is None or words("reporter_goes_on").starting(text, end) is None:
        return False
    if after_dateline and not text[: start - len(word)].strip():
        return False  # 本报讯|记者某某从…: the dateline's reporter, cut off with its mark
    line_start = max(text.rfind("\n", 0, start) + 1, start - len(word) - _DATELINE_REACH)
    lead = text[line_start : start - len(word)]
    inside_brackets = lead.rfind("（") > lead.rfind("）")  # （记者某某 …: a credit
    return not inside_brackets and not _dateline_mark_in(lead)


def _dateline_mark_in(lead: str) -> bool:
    """What a dateline prints before its reporter (本报讯记者某某近日…, 本报北京3月5日电
    记者某某从…, 某某报道): ``bylines.yaml`` dateline_marks and neutral_marks, the marks
    the byline reader knows; a reporter after one of them is the item's byline, however
    the sentence goes on."""
    return bool(
        lexicon.words("bylines.yaml", "dateline_marks").in_text(lead)
        or lexicon.words("bylines.yaml", "neutral_marks").in_text(lead)
        or _TRADITIONAL_XUN in lead
    )
