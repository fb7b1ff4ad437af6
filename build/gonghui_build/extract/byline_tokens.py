"""The tokens of a byline: its words split at spaces and role marks, with the spaces an
OCR put inside a word (甘 霖/摄, 党组书 记) taken out again and a byline printed without
spaces (记者某某某通讯员某某) split before each role word. :mod:`.bylines` reads the
authors from these tokens; the words themselves are in ``reference/bylines.yaml``.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.credits import paper_role_end, role_word_in
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.layout.pen_names import keyed_pen_name, pen_name_pair
from gonghui_build.layout.reported_from import reported_from_start
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_name_shaped, split_name
from gonghui_build.vocabulary import AuthorRole

FILE = "bylines.yaml"
#: A token: its text and where it starts and ends in the paragraph.
Token = tuple[str, int, int]


@functools.cache
def role_marks() -> dict[str, tuple[AuthorRole, ...]]:
    """Mark → the roles it gives, in the file's order of roles (文/摄: reporter, then
    photographer)."""
    out: dict[str, tuple[AuthorRole, ...]] = {}
    for role, marks in lexicon.table(FILE, "role_marks").items():
        for mark in marks:
            out[mark] = (*out.get(mark, ()), role)
    return out


@functools.cache
def _token_re() -> re.Pattern[str]:
    marks = [*role_marks(), *lexicon.words(FILE, "editor_marks")]
    single = lexicon.alternation(m for m in marks if "/" not in m)
    return re.compile(rf"[^\s/／:：]+(?:[/／](?:{single}))*|[/／](?:{single})")


def split_word(prev: str, head: str) -> bool:
    """Whether an OCR space split a word: a surname standing alone before the rest of
    its name (甘 霖/摄), a name's last character standing alone after the rest of it
    (（刘文 征）: one character is no one's name), a title cut in two (党组书 记、主席)."""
    name_split = (
        len(prev) == 1
        and split_name(prev + head[:2]) is not None
        and 1 <= len(head) <= 2
        and is_name_shaped(prev + head)
    )
    last_char_split = (
        len(prev) == 2
        and len(head) == 1
        and split_name(prev) is not None
        and is_name_shaped(prev + head)
    )
    bases = lexicon.titles().bases
    title_split = not is_name_shaped(prev) and any(
        prev.endswith(b[:k]) and head.startswith(b[k:]) for b in bases for k in range(1, len(b))
    )
    return name_split or last_char_split or title_split


def at_role_words(tokens: list[Token]) -> list[Token]:
    """``记者某某某通讯员某某``: a byline printed without spaces, split before each role
    word that follows a name (the name before it, its own role word aside, is
    name-shaped), or a 、 after the name (记者某某、通讯员某某); a comma after a name
    parts the tokens first (``at_commas``)."""
    role_words = lexicon.words(FILE, "role_words")
    out: list[Token] = []
    for token, start, end in at_commas(tokens):
        # 记者某某通讯员某某, or 某某网记者某某通讯员某某: the paper's role word leads too
        lead = len(role_words.starting(token) or "") or paper_role_end(token)
        cut = next(
            (
                k
                for k in range(lead + 2, len(token) - 1)
                if role_words.starting(token, k) and is_name_shaped(token[lead:k].rstrip("、"))
            ),
            None,
        )
        if cut is None:
            out.append((token, start, end))
            continue
        name_end = len(token[:cut].rstrip("、"))  # 记者某某、通讯员某某: the 、 parts them
        out.append((token[:name_end], start, start + name_end))
        out += at_role_words([(token[cut:], start + cut, end)])
    return out


#: A comma a byline prints between its names or its credits (``记者 某某，通讯员 某某``).
_COMMA_RE = re.compile(r"[，,]")


def at_commas(tokens: list[Token]) -> list[Token]:
    """``记者 某某，通讯员 某某``, ``本报记者 某某，某某``: a comma after a name parts
    the credits as a blank does, so the name before it is read alone and the role word
    or name after it starts a token of its own. A comma after a title is kept (``某区
    人大常委会副主任，区总工会党组书记``: a signed article's chain of titles is one)."""
    role_words = lexicon.words(FILE, "role_words")
    out: list[Token] = []
    for token, start, end in tokens:
        at = 0
        for comma in _COMMA_RE.finditer(token):
            part = token[at : comma.start()]
            lead = len(role_words.starting(part) or "") or paper_role_end(part)
            if not is_name_shaped(part[lead:]) or lexicon.titles().at_end.search(part):
                continue
            out.append((part, start + at, start + comma.start()))
            at = comma.end()
        if token[at:]:
            out.append((token[at:], start + at, end))
    return out


#: A name in a run of credits parted by commas: a surname, then one or two given
#: characters, a blank padding it to a column's width (韩 某, 王 某明; two half-width
#: blanks, 齐  某, fill the width of one character as a full-width blank does) or none (周某).
_RUN_NAME = r"[\u4e00-\u9fff](?:(?:[ \u3000]| {2})[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,2})"
#: The marks parting the names of such a run.
_RUN_COMMAS = "[，,、]"
_RUN_COMMA_RE = re.compile(rf"[ \u3000]*{_RUN_COMMAS}[ \u3000]*")


@functools.cache
def _padded_run_re() -> re.Pattern[str]:
    """A reporter's or correspondent's role word, then two or more names parted by a
    comma or 、, running to a blank, a bracket or the line's end. The word starts the
    credit (after a blank, a bracket or a dateline's 本报讯): one closing a longer word
    (优秀通讯员 韩 某，周 某: an honours list) is no role word. Or the names fill a
    bracket alone (``（韩 某、周某明）``, an item's closing credit)."""
    roles = lexicon.table(FILE, "role_words")
    words = lexicon.alternation([*roles["reporter"], *roles["correspondent"]])
    after = "|".join(f"(?<={re.escape(m)})" for m in lexicon.words(FILE, "dateline_marks"))
    run = rf"{_RUN_NAME}(?:{_RUN_COMMA_RE.pattern}{_RUN_NAME})+"
    worded = rf"(?:(?<![\u4e00-\u9fff])|{after})(?:{words})(?:[：:][ \u3000]*|[ \u3000]+)"
    return re.compile(
        rf"(?:{worded}(?P<run>{run})(?=[\s）)]|$)|(?<=[（(])(?P<bracketed>{run})(?=[）)]))"
    )


def _padded_run(parts: list[str]) -> bool:
    """Whether names parted by commas are padded ones: each a surname of one character
    and its given name, one of them at least padded by a blank (韩 某，周 某; 王 某明，
    周某), the others printed whole beside them (韩 某、周某明; 周某明，韩 某: a column
    pads its names of two characters only; a whole name of two before the run's last
    only when no padded name stands right after it, 韩某 周 某 reading as 韩某周, nor
    before it: 韩某、周某明、齐  某 is a run, a column's three names of which only the
    last is padded), whose surname or given name the comma would otherwise leave alone."""
    pads = [part[1:2].isspace() for part in parts]
    if not any(pads):
        return False  # 韩某，周某: no padding, the tokens part them as printed
    for k, part in enumerate(parts):
        name = part[0] + part[1:].lstrip() if pads[k] else part
        if split_name(name) != (name[0], name[1:]):
            return False
        # 韩某，周 某: blanked, 韩某 周 would read as one name of three; 王 某明，周某，李某:
        # a padded name before, the run is no column's (only its last names padded)
        early = k < len(parts) - 1 and (pads[k + 1] or any(pads[:k]))
        if not pads[k] and len(name) == 2 and early:
            return False
    return True


def spaced_names_apart(text: str) -> str:
    """``本报记者 韩 某，周 某``: names of two characters padded by a blank, parted by a
    comma or 、 after a reporter's or correspondent's role word, with each comma blanked
    (the text keeps its length and offsets), so the names read as ``韩 某 周 某`` do,
    each joined across its own blank (``_pair_starts``), never across the comma; so
    too a padded name of three before a comma (``王 某明，周某``: 王某明 and 周某). Only
    in a line the layout read as a byline or dateline (the caller's), only when each
    name is a surname and its given name, and never in a line with a title outside its
    role words: a body's leaders (区委书记 韩 某，区长 周 某) or a chain of posts are no
    credit."""
    if _padded_run_re().search(text) is None:
        return text
    unroled = lexicon.words(FILE, "role_words").regex.sub(" ", text)
    if lexicon.titles().regex.search(unroled):
        return text

    def apart(m: re.Match[str]) -> str:
        key = "run" if m.group("run") else "bracketed"
        run = m.group(key)
        if not _padded_run(_RUN_COMMA_RE.split(run)):
            return m.group(0)
        return m.group(0)[: m.start(key) - m.start()] + re.sub(_RUN_COMMAS, " ", run)

    return _padded_run_re().sub(apart, text)


@functools.cache
def _place_note_re() -> re.Pattern[str]:
    """``（发自某地）`` after a name, or ``发自某地`` after a blank: where the copy was
    sent from (``place_note_marks``), no name."""
    marks = lexicon.words(FILE, "place_note_marks").pattern
    return re.compile(
        rf"[（(](?:{marks})[^（()）]{{1,12}}[）)]|(?<![\u4e00-\u9fff])(?:{marks})\S{{1,12}}"
    )


def ocr_joined(body: str, offset: int) -> list[Token]:
    """The byline's tokens (text, start, end in the paragraph), with the OCR spaces that
    split a word joined again; a note of where the copy was sent from, or of the place
    reported from, is blanked out (its offsets kept)."""
    body = _place_note_re().sub(lambda m: " " * len(m.group(0)), body)
    if (cut := reported_from_start(body)) is not None:  # 本报记者 某某 北京报道: no name
        body = body[:cut] + re.sub(r"[^）)\s]", " ", body[cut:])
    tokens = [
        (part, offset + m.start() + at, offset + m.start() + at + len(part))
        for m in _token_re().finditer(body)
        for part, at in _less_glued_digits(m.group(0).replace("／", "/"))
    ]
    pairs = _pair_starts(tokens, body, offset)
    out: list[Token] = []

    def nxt(k: int) -> str | None:
        return tokens[k + 1][0] if k + 1 < len(tokens) else None

    for k, (token, start, end) in enumerate(tokens):
        last = k == len(tokens) - 1
        if (
            out
            and k not in pairs
            and (token not in role_marks() or _padded_name_end(out[-1][0], token, last, nxt(k)))
            and not lexicon.words(FILE, "role_words").starting(token)
        ):
            prev, p_start, p_end = out[-1]
            # only a blank splits a word: a slash keys a name (文/心语: no 文心语)
            blank = not body[p_end - offset : start - offset].strip()
            if blank and not _closes_a_name(out) and split_word(prev, _unmarked(token)):
                out[-1] = (prev + token, p_start, end)
                continue
        out.append((token, start, end))
    return out


def _pair_starts(tokens: list[Token], body: str, offset: int) -> set[int]:
    """``本报记者 韩 某 周 某``: a run of four or six single characters, blanks only
    between them, is names of two each padded to a column's width (a name of three
    spaced out is an odd run, ``王 某 明``), so each pair's first character starts a
    name and is not the last character of the name before it. The indices of the
    tokens that start a pair."""
    starts: set[int] = set()
    run: list[int] = []
    for k, (token, start, _end) in enumerate([*tokens, ("", -1, -1)]):
        single = len(token) == 1 and is_cjk(token) and token not in role_marks()
        if single and run and not body[tokens[run[-1]][2] - offset : start - offset].strip():
            run.append(k)
            continue
        if len(run) >= 4 and len(run) % 2 == 0:
            starts.update(run[::2])
        run = [k] if single else []
    return starts


#: A number an OCR'd text layer glued to a credit's last name (``本报记者某某12``: a page
#: number or a photo's number, read in the same line): after two Chinese characters.
_GLUED_DIGITS_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})\d{1,3}$")


