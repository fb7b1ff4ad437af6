"""Correspondents' names run into the end of an article's text: ``…参观了职工活动中心
王某芳 刘某`` (old OCR pages print the credit on the text's last line, after a space).

Two names or more, each of a Chinese name's shape, separated by spaces, after a space or
a sentence's end, close the text: they are the article's correspondents, not people it
names. One name alone is left to the text (it may be a person the last sentence names). A
credit opening with a role word (``…效应。本报记者 某某 本报通讯员 某某 摄``) closes the
text too, whatever its names: it is read as a byline (:mod:`bylines`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.blank_keys import blank_keyed_names
from gonghui_build.extract.dash_credits import dash_credit_start
from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.layout import furniture
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.posted_names import holder_gaps
from gonghui_build.layout.role_words import OWN
from gonghui_build.text.chars import CJK, FULL_STOPS, is_cjk
from gonghui_build.text.names import is_name_shaped, is_plausible_name, split_name

#: The reference file a credit's words are listed in.
FILE = "bylines.yaml"

#: A name of a credit: two to four characters, or a name of two a column padded to the
#: width of three with one blank between its characters (``李 明 王淑芬``).
_CREDIT_NAME = rf"(?:{CJK}[ \u3000]{CJK}(?!{CJK})|{CJK}{{2,4}})"
_TAIL = re.compile(
    rf"(?:(?<=[。！？”])|[ \u3000]+)({_CREDIT_NAME}(?:[ \u3000]+{_CREDIT_NAME})+)[ \u3000]*$"
)


def trailing_credit(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each name of a credit closing ``text``, or none; a padded
    name is read without its blank. A paragraph of nothing but names is none: the
    layout reads a credit on its own line as a byline, so names it left as text are a
    list's (an award's winners under ``先进个人：``), as are the names after a post on a
    roster's row (``副主席 某某 某某``, :func:`~gonghui_build.layout.posted_names.holder_gaps`)."""
    match = _TAIL.search(text)
    if match is None or is_name_shaped(text[: match.start(1)].strip()):
        return []  # 某某 某某 某某: a paragraph of names alone is a list, no credit
    if holder_gaps(text):
        return []  # 副主席 某某 某某: a roster's row of a post and its holders
    names = [
        (re.sub(r"[ \u3000]", "", m.group(0)), match.start(1) + m.start(), match.start(1) + m.end())
        for m in re.finditer(_CREDIT_NAME, match.group(1))
    ]
    return names if all(is_name_shaped(n) for n, _, _ in names) else []


#: Characters that end the sentence a credit follows: a sentence's end, half-width too,
#: or the closing quote of a quotation ending it; not the ； of ``SENTENCE_PART_END``, as
#: a credit follows a whole sentence (…。本报记者 某某), not a part of one.
_SENTENCE_ENDS = FULL_STOPS | frozenset("”")
#: How long a credit run into the text may be.
_CREDIT_MAX = 40


def role_credit_start(text: str) -> int | None:
    """Where a credit opening with a role word (本报记者, 通讯员) closes ``text``, after
    its last sentence; None when the text ends otherwise."""
    end = max(text.rfind(c) for c in _SENTENCE_ENDS) + 1
    tail = text[end:]
    start = end + len(tail) - len(tail.lstrip())
    if end == 0 or not tail.strip() or len(tail) > _CREDIT_MAX:
        return None
    return start if _opens_with_role(text[start:]) else None


#: How long a paper's or a site's name glued before a credit's role word may be.
_PAPER_NAME_MAX = 12


def _opens_with_role(tail: str) -> bool:
    """A credit's text opening with a role word (本报记者 某某), or with a paper's or a
    site's name glued to one (某某网记者某某通讯员 某某 报道, a portal's credit run into
    its copy's last line): the words :func:`role_word_in` reads in a byline's token; or a
    name glued to the mark that closes it (``…早餐。 某某某报道``, a photo item signed at its
    caption's end), which :func:`glued_mark` splits off only when the rest is a name."""
    role = bool(lexicon.words(FILE, "role_words").starting(tail)) or paper_role_end(tail) > 0
    marked = glued_mark(tail.strip()) is not None or _writers_mark_after(tail)
    return role or marked or blank_keyed_names(tail)  # …。文 某某 图 某某


