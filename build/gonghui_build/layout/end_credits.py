"""Credits closing an article, read from the end of its text alone.

A credit follows the last sentence, or is a line of its own: names in brackets
(``（王立群）``, ``（本报记者 金英姬）``, ``（厂工会 葛平）``), after a square (``■赵一鸣``), a
role word and names run into the text (``…入学。通讯员张文礼``), names alone after the last
sentence (``…表彰。李明 张华``), a reader's signature (``西安市新城区 读者 周文娟``), names
or bodies each followed by its mark (``（某甲/文 某乙/摄）``, ``（院工会/文、院办/图）``).
Split out of :mod:`cues` (what the start or the end of a line says) so that module keeps
to the heads and marks of lines.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import of_elements
from gonghui_build.layout.credit_roles import CREDIT_ROLE_RE, credit_role
from gonghui_build.layout.mark_keys import fields_apart, marks_as_keys
from gonghui_build.layout.pen_names import (
    keyed_pen_name,
    names_run_together,
    pen_name,
    pen_name_pair,
)
from gonghui_build.layout.reported_from import reported_from_start
from gonghui_build.layout.role_words import (
    AUTHOR_WORD,
    NAME_SEPARATOR,
    ROLE_WORD,
)
from gonghui_build.layout.square_credits import (
    PADDED_NAME,
    dictionary_phrase,
    square_names,
    unpadded,
)
from gonghui_build.text.chars import ends_sentence
from gonghui_build.text.names import is_common_word, is_name_shaped, is_plausible_name

_NAME = r"[\u4e00-\u9fff·]{2,6}"

#: Role words a credit prints before its names, a blank between (``通讯员 某某``): the
#: reporters', a reader's, and an author's keys (``撰稿 某某`` closing a district paper's
#: item or a yearbook's entry; the author keys of ``bylines.yaml``'s keyed_roles).
_ROLE_WORDS = rf"(?:{ROLE_WORD}|{AUTHOR_WORD})"
#: Bracketed credit: names, roles, a body's name; no sentence punctuation.
_BRACKET_CREDIT_RE = re.compile(
    r"[（(]\s*([\u4e00-\u9fff·][\u4e00-\u9fff·、\s]{1,29})\s*[）)][?？]?$"
)
#: What a credit in brackets may name besides people: a body (厂工会, 宝鸡县总工会), or
#: the numbered post box a defence works printed for its address (某市66号信箱: a
#: reader's letter of the 1990s signs with it, read on a real page, s25).
_BODY_END_RE = re.compile(
    r"(?:工会|委员会|委会|委|局|厂|公司|集团|办|办公室|中心|站|电视台|矿|部|处|社|报|队|所|院|校|号信箱)$"
)
#: Longest stretch (characters) at the end of a text searched for its credit.
CREDIT_TAIL = 120
#: Longest token of a bracket credit that need not be a name or a body (黔工, 炳坤).
_SHORT_TOKEN = 4
#: What a contributing body or person adds to a credit: （市总工会保障部供稿）, （某厂工会报送）.
_CONTRIBUTED = ["撰稿", "整理", "报道", *lexicon.words("bylines.yaml", "supplied_keys")]
_CONTRIBUTED_KEY = rf"(?:{lexicon.alternation(_CONTRIBUTED)})"
_CONTRIBUTED_RE = re.compile(rf"\s*{_CONTRIBUTED_KEY}$")
#: A name of two characters a column pads to the width of three (``■晏 飞``).
#: A name of three characters an old or justified column sets a blank between each
#: (``■某 某 某``), as a padded name of two is set.
_SPACED_THREE = r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2}(?![\u4e00-\u9fff])"
_SQUARE_NAME = rf"(?:{_SPACED_THREE}|{PADDED_NAME}|{_NAME})"
#: A square or a circle before the names closing an item (``…参赛。■某某``, ``…比赛。○某某``:
#: a regional paper signs its items with the circle as others do with the square).
_SQUARE_CREDIT_RE = re.compile(r"[■□○]\s*(" + _SQUARE_NAME + r"(?:\s+" + _SQUARE_NAME + r"){0,2})$")
#: A credit after a slash closing an item (``…当选联合会主席。/某某``), as ``■某某`` and
#: ``（某某）`` close the other items of a briefs column (a provincial workers' paper's
#: digest, read on a tuning page, real_dev15): names alone, no mark after them (``/ 某某
#: 摄`` and ``/某地 供图`` are photo credits, read by :mod:`photo_credits`).
_SLASH_CREDIT_RE = re.compile(r"[/／]\s*(" + _SQUARE_NAME + r"(?:\s+" + _SQUARE_NAME + r"){0,2})$")
_ROLE_CREDIT_RE = re.compile(
    _ROLE_WORDS
    + r"\s*"
    + _NAME
    + r"(?:(?:\s+|[、，,]\s*)(?:"
    + _ROLE_WORDS
    + r"\s*)?"
    + _NAME
    + r"){0,3}$"
)
#: A credit that names contributors first and the reporter after a role word
#: (``甘露 司马青 记者 柯立``): names, then a role credit.
_NAMES_THEN_ROLE_RE = re.compile(rf"{_NAME}(?:\s+{_NAME}){{0,2}}\s+{_ROLE_CREDIT_RE.pattern}")
#: Keys a credit prints before its names besides the role words and keyed roles of
#: ``bylines.yaml``: 整理 (who compiled the item), 报道 (``报道：通讯员 某某``: a portal's
#: copy keys its reporter so, the role word before the name).
_MORE_KEYS = ("整理", "报道")
#: What keys a name to its role: a colon, a slash or a post's bar (``文字｜某某 图片｜某某``
#: closing a WeChat post is its byline, and so is ``图文 | 某某``; a key no role word of
#: ``bylines.yaml`` is, such as ``编辑 | 某某``, stays furniture after the text: heads_trailing).
_KEY_MARK = r"\s*[:：/／|｜丨]\s*"


@functools.cache
def _keyed_roles() -> str:
    """Role words a credit prints with a colon (a slash, a bar) before the names
    (``记者：朴明花　通讯员：崔英男``, ``文字：宁可欣　图片：邬天宇``, ``（撰稿：易文斌）``,
    ``（撰写人：某某，摄影：某某）``): ``bylines.yaml``'s role words and keyed roles, the
    words the byline's reader takes apart, :data:`_MORE_KEYS`, and the marks of text and
    photos keying a name with a colon, a slash or a post's bar (``图文：某某 编辑：某某``, as
    ``图文/某某 编辑/某某`` is; ``图文 | 某某`` under each section of a WeChat roundup, its
    byline in real_dev27: the name wrote and photographed)."""
    keys = [
        *lexicon.words("bylines.yaml", "role_words"),
        *lexicon.keyed("bylines.yaml", "keyed_roles"),
        *_MORE_KEYS,
    ]
    return rf"(?:{lexicon.alternation(keys)}|{BOTH_MARK}(?=\s*[:：/／|｜丨]))"


@functools.cache
def _keyed_credit_re() -> re.Pattern[str]:
    """A credit of keyed names, in brackets or not: 文字：某某 图片：某某, 文/某某 图/某某."""
    role = rf"{_keyed_roles()}{_KEY_MARK}"
    # （报送：某厂工会 某某）: the writer's unit before the name, a body by _keyed_names
    unit = r"(?:[\u4e00-\u9fff]{3,16}\s+)?"
    # （通讯员 某某 摄影/某某）: a role word and a blank key the first names, a key the rest
    first = rf"(?:{role}|{ROLE_WORD}\s+(?={_NAME}{NAME_SEPARATOR}{role}))"
    # （文/某甲 图/某乙 编辑/某丙）: an editor's key after the writers' (never first)
    editor = rf"{_EDITOR}{_KEY_MARK}"
    # （文：查 琳 图：某某）: a name padded to three characters' width; 撰稿：某·某某 (dotted)
    name = rf"(?:{PADDED_NAME}|{DOTTED_NAME_RE.pattern}|{_NAME})"
    names = rf"{first}{unit}{name}(?:{NAME_SEPARATOR}(?:{role}|{editor})?{name}){{0,5}}"
    # （院工会供稿 摄影/某某）: the body that sent the copy in, then the keyed names;
    # （校工会 撰稿：某某 摄影：某某）: the writers' unit, a blank, then the keyed names
    body = rf"[\u4e00-\u9fff]{{0,14}}{_BODY_END_RE.pattern[:-1]}"
    sender = rf"(?:{body}(?:{_CONTRIBUTED_KEY})?\s+)?"
    return re.compile(rf"(?:[（(]\s*{sender}{names}\s*[）)]|{sender}{names})$")


#: The mark of a credit for both text and photos (``文/图``, ``图/文``, ``文/摄``, ``图文``):
#: printed before the names (``（文/图 本报记者 某某）``, keyed with a slash too:
#: ``图文/某某``, a county union's closing credit) or after them (``某某 某某 文/图``);
#: :mod:`.roles` reads a photo item's credit by it too.
BOTH_MARK = r"(?:[文图][/／][图文摄]|图文)"
_ROLE_NAMES = (
    rf"(?:{_ROLE_WORDS}\s*)?{_NAME}(?:{NAME_SEPARATOR}(?:{_ROLE_WORDS}\s*)?{_NAME}){{0,3}}"
)
_BOTH_KEY = r"(?:\s*[:：]\s*|(?<=图文)\s*[/／]\s*|\s+)"
#: The writer's unit before the names a mark closes (``（集团工会 某某 文/图）``): a
#: body's name by :func:`_both_names`, no name, as in ``（厂工会 葛平）``.
_BOTH_UNIT = r"(?:[\u4e00-\u9fff]{2,16}\s+)?"
_BOTH_BODY = rf"(?:{BOTH_MARK}{_BOTH_KEY}{_ROLE_NAMES}|{_BOTH_UNIT}{_ROLE_NAMES}\s+{BOTH_MARK})"
#: An editor's keys (``page_furniture.yaml``'s: 编辑, 审核, 责任编辑), which a credit
#: keys its editor with after its writers (``（图文/某某 编辑/某某）``): no author.
_EDITOR = f"(?:{lexicon.alternation(lexicon.words('page_furniture.yaml', 'editor_keys'))})"
_EDITOR_NAMED = rf"\s+{_EDITOR}{_KEY_MARK}{_NAME}"
_BOTH_BODY_EDITED = rf"{_BOTH_BODY}(?:{_EDITOR_NAMED})?"
_BOTH_CREDIT_RE = re.compile(rf"(?:[（(]\s*{_BOTH_BODY_EDITED}\s*[）)]|{_BOTH_BODY_EDITED})$")
#: Marks a credit prints after a name or a body with a slash (``某某/文``, ``某某/摄``,
#: ``某某/文、摄``, ``某某/审``): (某甲/文 某乙/摄), (工会 某某/文、摄 某某/审),
#: (院工会/文、院办/图); the mark ends at a separator or the bracket.
_AFTER_MARK_CREDIT_RE = re.compile(r"[（(]\s*([\u4e00-\u9fff·][^（()）]{2,40}?)\s*[）)]$")
#: The same credit printed with no brackets, on a line of its own or after the last
#: sentence (``某某/图文``, ``公司工会 某某/报道``: a county union's or a company site's
#: closing credit, read on real pages, s38): what follows the last stop, comma or colon.
_AFTER_MARK_LINE_RE = re.compile(r"([\u4e00-\u9fff·][^（()）。！？!?，,；;：:“”\n]{2,40}?)$")
_SIGNATURE_RE = re.compile(r"^[\u4e00-\u9fff\d]{2,16}\s+读者\s+" + _NAME + "$")
#: Names alone after the last sentence (``…表彰。李明 张华``), or one name an old page
#: printed letter-spaced (``…参加。 张 立 新``), its characters parted by blanks.
_BARE_NAMES_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4})(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,2}$"
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}$"
)

#: Words a line opens with that make a short clause a sentence, not a credit.
_NOT_CREDIT = frozenset("完续待")
#: A name of a minority or a transliteration, its parts joined by a dot (热依拉·买买提).
DOTTED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6}){1,2}")


@functools.cache
def _after_mark_re() -> re.Pattern[str]:
    """The marks a byline reads after a name (``bylines.yaml``: role_marks of one word,
    editor_marks), so that a credit the layout closes an item with is one the byline's
    reader takes apart."""
    roles = lexicon.table("bylines.yaml", "role_marks").values()
    editors = lexicon.words("bylines.yaml", "editor_marks")
    marks = [*(m for listed in roles for m in listed), *editors]
    role = "(?:" + lexicon.alternation(m for m in marks if not set(m) & set("/／、")) + ")"
    return re.compile(
        rf"(?<=[\u4e00-\u9fff·][\u4e00-\u9fff·])[/／]{role}(?:[、，,]{role})*(?=[\s、，,]|$)"
    )


def end_credit_start(text: str) -> int | None:
    """Where a credit at the end of ``text`` starts (``…参加。（王立群）``), if it has one.

    The credit follows the end of a sentence (or is the whole text), and is a bracket of
    names or a body, a square and a name, a role word and names, or names alone.
    """
    stripped = text.rstrip()
    offset = max(0, len(stripped) - CREDIT_TAIL)  # a credit is short: look at the end only
    patterns = (
        _keyed_credit_re(),
        _BRACKET_CREDIT_RE,
        _SQUARE_CREDIT_RE,
        _SLASH_CREDIT_RE,
        _ROLE_CREDIT_RE,
        _NAMES_THEN_ROLE_RE,
        _BOTH_CREDIT_RE,
        _AFTER_MARK_CREDIT_RE,
        _AFTER_MARK_LINE_RE,
    )
    fielded = fields_apart(stripped)  # 撰稿：某甲 / 摄影：某乙: the bar parts two fields
    for pattern in (*patterns, _BARE_NAMES_RE):
        match = pattern.search(fielded if pattern is _keyed_credit_re() else stripped, offset)
        if not match:
            continue
        before = stripped[: match.start()].rstrip()
        if before and not ends_sentence(before):
            continue
        if pattern is _BARE_NAMES_RE and not _bare_names(match.group(0), bool(before)):
            continue
        if pattern is _keyed_credit_re() and not _keyed_names(match.group(0)):
            continue
        role_credit = pattern in (_ROLE_CREDIT_RE, _NAMES_THEN_ROLE_RE)
        if role_credit and not _role_names(match.group(0)):
            continue  # 读者来信: a column's label, no reader's credit
        if pattern is _BRACKET_CREDIT_RE and not _credit_content(match.group(1), alone=True):
            continue
        if pattern is _BOTH_CREDIT_RE and not _both_names(match.group(0)):
            continue
        marked = pattern in (_AFTER_MARK_CREDIT_RE, _AFTER_MARK_LINE_RE)
        if marked and not _marked_after(match.group(1)):
            continue
        if pattern is _SQUARE_CREDIT_RE and not square_names(match.group(1)):
            continue
        if pattern is _SLASH_CREDIT_RE and not _slash_names(match.group(1)):
            continue
        return match.start()
    if _SIGNATURE_RE.match(stripped):
        return 0
    return None


def _credit_content(content: str, alone: bool = False) -> bool:
    """A bracket that names people or a body (``王立群``, ``厂工会 葛平``, ``本报记者 金英姬``),
    not a note (``文中人物均为化名``, ``完``). ``alone``: the bracket holds nothing else
    (no mark after a name), so a pen name of the dictionary's words may sign it."""
    content = content.strip()  # （本报记者 某某 临江报道）: where the names reported from
    content = _CONTRIBUTED_RE.sub("", content[: reported_from_start(content)])  # （…供稿）
    if content[:1] in _NOT_CREDIT:
        return False
    if alone and (pen_name(content) or pen_name_pair(content)):
        return True
    keyed = False  # the token follows a role word (通讯员 心语): a pen name may sign
    for token in re.split(r"[\s、]+", content):
        token = _contributor(token)  # （院工会供稿 摄影/某某）: a body's key, then a photo's
        stripped = token
        while token and (role := credit_role(token)):
            token = token[role.end() :]
        keyed = keyed or token != stripped
        if alone and keyed and token and keyed_pen_name(token):
            keyed = False
            continue
        keyed = not token and keyed
        if is_name_shaped(token) or _BODY_END_RE.search(token) or DOTTED_NAME_RE.fullmatch(token):
            continue
        if of_elements(token):  # （通讯员 苏和巴雅尔）: a Mongolian or Tibetan name, no surname
            continue
        if names_run_together(token):
            continue
        if token and (len(token) > _SHORT_TOKEN or dictionary_phrase(token)):
            return False
    return True