def _less_glued_digits(token: str) -> list[tuple[str, int]]:
    """A token, and where it starts in itself, parted from the digits glued after it
    (``某某12`` → ``某某``, ``12``), which the byline reads as it reads ``某某 12``."""
    match = _GLUED_DIGITS_RE.search(token)
    if match is None:
        return [(token, 0)]
    return [(token[: match.start()], 0), (match.group(0), match.start())]


def _closes_a_name(out: list[Token]) -> bool:
    """``苗振 文 邱冬 摄``: a mark standing alone after a name closes that name, so the
    name after the mark is a name of its own, not the rest of a name the mark began
    (文 and 图 are surnames too: ``记者 文 静`` is one name, a role word before it)."""
    if len(out) < 2 or out[-1][0] not in role_marks():
        return False
    before = out[-2][0]
    cut, word = role_word_in(before)
    return not (word and cut == len(before)) and before not in role_marks()


def _unmarked(token: str) -> str:
    """A token without its slashed mark (甘 霖/摄) or the mark glued to its end (``徐
    烨摄影报道``: a name of two spaced apart, the second glued to 摄影报道), so that the
    OCR space inside the name is judged on the name alone."""
    head = token.partition("/")[0]
    mark = lexicon.words(FILE, "glued_marks").ending(head)
    return head[: -len(mark)] if mark and len(head) > len(mark) else head


