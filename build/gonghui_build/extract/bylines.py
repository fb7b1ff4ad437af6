"""Authors from bylines, datelines and photo credits.

``□本报记者 孙悦然/文 齐思源/摄``: 孙悦然 reporter, 齐思源 photographer.
``□本报记者 孙悦然 祝青 文/摄``: both reporters and photographers.
``□本报记者 孙悦然 康宁/文 牛欣然/摄``: a role mark closes the names before it.
``□某区委书记 贺立群``: a signed article; the author's title is kept.
``本报讯（记者 冯一帆 通讯员 李某某）``: reporter and correspondent.
``冯一帆 摄``: photographer.

The words (本报记者, 文/摄…) are in ``reference/bylines.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.byline_names import listed_names, token_names
from gonghui_build.extract.byline_reading import Author, BylineReading, NameSpan
from gonghui_build.extract.byline_tokens import (
    at_role_words,
    bracketed_pen_names,
    mark_keying_names,
    mark_roles,
    ocr_joined,
    role_marks,
    spaced_names_apart,
    split_title_name,
)
from gonghui_build.extract.credit_lists import role_before_correspondents
from gonghui_build.extract.credits import (
    a_papers_staff,
    closing_credit_start,
    glued_mark,
    glued_writer_mark,
    is_letter,
    last_text,
    paragraph_credit,
    role_after_paper,
    role_word_in,
    spaced,
)
from gonghui_build.extract.dash_credits import less_lead_dash
from gonghui_build.extract.facts import AuthorFact, PositionFact
from gonghui_build.extract.keyed_credits import (
    KEY_BAR_RE,
    abbreviated_unit,
    closes_a_post,
    keyed_names,
    leading_keys,
    sent_in_from_place,
    supplied_by_body,
    unit_then_name,
)
from gonghui_build.extract.organisations.article import ArticleOrgs
from gonghui_build.extract.people.position_facts import position_of
from gonghui_build.extract.people.titles import parse_chain
from gonghui_build.extract.photo_bylines import (
    as_photographers,
    caption_credit,
    joint_photo_credit,
    photo_credit,
    read_as_byline,
)
from gonghui_build.extract.signed_trades import signers_trade
from gonghui_build.extract.spans import span_of
from gonghui_build.layout.mark_keys import fields_apart, marks_as_keys
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.layout.segment import BYLINE_MARKS
from gonghui_build.text.names import (
    split_read_name,
)
from gonghui_build.vocabulary import AuthorRole

FILE = "bylines.yaml"


def _dateline_body(body: str, offset: int) -> tuple[str, int]:
    """A dateline (本报讯（记者 冯一帆）, a site's 某某新闻网：（某某、某某）) or a credit
    at an item's end (（王立群）): the names are in its brackets, the first bracket after
    the dateline's mark (某某日报（某某网）消息（记者 某某）: the paper's site in the
    first bracket, its reporter in the second)."""
    if body[:1] in "（(" and body[-1:] in "）)":
        return body[1:-1], offset + 1
    for paren in re.finditer(r"[（(]([^）)]*)[）)]", body):
        head = body[: paren.start()]
        if lexicon.words(FILE, "dateline_marks").in_text(head) or head.endswith(("：", ":")):
            return paren.group(1), offset + paren.start(1)
    return body, offset


#: A site's or an agency's dateline alone, no names after it (``某某新闻网讯``,
#: ``新华社北京3月5日电``): its words are no title and no name of an author.
_BARE_DATELINE_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9·]{1,12}(?:网|網|报|報|社|台)\S{0,12}?(?:讯|訊|电|電)$"
)


#: A question mark a digitised archive left after a credit's closing bracket
#: (``（某某 某某）?``), on pages whose credits close no question: no text.
STRAY_CLOSING_MARK_RE = re.compile(r"(?<=[）)])[ \u3000]*[?？]$")


def _byline_body(text: str) -> tuple[str, int]:
    """A byline's text without its lead mark (■) or signature's dash (——某某), its
    dateline and a stray question mark after its closing bracket, and where it starts."""
    body = STRAY_CLOSING_MARK_RE.sub("", text.strip())
    offset = len(text) - len(text.lstrip())
    if body[:1] in BYLINE_MARKS:
        body, offset = body[1:], offset + 1
    body, dash = less_lead_dash(body)
    offset += dash
    if _BARE_DATELINE_RE.match(body):
        return "", offset + len(body)
    return _dateline_body(body, offset)


def parse_byline(
    text: str, default_role: AuthorRole = AuthorRole.reporter, end_credit: bool = False
) -> list[Author]:
    """Authors of a byline or dateline, in order, one row per name and role. In a
    credit at an item's end (``end_credit``: （王立群）, ■赵一鸣, （厂工会 葛平）) a name
    with no role word is the correspondent's, and a body before it is their unit, not
    a title."""
    body, offset = _byline_body(text)
    body = fields_apart(body)  # 撰稿：某甲 / 摄影：某乙: a bar parting two keyed fields
    if keyed := keyed_names(body, offset) or keyed_names(marks_as_keys(body), offset):
        return [Author(n, r, None, s, e) for n, r, s, e in keyed]
    tokens = at_role_words(ocr_joined(KEY_BAR_RE.sub(" ", body), offset))  # 记者 | 某某
    role = role_before_correspondents(tokens, default_role, end_credit)  # （某 通讯员 某）
    reading = BylineReading(role, named=end_credit and len(tokens) == 1)  # （晓峰）: one name
    for token, pos, end in tokens:
        blanks = end - pos - len(token)  # 杜 文: the blank an OCR'd name was joined across
        _read_token(reading, text, body, token, pos, blanks, end_credit)
    reading.flush((reading.role,))
    if joint_photo_credit(body):
        return as_photographers(reading.authors)
    return _with_lead_mark(body, reading.authors)


def _with_lead_mark(body: str, authors: list[Author]) -> list[Author]:
    """``（文/图 本报记者 某某）``: a mark of text and photos printed before the names
    (``BOTH_MARK`` of the layout's end credits) gives each name after it both roles;
    a role word after the mark says in which capacity the name wrote the text
    (``（文/图 通讯员 某某）``: the correspondent's text and photos, as ``文/通讯员 某某``
    is the correspondent's text), so it stands for the mark's writer's role. A byline
    whose first word is a name is as read."""
    tokens = body.strip().lstrip("（(").split()
    roles = role_marks().get(tokens[0].replace("／", "/"), ()) if len(tokens) > 1 else ()
    if len(roles) < 2:
        return authors
    # with no role word (（文/图 某某）) the mark alone gives the roles, no default role
    worded = lexicon.words(FILE, "role_words").in_text(body)
    out = list(authors) if worded else []
    for a in authors:
        for role in roles:
            written = worded and role is AuthorRole.reporter
            if not written and all((b.name, b.role) != (a.name, role) for b in out):
                out.append(replace(a, role=role))
    return out


def _read_token(
    reading: BylineReading,
    text: str,
    body: str,
    token: str,
    pos: int,
    blanks: int,
    end_credit: bool,
) -> None:
    """One token of a byline: a role word or mark, a name with the mark that closes it
    (康宁/文), an editor's credit, or a title."""
    closing = not text[pos + len(token) :].strip(" \u3000）)")
    if closing and reading.pending and token in lexicon.words(FILE, "supplied_keys"):
        # （某某 供稿）: a key closing the credit closes the names before it, as a mark does
        reading.flush(mark_roles(token, reading.role, reading.worded))
        return
    if reading.worded and reading.pending and (key := mark_keying_names(text, token, pos)):
        reading.take_role(key)  # 记者 某某 摄影 某某: 摄影 keys the name after it
        return
    rest = _read_role_token(reading, token, pos)
    if rest is None:
        return
    token, pos = rest
    name, slash, mark = token.partition("/")
    if slash and mark in lexicon.words(FILE, "editor_marks"):
        return  # 某某/审: the item's editor, no author
    if not slash and (tail := glued_mark(name.rpartition("、")[2]) or glued_writer_mark(name)):
        name, mark = name[: -len(tail)], tail
    if end_credit and not reading.named and sent_in_from_place(body, name):
        return  # / 某地 供图: the place that sent the photo, no author
    if end_credit and (supplied_by_body(name) or abbreviated_unit(name)):
        return  # （镇工会供稿）, （区工宣）: the body that supplied the copy, no author
    names = _names_at(text, name, mark, pos, blanks, reading.named, end_credit)
    if names is not None and reading.editing:
        return  # 编辑 某某: the item's editor, no author
    if names is not None:
        reading.pending += names
    elif end_credit or _BARE_DATELINE_RE.match(name):
        # （厂工会 葛平）: the correspondent's unit; 某某日报讯 毛某某、姚某报道: the
        # paper's dateline, no title; （某某日报 某某）: the paper's reporter
        if end_credit and not (reading.worded or reading.pending) and a_papers_staff(name):
            reading.role = AuthorRole.reporter
        return
    elif not reading.pending and not reading.authors:
        _read_title(reading, name, pos)
    if mark:
        reading.flush(mark_roles(mark, reading.role, reading.worded))


def _read_role_token(reading: BylineReading, token: str, pos: int) -> tuple[str, int] | None:
    """A token's role word, key or mark, which closes the names before it: None when
    that is all the token is, else the rest of the token (a name glued to its role word:
    本报记者孙悦然, 记者：金顺姬) and where it starts."""
    if token in lexicon.words(FILE, "role_marks"):  # 文/摄 after the names it applies to
        reading.flush(mark_roles(token, reading.role, reading.worded))
        return None
    if token in leading_keys():  # 撰稿 某某: a key before the name, a blank between
        reading.take_role(leading_keys()[token])
        return None
    if token in lexicon.words("page_furniture.yaml", "editor_keys"):
        reading.flush((reading.role,))  # （编辑 某某）: the item's editor, no author
        reading.editing = reading.named = True
        return None
    if glued := role_after_paper(token):  # 工人日报-中工网记者: the paper's name, then the role
        reading.flush((reading.role,))
        reading.role = lexicon.keyed(FILE, "role_words")[glued]
        return None
    cut, word = role_word_in(token)
    if not word:
        return token, pos
    reading.take_role(lexicon.keyed(FILE, "role_words")[word])
    rest = token[cut:].lstrip("：:")  # 通讯员供图: who sent the photo in, no name after
    named = rest and rest not in lexicon.words(FILE, "supplied_keys")
    return (rest, pos + len(token) - len(rest)) if named else None


def _names_at(
    text: str, name: str, mark: str, pos: int, blanks: int, named: bool, end_credit: bool
) -> list[NameSpan] | None:
    """The names a token (less its role word and mark) is, at their offsets in the text;
    None when it is no name (a title, a unit, a dateline)."""
    if not named and name in lexicon.titles().bases:
        return None  # □区长 某某: a post of a surname's shape (区), a signed article's title
    if name in lexicon.words("people.yaml", "collective_workers"):
        return None  # 农民工 某某 signing a letter: workers as a body (农 a surname), no name
    names = token_names(text, name, pos, named)
    if names and len(names) == 1 and blanks > 0:  # its span covers the printed blank
        names = [(names[0][0], names[0][1], names[0][2] + blanks)]
    # a role says they are names; with none (（王立平、何晓燕）) each part must be name-shaped
    if names is None and (named or end_credit or mark or "、" in name):
        names = listed_names(text, name, pos, named)
    if names is None and end_credit and (signed := unit_then_name(name)):
        names = [(signed, pos + len(name) - len(signed), pos + len(name))]
    if names is None and end_credit:
        names = bracketed_pen_names(text, name, pos)
    if names is None and end_credit and split_read_name(name):
        # （刘万和 郭丽）: a given name holding a character that is mostly a function word
        # (和, 其) is a name still among an end credit's names
        names = [(name, pos, pos + len(name))]
    return names


def _read_title(reading: BylineReading, name: str, pos: int) -> None:
    """A title before the byline's first name (某区委书记), or glued to it (某区委书记贺立群):
    the article is a signed one, its author's title kept."""
    glued = split_title_name(name)
    reading.title, reading.role = (glued[0] if glued else name), AuthorRole.author
    if glued:
        reading.pending.append((glued[1], pos + len(glued[0]), pos + len(name)))


def _role_credit(p: Paragraph, role: AuthorRole = AuthorRole.correspondent) -> list[Author]:
    """…效应。本报记者 某某 本报通讯员 某某 摄, or …慰问品。（某单位 王某）: the credit run
    into the text's end, read as a byline (where the repair joined its words, the page's
    spaces put back), at its offsets in the text."""
    text, back = spaced(p)
    start = closing_credit_start(text)  # …。本报记者 某某, …。（某单位 王某）, …。——某某
    if start is None:
        return []
    found = parse_byline(spaced_names_apart(text[start:]), role, end_credit=True)
    return [replace(a, start=back[a.start + start], end=back[a.end + start - 1] + 1) for a in found]


def _marked_caption(p: Paragraph) -> list[Author]:
    """``某某 文 某某 摄`` on a line of its own the layout read as a photo's caption: a
    mark apart for each name, read as a byline's with the page's spaces put back (the
    repair joined them: 某某文某某摄), at its offsets in the text."""
    text, back = spaced(p)
    if not read_as_byline(text):
        return []
    return [replace(a, start=back[a.start], end=back[a.end - 1] + 1) for a in parse_byline(text)]


#: The kinds of article (``layout/roles.py``) whose byline over the text, a name with no
#: role word (□某某, 某某 alone under the title), signs it: a commentary, a column's essay,
#: a report or a letter is written by its signer, no journalist (ANNOTATION.md: author).
#: A news item's or a feature's bare name keeps the reporter's role.
SIGNED_KINDS = frozenset({"commentary", "other"})


def authors_of(
    paragraphs: Sequence[Paragraph],
    runs: dict[int, list[Run]],
    orgs: ArticleOrgs,
    kind: str = "other",
) -> tuple[list[AuthorFact], list[PositionFact]]:
    """The authors of an article, and the positions a signed article's byline states
    (□某区委书记 贺立群: 书记 of 某区委). A name credited twice in one role (under each
    of two photos) is one author, at its first credit: `authors` has a row per role.
    A bare name over the text of a signed kind (:data:`SIGNED_KINDS`) is its author."""
    signer = AuthorRole.author if kind in SIGNED_KINDS else AuthorRole.reporter
    closer = AuthorRole.author if is_letter(paragraphs) else AuthorRole.correspondent
    authors: list[AuthorFact] = []
    positions: list[PositionFact] = []
    credited: set[tuple[str, AuthorRole]] = set()
    read_text = False
    last_body = last_text(paragraphs)
    for p in paragraphs:
        read_text |= p.role == "body"
        if p is last_body:
            found = [Author(n, closer, None, s, e) for n, s, e in paragraph_credit(p)]
            found = found or _role_credit(p, closer)
        elif p.role == "byline":
            text = spaced_names_apart(p.text)  # 本报记者 韩 某，周 某: two padded names
            role, closing = (closer, True) if read_text else (signer, False)
            found = parse_byline(text, role, end_credit=closing)
            # 撰稿：某某 closing a post on a line of its own: its writers are reporters
            if closes_a_post(text):
                found = [_as_reporter(a) for a in found]
        elif p.role == "dateline":
            found = parse_byline(spaced_names_apart(p.text))
        else:
            credit = p.role == "photo_credit"
            # 某某 文 某某 摄: a mark apart for each name, read as a byline's
            found = parse_byline(p.text) if credit and read_as_byline(p.text) else []
            found = found or (_marked_caption(p) if p.role == "photo_caption" else [])
            found = found or (photo_credit(p) if credit else [])
            found = found or (caption_credit(p) if p.role == "photo_caption" else [])
        for a in found:
            if (a.name, a.role) in credited:
                continue  # a photographer credited under each photo: one author row
            credited.add((a.name, a.role))
            authors.append(
                AuthorFact(a.name, a.role, a.title, span_of(p, a.start, a.end, runs.get(p.seq, [])))
            )
            for c in parse_chain(a.title, len(a.title), caption=True) if a.title else ():
                # the chain is read in the title alone: its organisation is read against
                # the start of the byline, the statement is the name's span
                claim = replace(c, org_offset=0)
                positions.append(position_of(a.name, claim, p, (a.start, a.end), 0.9, (), orgs))
            trade = signers_trade(p.text, a.name) if a.role is AuthorRole.author else None
            if trade and p.role == "byline":  # 钢筋工 某某 signing a letter
                positions.append(position_of(a.name, trade, p, (trade.start, a.end), 0.9, (), orgs))
    return authors, positions


def _as_reporter(a: Author) -> Author:
    """A writer a post's closing block names (:func:`closes_a_post`): the account's
    writer, a reporter; a name read with another role keeps it."""
    return replace(a, role=AuthorRole.reporter) if a.role is AuthorRole.author else a