def _contributor(token: str) -> str:
    """A token of a body that sent the copy in, without its key (``院工会供稿`` →
    ``院工会``), when other credits share its bracket; any other token as it is."""
    body = _CONTRIBUTED_RE.sub("", token)
    return body if body != token and _BODY_END_RE.search(body) else token


def _role_names(text: str) -> bool:
    """The names after the role words of a credit (``通讯员 钱多多``) are names."""
    names = [n for n in re.split(rf"{_ROLE_WORDS}|{NAME_SEPARATOR}", text) if n]
    named = [is_plausible_name(n, strong_context=True) or "·" in n or of_elements(n) for n in names]
    return bool(names) and all(named)


def _both_names(text: str) -> bool:
    """The names beside a text-and-photo mark (``文/图 本报记者 某某``) are names: the mark
    alone does not make a line of words a credit (``劳动光荣 文/图``). In brackets, the
    mark keys a pen name too (``（文/图 一苇）``)."""
    text = re.sub(_EDITOR_NAMED, "", text)  # （图文/某某 编辑/某某）: the editor no author
    rest = re.sub(rf"{BOTH_MARK}|[（()）:：/／]", " ", text)
    unit, *names = rest.split()
    if names and names_a_body(unit) and not is_name_shaped(unit):
        rest = " ".join(names)  # （集团工会 某某 文/图）: the writer's unit, then the name
    if _role_names(rest) or (_bracketed(text) and _pen_names(rest.split())):
        return True
    return _names_keyed_by_mark(text, rest)