def _padded_name_end(prev: str, token: str, last: bool, following: str | None = None) -> bool:
    """``（某某某 杜 文）``: a name of two characters printed with a blank between them
    (a column pads it to the width of three) closes the credit, and its second character
    is also a mark (文, 摄). The mark closes the names before it only when a name stands
    before it; a surname alone (杜) is none, so the two characters are the name. So is a
    mark in the middle of a name of three an old page spaces out (``(华 文 斌)``,
    real_dev21's 1984 OCR page): a single character on each side, the one after no mark."""
    if len(prev) != 1 or len(token) != 1:
        return False
    inside = following is not None and len(following) == 1 and following not in role_marks()
    return last or inside


def bracketed_pen_names(text: str, name: str, pos: int) -> list[Token] | None:
    """The pen names of a bracket closing an item that holds them alone, the credit the
    layout read there (``end_credits``): one of the dictionary's words (（立新）, （长河）:
    no note, no verb, no place, no body's name such as （工会）), or two or three of two
    characters listed with 、 (（玉兰、建中）); None otherwise."""
    bracket = text.strip()
    if bracket[:1] not in "（(" or bracket[-1:] not in "）)" or bracket[1:-1].strip() != name:
        return None
    if keyed_pen_name(name) and suffix_of(name) is None:
        return [(name, pos, pos + len(name))]
    if pen_name_pair(name):
        width = len(name.split("、")[0]) + 1
        return [
            (part, pos + width * k, pos + width * k + len(part))
            for k, part in enumerate(name.split("、"))
        ]
    return None