#: How many names a writer's mark run into the text's end may close.
_MARKED_NAMES_MAX = 3


def _writers_mark_after(tail: str) -> bool:
    """``…点赞。某某某文``, ``…点赞。某某 某某 文``: the writers' names closed by a mark
    crediting the text (``role_marks`` of a reporter: 文, 文/图), glued to a name of three
    (:func:`glued_writer_mark`) or after a blank, the signature of a feature's writer
    run into its last paragraph."""
    *names, mark = tail.split() or [""]
    if not names:
        return glued_writer_mark(mark) is not None
    texts = lexicon.table(FILE, "role_marks")["reporter"]
    few = len(names) <= _MARKED_NAMES_MAX
    return mark in texts and few and all(is_name_shaped(n) for n in names)


def paper_role_end(token: str) -> int:
    """Where the role word ends that a paper's or a site's name opening ``token`` is
    glued to (``某某网记者某某通讯员``: after 记者), whatever follows; 0 when the token
    opens otherwise."""
    roles = lexicon.words(FILE, "role_words")
    for k in range(2, min(len(token), _PAPER_NAME_MAX + 1)):
        word = roles.starting(token, k)
        if word and not any(c.isspace() for c in token[:k]) and names_a_paper(token[:k]):
            return k + len(word)
    return 0


#: A credit in brackets closing the text after its last sentence: （王某 李某）, （厂工会 葛平）.
#: A question mark a digitised archive left after the bracket (``…。（某某）?``) is
#: no text: the credit still closes it.
_BRACKETED = re.compile(r"(?<=[。！？”!?])\s*([（(])([^（()）]{2,24})[)）][ \u3000]*[?？]?\s*$")
#: What parts the names (and a unit before them) inside a bracketed credit.
_CREDIT_PARTS = re.compile(r"[ \u3000、，,]+")
#: The longest part of a bracketed credit: a unit's short name (厂工会, 机关).
_PART_MAX = 8


def bracketed_credit_start(text: str) -> int | None:
    """Where a credit in brackets (…慰问品。(某单位 王某)) closes ``text``: its parts
    are short runs of Chinese characters and the last of them has a name's shape, or
    two names' printed with no space between them (…。(某某某某某)); None when the text
    ends otherwise."""
    match = _BRACKETED.search(text)
    if match is None:
        return None
    parts = [x for x in _CREDIT_PARTS.split(match.group(2).strip()) if x]
    short = all(re.fullmatch(rf"{CJK}{{1,{_PART_MAX}}}", x) for x in parts)
    padded = len(parts) > 1 and len(parts[-1]) == 1  # （某某，林 秋）: the last name padded
    last = parts[-2] + parts[-1] if padded else (parts[-1] if parts else "")
    named = bool(last) and (is_name_shaped(last) or two_names(last) is not None)
    return match.start(1) if short and named else None


def closing_credit_start(text: str) -> int | None:
    """Where a credit run into the end of ``text`` starts: one opening with a role word
    (…。本报记者 某某), one in brackets (…。（某单位 王某）) or a writer's dash signature
    (…。——某某, :mod:`dash_credits`); None when the text ends otherwise."""
    for start in (role_credit_start(text), bracketed_credit_start(text)):
        if start is not None:
            return start
    return dash_credit_start(text)