#: The mark of text and photos keying the names after it (``文/图 某某``), at the
#: credit's start, in brackets or not.
_MARK_FIRST_RE = re.compile(rf"^[（(]?\s*{BOTH_MARK}\s")


def _names_keyed_by_mark(text: str, rest: str) -> bool:
    """Names after a text-and-photo mark that opens the credit (``…开班。文/图 楚某某``):
    the mark keys them as a key's colon does (:func:`_keyed_names`), so a name of a
    name's shape whose given name is also a word (天一) is still the writer's. A closing
    ``文/图 某某`` had been left in a briefs column's last item (real_dev21)."""
    names = [n for n in re.split(rf"{_ROLE_WORDS}|{NAME_SEPARATOR}", rest) if n.strip()]
    return (
        bool(_MARK_FIRST_RE.match(text.strip()))
        and bool(names)
        and all(is_name_shaped(n) and not is_common_word(n) for n in names)
    )


def _bracketed(text: str) -> bool:
    """A credit printed in brackets, set apart from the text as a credit is."""
    return text.lstrip()[:1] in "（(" and text.rstrip()[-1:] in "）)"


def _pen_names(names: list[str]) -> bool:
    """Names a credit's role words or keys sign: each a name or a pen name."""
    return bool(names) and all(
        is_plausible_name(n, strong_context=True) or keyed_pen_name(n) for n in names
    )


