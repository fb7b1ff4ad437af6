"""Credits that key their names with a role word, and credits of who supplied a text.

``文/某某 图/某某``, ``文字：某某　图片：某某``, ``供图 | 某某``, ``撰稿 某某``: each name
after its role word (``keyed_roles`` of ``reference/bylines.yaml``). ``（镇工会供稿）``,
``/ 某地 供图``: the body or the place that supplied the copy or the photo, no author
(``supplied_keys``). ``某厂工会李某``: a signature with the writer's unit glued to the
name. :mod:`.bylines` reads a byline's authors with these; they live apart because each
is read from the byline's whole text before its tokens are.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.byline_tokens import role_marks
from gonghui_build.extract.organisations.brands import is_division
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.layout.end_credits import names_a_body
from gonghui_build.layout.square_credits import PADDED_NAME, unpadded
from gonghui_build.text.names import is_name_shaped, is_transliterated
from gonghui_build.vocabulary import AuthorRole

FILE = "bylines.yaml"

#: The bar a post's credit keys its names with (``融媒体记者 | 某某``, ``通讯员丨某某``).
KEY_BAR_RE = re.compile(r"[|｜丨]")

#: A name a keyed credit gives: the name, its role, and where it starts and ends.
KeyedName = tuple[str, AuthorRole, int, int]


@functools.cache
def leading_keys() -> dict[str, AuthorRole]:
    """Keyed roles that stand before a name with a blank only (``撰稿 某某``, ``供图 某某``):
    the keyed roles of ``bylines.yaml`` but the one-character ones (文, 图), which a
    byline prints after its names as marks."""
    marks = set(lexicon.words(FILE, "role_marks"))
    keyed = lexicon.keyed(FILE, "keyed_roles").items()
    return {word: AuthorRole(role) for word, role in keyed if word not in marks}


@functools.cache
def _keyed_re() -> re.Pattern[str]:
    """A key (a keyed role, a joint mark: ``文/图：某某``, ``文、图/某某``, ``图文/某某``,
    or an editor's key: ``编辑/某某``), its colon, slash or bar, a role word maybe
    (``文/本报记者 某某``), and the names, listed with 、 or blanks (``图文/某某 某某``;
    a word after a blank that a key's colon or slash follows is the next key's)."""
    keys = lexicon.alternation(
        [
            *lexicon.keyed(FILE, "keyed_roles"),
            *_joint_marks(),
            *_editor_keys(),
            *lexicon.keyed(FILE, "role_words"),
        ]
    )
    roles = lexicon.alternation(lexicon.keyed(FILE, "role_words"))
    # a name ends where the next key and its colon start (记者：某某通讯员：某某, no blank)
    name = rf"(?:(?!(?:{keys})\s*[:：/／|｜丨])[^\s:：/／|｜丨、，,])+"
    # not a word a key's colon, slash or bar follows after blanks (文 | 某某  图 | 某某)
    next_key = r"(?![ \u3000]*[:：/／|｜丨])"
    more = rf"、{name}|[ \u3000]+{name}(?=[ \u3000、，,]|$){next_key}"
    return re.compile(rf"({keys})\s*[:：/／|｜丨]\s*(?:({roles})\s*)?({name}(?:{more})*)")


@functools.cache
def _joint_marks() -> dict[str, tuple[AuthorRole, ...]]:
    """Marks of two roles joined by a slash or 、 (文/图, 文、摄), or of two characters
    (图文, 文摄): a key for both roles when a colon or a slash follows (``文/图：某某``,
    ``文、图/某某``, ``图文/某某``)."""
    return {
        m: r
        for m, r in role_marks().items()
        if len(r) > 1 and (re.search(r"[/／、]", m) or len(m) == 2)
    }


@functools.cache
def _editor_keys() -> frozenset[str]:
    """An editor's keys (``编辑/某某``, ``审核：某某``, ``page_furniture.yaml``'s): keyed
    in a credit beside its writers (``（图文/某某 编辑/某某）``) they name no author."""
    return frozenset(lexicon.words("page_furniture.yaml", "editor_keys"))


def keyed_names(body: str, offset: int) -> list[KeyedName]:
    """``文/某某 图/某某``, ``文字：某某　图片：某某``, ``（撰写人：某某，摄影：某某）``,
    ``供图 | 某某``: each name after its role word and a colon, a slash or a bar, when the
    credit is made of such pairs alone and each name is one; else nothing."""
    pairs = list(_keyed_re().finditer(body))
    if pairs:
        body = _role_words_keyed(body)
        pairs = list(_keyed_re().finditer(body))
    rest = _keyed_re().sub("", body).strip(" \u3000、，,")
    if pairs and _writers_unit(body[: pairs[0].start()], rest):
        rest = ""  # （校工会 撰稿：某某 摄影：某某）: the writers' unit, no author
    names = [unpadded(n.group(0)) for m in pairs for n in _NAME_RE.finditer(m.group(3))]
    people = [n for n in names if is_name_shaped(n) or is_transliterated(n)]
    # （报送：某厂工会 某某）: the writer's unit keyed with the name, no author
    if not pairs or rest or not people or not all(n in people or names_a_body(n) for n in names):
        return []
    return [
        (
            unpadded(n.group(0)),
            role,
            offset + m.start(3) + n.start(),
            offset + m.start(3) + n.end(),
        )
        for m in pairs
        for n in _NAME_RE.finditer(m.group(3))
        if unpadded(n.group(0)) in people
        for role in _keyed_roles(m)
    ]


def _writers_unit(lead: str, rest: str) -> bool:
    """What a keyed credit prints before its first key, when it is all the credit holds
    besides its keyed names, is the writers' unit (``校工会`` of ``（校工会 撰稿：某某
    摄影：某某）``, a university's or a company's union site closing its news so) or the
    body that sent the copy in (``院工会供稿``): a body's name, set off by a blank, not
    a name of an author, as in ``（厂工会 葛平）``."""
    lead = lead.strip(" \u3000")
    return bool(rest) and lead == rest and (names_a_body(lead) or supplied_by_body(lead))


@functools.cache
def _blank_keyed_re() -> re.Pattern[str]:
    """A role word (``role_words``: 通讯员, 记者) after a name and a blank, then a blank and
    a name: the role word keys the name after it."""
    roles = lexicon.alternation(lexicon.keyed(FILE, "role_words"))
    return re.compile(rf"(?<=[^\s:：/／|｜丨][ \u3000])({roles})[ \u3000](?=[^\s:：/／|｜丨])")


def _role_words_keyed(body: str) -> str:
    """``文/记者 某甲 通讯员 某乙 图/某丙``: in a credit of keyed pairs, a role word set off
    by blanks keys the name after it as a colon does (通讯员：某乙), not a name of the list
    before it; the blank after it is read as that colon (one character for one, so the
    offsets stay). Lead of credits that key the writer and list the correspondent after
    (s45, people33)."""
    return _blank_keyed_re().sub(lambda m: m.group(1) + "：", body)


#: One name of a key's list (listed with 、 or blanks), or a two-character name padded
#: to three characters' width right after its key (``文：查 琳``).
_NAME_RE = re.compile(rf"^{PADDED_NAME}$|[^、\s]+")


def _keyed_roles(pair: re.Match[str]) -> tuple[AuthorRole, ...]:
    """The roles of a keyed name: its key's (图/某某: photographer; 文/图：某某: both), or
    for a writer's key with a role word after it (``文/本报记者 某某``, ``文/通讯员 某某``,
    ``图文/通讯员 某某``) the role word's for the text: the key says the name wrote the
    text, the role word in which capacity."""
    if pair.group(1) in _editor_keys():
        return ()  # 编辑/某某: the item's editor, no author
    worded = AuthorRole(lexicon.keyed(FILE, "role_words")[pair.group(2)]) if pair.group(2) else None
    if pair.group(1) in lexicon.keyed(FILE, "role_words"):
        # 记者：某某 摄影：某某: a role word keying its name as a colon's key does
        return (AuthorRole(lexicon.keyed(FILE, "role_words")[pair.group(1)]),)
    if pair.group(1) in _joint_marks():
        # 图文/通讯员 某某: the correspondent's text, and the photos
        roles = _joint_marks()[pair.group(1)]
        return tuple(worded if worded and r is AuthorRole.reporter else r for r in roles)
    role = AuthorRole(lexicon.keyed(FILE, "keyed_roles")[pair.group(1)])
    if worded and role is not AuthorRole.photographer:
        return (worded,)
    return (role,)


def _supplied_key(text: str) -> str | None:
    """The word of ``supplied_keys`` (供图, 供稿) that ``text`` ends with, a closing
    bracket after it aside: the one reading of those words for both uses below."""
    return lexicon.words(FILE, "supplied_keys").ending(text.strip().rstrip("）)"))


def supplied_by_body(token: str) -> bool:
    """A credit's token naming what supplied the copy or the photo, glued to it
    (``镇工会供稿``, ``院工会供图``), whose rest is no person's name: a body, no author."""
    key = _supplied_key(token)
    rest = token[: -len(key)] if key else ""
    return bool(rest) and not is_name_shaped(rest)