def two_names(name: str) -> tuple[str, str] | None:
    """（罗晓张建明）: two names of a byline printed with no space between them, read so
    only when exactly one cut leaves two plausible names, each of a common one-character
    surname (a long name of another language, 吉克曲布, 李敖日格乐, stays whole); two
    names of three characters (（黎晓芸瞿思远）) may have a rarer surname each (瞿, 黎), as
    six characters are no one name of the surname lists' shapes."""
    if not 4 <= len(name) <= 6 or is_name_shaped(name) or not all(is_cjk(c) for c in name):
        return None
    surnames = lexicon.surnames()
    listed = surnames.is_surname if len(name) == 6 else surnames.common.__contains__

    def plain(part: str) -> bool:
        parts = split_name(part)
        return (
            parts is not None and listed(parts[0]) and is_plausible_name(part, strong_context=True)
        )

    cuts = [k for k in (2, 3) if 2 <= len(name) - k <= 3 and plain(name[:k]) and plain(name[k:])]
    return (name[: cuts[0]], name[cuts[0] :]) if len(cuts) == 1 else None


def spaced(p: Paragraph) -> tuple[str, list[int]]:
    """The paragraph's text with a space where the repair removed what the page prints
    between two characters (an OCR space), and each character's offset in the text."""
    jumps = p.cleaned.to_page.jumps
    if not jumps:
        return p.text, list(range(len(p.text)))
    chars: list[str] = []
    back: list[int] = []
    for i, ch in enumerate(p.text):
        if i in jumps:
            chars.append(" ")
            back.append(i)
        chars.append(ch)
        back.append(i)
    return "".join(chars), back


def paragraph_credit(p: Paragraph) -> list[tuple[str, int, int]]:
    """The credit closing a paragraph, with offsets in its (repaired) text."""
    spaced_text, back = spaced(p)
    return [(n, back[s], back[e - 1] + 1) for n, s, e in trailing_credit(spaced_text)]