def split_title_name(token: str) -> tuple[str, str] | None:
    """``区委书记贺立群`` written without a space: (title, name). A body's name is no
    title and name (``某某供电公司`` ends on 公司, not on a name), nor is a chain of
    posts ending on a title of a surname's shape (``区委书记，区长``: 区 is a surname)."""
    if suffix_of(token):
        return None
    for size in (3, 2):
        tail = token[-size:]
        if len(token) > size and split_name(tail) and tail not in lexicon.titles().bases:
            return token[:-size], token[-size:]
    return None


def mark_keying_names(text: str, token: str, pos: int) -> AuthorRole | None:
    """The role a mark that is also a key (摄影, 图, 文) gives the names after it, when
    it stands between names a role word opened (``记者 某某 摄影 某某``) and the names
    after it run to the credit's end with no mark closing them: it keys them, as 摄影：
    某某 does; a mark the names after it close (``记者 某某 文 某某 摄``) or ending the
    credit (``记者 某某 摄影``) closes the names before it."""
    key = lexicon.keyed(FILE, "keyed_roles").get(token)
    # 通讯员 某某 摄影/某某: a slash or a colon right after the word keys the names after it
    after = text[pos + len(token) :].lstrip("/／:：").strip(" \u3000）)")
    after = after.replace("、", " ").split()
    if key is None or token not in role_marks() or not after:
        return None
    return AuthorRole(key) if all(is_name_shaped(t) for t in after) else None


def mark_roles(mark: str, role: AuthorRole, worded: bool) -> tuple[AuthorRole, ...]:
    """The roles a mark closes its names with: its own (摄: photographer), or for a
    mark that only says they reported (报道) the role a role word gave them, so that
    ``通讯员某某报道`` is a correspondent's credit, not a reporter's. A mark that credits
    the text (文, 文/图) after a correspondent's or a reader's role word credits it in
    that role (``通讯员 某某 文/图``: the correspondent's text and photos, as ``（文/图
    通讯员 某某）`` is), not a reporter's; a mark that says they took the photos and
    reported (摄影报道) gives its own roles (session 42)."""
    if worded and mark in lexicon.words(FILE, "neutral_marks"):
        return (role,)
    if mark in lexicon.words(FILE, "supplied_keys"):  # （某某供稿）: the key's role
        return (AuthorRole(lexicon.keyed(FILE, "keyed_roles")[mark]),)
    roles = role_marks().get(mark, (role,))
    reported = mark in lexicon.words(FILE, "reported_photo_marks")  # 摄影报道: its own roles
    if worded and role in (AuthorRole.correspondent, AuthorRole.author) and not reported:
        return tuple(role if r is AuthorRole.reporter else r for r in roles)
    return roles