def _marked_after(content: str) -> bool:
    """A bracket of names or bodies, one at least followed by its mark (``某甲/文 某乙/摄``,
    ``院工会/文、院办/图``): without the marks, a credit's names (``某甲 某乙``, ``院工会
    院办``). A slash in a sentence (``每人/天``, ``元/吨``) leaves words, no credit."""
    if not _after_mark_re().search(content):
        return False
    rest = _after_mark_re().sub(" ", content)
    if "/" in rest or "／" in rest:
        return False  # 文/图 本报记者: a mark before the names, read by _BOTH_CREDIT_RE
    return _credit_content(re.sub(r"[、，,]", " ", rest))


def _keyed_names(text: str) -> bool:
    """The names after the role words and colons of a credit are names."""
    keys = rf"(?:{_keyed_roles()}|{_EDITOR}){_KEY_MARK}"
    text = _PADDED_AFTER_KEY_RE.sub(lambda m: unpadded(m.group(1)), text)  # 文：查 琳
    names = re.split(rf"{keys}|[\s、，,（()）]+", text)
    names = [CREDIT_ROLE_RE.sub("", n) for n in names]  # 报道：通讯员某某
    names = [_contributor(n) for n in names if n]  # 院工会供稿: the body that sent it in
    if _bracketed(text) and _pen_names(names):
        return True  # （文/心语）: the key says a writer signs
    people = [
        n
        for n in names
        if is_plausible_name(n, strong_context=True) or is_name_shaped(n) or "·" in n
    ]
    # 文字：某某 图片：某市总工会: a post credits its photos to the body that took them
    bodies = [n for n in names if n not in people and names_a_body(n)]
    return bool(people) and len(people) + len(bodies) == len(names)