def last_text(paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    """The article's last paragraph of body text, where a credit may close it."""
    return next((p for p in reversed(paragraphs) if p.role == "body"), None)


def credit_spans(paragraphs: Sequence[Paragraph]) -> dict[int, list[tuple[int, int]]]:
    """Paragraph seq → the spans of the credit closing the article's text."""
    last = last_text(paragraphs)
    if last is None:
        return {}
    text, back = spaced(last)
    role = closing_credit_start(text)
    spans = [(back[role], len(last.text))] if role is not None else []
    return {last.seq: spans + [(s, e) for _, s, e in paragraph_credit(last)]}


def role_after_paper(token: str) -> str | None:
    """``工人日报-中工网记者``: a role word ending a token that names a paper (a dash or
    a 报 before the role), not a name; ``本报驻某市记者站``: a paper's station
    (``station_words``) ending it, whose reporters the names after it are."""
    station = lexicon.words(FILE, "station_words").ending(token)
    if station:
        return str(lexicon.keyed(FILE, "station_words")[station])
    word = lexicon.words(FILE, "role_words").ending(token)
    if word is None or word == token:
        return None
    return word if names_a_paper(token[: -len(word)]) else None


def paper_role_prefix(token: str) -> tuple[int, str] | None:
    """``新华社记者樊某``, ``工人日报—中工网记者张某``: a paper's or an agency's name, a
    role word and what follows it (the names), printed as one token: (where the names
    start, the role word). None when no role word follows a paper's name in the token."""
    roles = lexicon.words(FILE, "role_words")
    for k in range(2, len(token) - 1):
        word = roles.starting(token, k)
        first = token[k + len(word) :].partition("、")[0] if word else ""
        first = first[: -len(mark)] if (mark := glued_mark(first)) else first  # 某某报道
        if word and names_a_paper(token[:k]) and is_name_shaped(first):
            return k + len(word), word  # not 本报某地记者站: a word goes on after the role
    return None


def a_papers_staff(token: str) -> bool:
    """``（某某日报 某某）``, ``（某某工人报 某某）``: a paper's, a station's or a media
    centre's name alone before the name closing an item (a union's site reposting a
    city daily's copy, read on real pages, s40): the name is that paper's reporter, not
    a union's correspondent. The endings are the layout's of a line naming a paper
    (``media_name_endings``), so a unit (厂工会, 社区) keeps its correspondent."""
    return bool(furniture.words().media_name.match(token))


def names_a_paper(text: str) -> bool:
    """A token naming a paper, a site or an agency (``paper_marks``: 工人日报-中工网,
    新华社), or a media outlet by its ending (``某县融媒体中心``, ``某市电视台``: the
    layout's ``media_name_endings``, which county media centres sign their reporters
    with): the role word glued after it is that outlet's, the name after it its own."""
    marks = lexicon.words(FILE, "paper_marks")
    return any(mark in text for mark in marks) or a_papers_staff(text)


def glued_mark(token: str) -> str | None:
    """``记者某某报道``: a mark printed glued to the name it closes, when what is left
    before it is a name of two or three characters."""
    mark = lexicon.words(FILE, "glued_marks").ending(token)
    if mark is None:
        return None
    rest = token[: -len(mark)]
    return mark if 2 <= len(rest) <= 3 and is_name_shaped(rest) else None


def glued_writer_mark(token: str) -> str | None:
    """``某某某文 某某 摄``: the writer's mark 文 glued to a name of three characters (no
    name of one surname and four characters ends so; ``欧阳某文`` is a name): the mark."""
    glued = len(token) == 4 and token[3] == "文" and split_name(token) is None
    return "文" if glued and is_name_shaped(token[:3]) else None


def role_word_in(token: str) -> tuple[int, str | None]:
    """The role word a byline's token opens with (本报记者某某), or that follows the
    agency's or paper's name it opens with (新华社记者某某): (where the rest starts, the
    word)."""
    if word := lexicon.words(FILE, "role_words").starting(token):
        return len(word), word
    # 本刊记者, 本台记者, 本站通讯员, 本刊见习记者: the magazine's, the station's or the
    # site's own role word, as 本报记者 is the paper's (the layout's OWN): no title
    own = _OWN_RE.match(token)
    if own and (word := lexicon.words(FILE, "role_words").starting(token[own.end() :])):
        return own.end() + len(word), word
    # 贵州读者 某某, ——湖北读者 某某: a reader signs with the place they write from
    word = lexicon.words(FILE, "role_words").ending(token)
    if word and word != token and is_division(token[: -len(word)]):
        return len(token), word
    return paper_role_prefix(token) or (0, None)


#: What a role word's own medium opens with (:data:`role_words.OWN`).
_OWN_RE = re.compile(OWN)


#: Brackets a credit inside the text opens and closes with.
_OPENING, _CLOSING = "（(", "）)"


def in_bracketed_credit(text: str, at: int) -> bool:
    """Whether ``at`` lies in brackets that hold a credit (某新闻网讯（通讯员甲某乙某）…,
    …。（某日报记者甲某通讯员乙某报道）, 某网讯（图文/甲某 编辑/乙某）, 某报消息（甲某）): a
    dateline's or a closing credit's names printed in the text's own line, the
    authors', not people the text names. A role word before ``at`` tells so, or what
    the brackets hold as a whole (:func:`_credit_content`)."""
    opening = max(text.rfind(b, 0, at) for b in _OPENING)
    if opening < 0 or any(b in text[opening:at] for b in _CLOSING):
        return False
    if _credit_word_re().search(text, opening, at):
        return True
    closings = [i for i in (text.find(b, at) for b in _CLOSING) if i >= 0]
    return bool(closings) and _credit_content(text, opening, min(closings))


#: What parts the words of a credit in brackets (spaces, 、, the slash or colon after a
#: role word: 图文/某某, 编辑：某某).
_CREDIT_SEPARATORS = re.compile(r"[ \u3000、，,/／:：\-－—]+")


@functools.cache
def _credit_vocabulary() -> frozenset[str]:
    """Words a credit prints besides names: role words (记者, 通讯员), role marks
    (文/图, 摄), keyed roles (文字, 图文) and an editor's keys (编辑, 责编; the same
    words ``page_furniture.yaml`` reads as an editor's credit line)."""
    marks = [m for ms in lexicon.table(FILE, "role_marks").values() for m in ms]
    words = [*lexicon.words(FILE, "role_words"), *lexicon.words("people.yaml", "byline_words")]
    keys = [*lexicon.keyed(FILE, "keyed_roles"), *lexicon.words(FILE, "glued_marks")]
    return frozenset([*words, *keys, *marks, *lexicon.words("page_furniture.yaml", "editor_keys")])


@functools.cache
def _credit_word_re() -> re.Pattern[str]:
    """A role word (记者, 通讯员), or a keyed role or an editor's key with its slash or
    colon (图文/, 编辑：): a credit's word before a name. A keyed word alone (文, 图) is
    no sign: it starts words of the text (文化宫)."""
    roles = [*lexicon.words(FILE, "role_words"), *lexicon.words("people.yaml", "byline_words")]
    keyed = [
        *lexicon.keyed(FILE, "keyed_roles"),
        *lexicon.words("page_furniture.yaml", "editor_keys"),
    ]
    return re.compile(rf"{lexicon.alternation(roles)}|(?:{lexicon.alternation(keyed)})\s*[/／:：]")


def credit_word_before(text: str, start: int) -> bool:
    """本刊记者-某某, 编辑：某某, 图文/某某: a credit's word (and its dash, slash or
    colon) right before ``start``, a credited name run into the text."""
    before = text[max(0, start - 10) : start]
    return _credit_word_ending_re().search(before) is not None


@functools.cache
def _credit_word_ending_re() -> re.Pattern[str]:
    """A credit's word (:func:`_credit_word_re`) and its dash or spaces closing a text."""
    return re.compile(rf"(?:{_credit_word_re().pattern})[ \u3000\-－—]*$")


def _credit_content(text: str, opening: int, closing: int) -> bool:
    """（甲某 通讯员 乙某）, （甲某 乙某 文/图）, 某报消息（甲某）, …。（甲某）: brackets that
    hold names and a credit's words alone are a credit when a credit's word is among
    them, or when they follow a dateline's mark (讯, 消息) or a sentence's end and close
    the text (…。（甲某）: the item's author)."""
    vocabulary = _credit_vocabulary()
    parts = [x for x in _credit_parts().split(text[opening + 1 : closing]) if x]
    names = [x for x in parts if x not in vocabulary]
    if not names or not all(is_name_shaped(x) or two_names(x) for x in names):
        return False
    worded = len(names) < len(parts)
    if worded or lexicon.words(FILE, "dateline_marks").ending(text, opening):
        return True
    closes = not text[closing + 1 :].strip()
    return opening > 0 and text[opening - 1] in _SENTENCE_ENDS and closes


@functools.cache
def _credit_parts() -> re.Pattern[str]:
    """Splits a credit into its names and words: at spaces, 、, a slash or a colon, and
    around a credit's word of two characters or more printed glued to a name
    (甲某通讯员乙某, where the repair took the page's spaces out). A word of one
    character (文, 摄) is one only standing alone: it is a character of names too."""
    longer = [w for w in _credit_vocabulary() if len(w) > 1]
    return re.compile(rf"({lexicon.alternation(longer)})|{_CREDIT_SEPARATORS.pattern}")


def is_letter(paragraphs: Sequence[Paragraph]) -> bool:
    """A letter to the paper: its text opens by addressing the editors (``编辑同志：``,
    ``letter_salutations``), and the names signing it at its end are its writers
    (authors), not correspondents reporting for the paper."""
    first = next((p for p in paragraphs if p.role == "body"), None)
    if first is None:
        return False
    word = lexicon.words(FILE, "letter_salutations").starting(first.text.lstrip())
    return bool(word) and first.text.lstrip()[len(word) : len(word) + 1] in ("：", ":", "，", ",")