def abbreviated_unit(token: str) -> bool:
    """A credit's lone token that is a body's abbreviated name (``区工宣``: a level, then
    ``bylines.yaml``'s ``unit_abbreviations``): the body signs the item, no person, though
    three characters read like a name."""
    short = lexicon.words(FILE, "unit_abbreviations").ending(token)
    return short is not None and len(token) - len(short) <= 2


def sent_in_from_place(credit: str, token: str) -> bool:
    """``token`` of a credit for a photo or a text sent in (``/ 连州 供图``) names a place
    of China (a county's short form reads like a name): the sender, not its author."""
    return _supplied_key(credit) is not None and is_division(token)


def unit_then_name(token: str) -> str | None:
    """``某市某号信箱王某某``, ``某厂工会李某``: a letter's or an entry's signature, the
    writer's unit printed glued to the name, read as the name when exactly one cut
    leaves a body's name (:func:`names_a_body`) and a name of two or three characters;
    never when the whole token ends with a body's suffix (``区总工会宣教部``,
    ``区总工会办公室``: a department of the unit, whose first characters, 宣, read as a
    surname, and no writer)."""
    if suffix_of(token):
        return None
    cuts = [
        token[-k:]
        for k in (2, 3)
        if len(token) - k >= 2 and is_name_shaped(token[-k:]) and names_a_body(token[:-k])
    ]
    return cuts[0] if len(cuts) == 1 else None