#: A padded name right after a key's colon, slash or bar (``文：查 琳``), or a name's blank.
_PADDED_AFTER_KEY_RE = re.compile(rf"(?:(?<=[:：/／|｜丨])|(?<=\w\s))\s*({PADDED_NAME})")


def _slash_names(credit: str) -> bool:
    """The names after a slash closing an item are each a plausible name (a padded one
    joined): a slash before a place's or a body's short form (``/平川``) or before words
    credits no writer."""
    names = [unpadded(m.group(0)) for m in re.finditer(rf"{PADDED_NAME}|\S+", credit)]
    return bool(names) and all(is_plausible_name(n, strong_context=True) for n in names)


def _bare_names(text: str, after_text: bool) -> bool:
    """Names alone after the last sentence: every token name-shaped."""
    names = text.split()
    if len(names) > 1 and all(len(n) == 1 for n in names):
        names = ["".join(names)]  # 张 立 新: one name letter-spaced
    return after_text and all(is_name_shaped(n) for n in names)


def names_a_body(text: str) -> bool:
    """Text that ends like a body's name (``某某区总工会``, ``宣教部``, ``机械厂``)."""
    return bool(_BODY_END_RE.search(text.strip()))


def is_keyed_credit(text: str) -> bool:
    """A line that is nothing but keyed names (``（撰写人：某某，摄影：某某）``,
    ``撰稿：某某``, ``文 某某 图 某某``): printed under a headline, the item's byline."""
    match = _keyed_credit_re().match(marks_as_keys(fields_apart(text.strip())))
    return match is not None and _keyed_names(match.group(0))


def is_credit_line(text: str) -> bool:
    """A line that is nothing but an end credit (``（贾晓勇）``, ``通讯员 钱多多``)."""
    return end_credit_start(text) == 0