@functools.cache
def _writer_key_re() -> re.Pattern[str]:
    """A writer's key that gives an author (``撰稿``, ``撰写人``: ``keyed_roles``' author
    words) and its colon, opening a line."""
    return re.compile(rf"(?:{lexicon.alternation(_keys_of(AuthorRole.author))})\s*[:：]")


def closes_a_post(text: str) -> bool:
    """A closing credit line whose authors are reporters: ``撰稿：某某`` with no bracket
    round it, alone or with its photographer beside it (``撰稿：某某  摄影：某某``), is a
    post's closing block (its editor's and reviewer's rows under it, one field a line),
    and names the account's writers, reporters (ANNOTATION.md: ``撰稿：`` closing a WeChat
    post; real_dev32, real_dev34, real_dev36); a bracketed credit (``（撰稿：某某）``,
    ``（校工会 撰稿：某某 摄影：某某）``: a yearbook's, a union site's) or a row that holds
    the editor's field too (``撰稿：某某 / 摄影：某某 / 编辑：某某``, a site's production
    row, authors11) keeps its author (real_dev16)."""
    if _writer_key_re().match(text.strip()) is None:
        return False
    keys = [m.group(1) for m in _keyed_re().finditer(text)][1:]
    return all(key in _keys_of(AuthorRole.photographer) for key in keys)


@functools.cache
def _keys_of(role: AuthorRole) -> tuple[str, ...]:
    """``keyed_roles``' words that key ``role`` (the author's 撰稿, 撰写人; the
    photographer's 摄影, 图片, 图: the one field a post's writer's row may hold beside
    its own), in the file's order."""
    return tuple(w for w, keyed in lexicon.keyed(FILE, "keyed_roles").items() if keyed is role)
