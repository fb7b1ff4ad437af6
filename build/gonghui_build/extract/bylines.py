"""Authors from bylines, datelines and photo credits.

``□本报记者 孙悦然/文 齐思源/摄``: 孙悦然 reporter, 齐思源 photographer.
``□本报记者 孙悦然 祝青 文/摄``: both reporters and photographers.
``□本报记者 孙悦然 康宁/文 牛欣然/摄``: a role mark closes the names before it.
``□门头沟区委书记 吕长河``: a signed article; the author's title is kept.
``本报讯（记者 冯一帆 通讯员 李某某）``: reporter and correspondent.
``冯一帆 摄``: photographer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.layout.segment import BYLINE_MARKS, credit_names
from gonghui_build.text.names import is_name_shaped, split_name

ROLE_WORDS = {
    "本报记者": "reporter",
    "特约记者": "reporter",
    "记者": "reporter",
    "本报通讯员": "correspondent",
    "通讯员": "correspondent",
}
ROLE_MARKS = {
    "文": ("reporter",),
    "摄": ("photographer",),
    "图": ("photographer",),
    "文/摄": ("reporter", "photographer"),
    "文/图": ("reporter", "photographer"),
    "摄影": ("photographer",),
}
_ROLE_WORD_RE = re.compile(lexicon.alternation(ROLE_WORDS))
_TOKEN_RE = re.compile(r"[^\s/／]+(?:[/／](?:文|摄|图|摄影))*|[/／](?:文|摄|图)")


@dataclass(frozen=True)
class Author:
    name: str
    role: str
    title: str | None
    start: int  # offset of the name in the paragraph text
    end: int


def parse_byline(text: str, default_role: str = "reporter") -> list[Author]:
    """Authors of a byline or dateline, in order, one row per name and role."""
    authors: list[Author] = []
    body = text.strip()
    offset = len(text) - len(text.lstrip())
    if body[:1] in BYLINE_MARKS:
        body, offset = body[1:], offset + 1
    if body[:1] in "（(" and body[-1:] in "）)":  # a credit at an item's end: （王立群）
        body, offset = body[1:-1], offset + 1
    # a dateline: 本报讯（记者 冯一帆）
    paren = re.search(r"[（(]([^）)]*)[）)]", body)
    if (paren and "讯" in body[: paren.start()]) or (paren and "电" in body[: paren.start()]):
        body, offset = paren.group(1), offset + paren.start(1)

    role = default_role
    title: str | None = None
    pending: list[tuple[str, int]] = []

    def flush(roles: tuple[str, ...]) -> None:
        for name, pos, end in pending:
            for r in roles:
                authors.append(Author(name, r, title, pos, end))
        pending.clear()

    for token, pos, end in _ocr_joined(body, offset):
        if token in ROLE_MARKS:  # 文/摄 after the names it applies to
            flush(ROLE_MARKS[token])
            continue
        word = _ROLE_WORD_RE.match(token)
        if word:  # 本报记者, possibly glued to a name
            flush((role,))
            role = ROLE_WORDS[word.group(0)]
            token, pos = token[word.end() :], pos + word.end()
            if not token:
                continue
        name, _, mark = token.partition("/")
        if is_name_shaped(name):
            pending.append((name, pos, end - (len(mark) + 1 if mark else 0)))
        elif not pending and not authors:
            # a title before the name: 门头沟区委书记 (or 门头沟区委书记吕长河)
            glued = split_title_name(name)
            title, role = (glued[0] if glued else name), "author"
            if glued:
                pending.append((glued[1], pos + len(glued[0]), pos + len(name)))
        if mark:
            flush(ROLE_MARKS.get(mark, (role,)))
    flush((role,))
    return authors


def _ocr_joined(body: str, offset: int) -> list[tuple[str, int, int]]:
    """The byline's tokens (text, start, end in the paragraph), with the OCR spaces that
    split a word joined again: a surname standing alone before the rest of its name
    (甘 霖/摄), a title cut in two (党组书 记、主席)."""
    tokens = [
        (m.group(0).replace("／", "/"), offset + m.start(), offset + m.end())
        for m in _TOKEN_RE.finditer(body)
    ]
    bases = lexicon.titles().bases
    out: list[tuple[str, int, int]] = []
    for token, start, end in tokens:
        if out and token not in ROLE_MARKS and not _ROLE_WORD_RE.match(token):
            prev, p_start, _ = out[-1]
            head = token.partition("/")[0]
            name_split = (
                len(prev) == 1
                and split_name(prev + head[:2]) is not None
                and 1 <= len(head) <= 2
                and is_name_shaped(prev + head)
            )
            title_split = not is_name_shaped(prev) and any(
                prev.endswith(b[:k]) and head.startswith(b[k:])
                for b in bases
                for k in range(1, len(b))
            )
            if name_split or title_split:
                out[-1] = (prev + token, p_start, end)
                continue
        out.append((token, start, end))
    return out


def parse_credit(text: str) -> list[Author]:
    """Photographers of a credit line (``冯一帆 摄``)."""
    names = credit_names(text) or []
    out = []
    for name in names:
        pos = text.find(name)
        out.append(Author(name, "photographer", None, pos, pos + len(name)))
    return out


def split_title_name(token: str) -> tuple[str, str] | None:
    """``区委书记吕长河`` written without a space: (title, name)."""
    for size in (3, 2):
        if len(token) > size and split_name(token[-size:]):
            return token[:-size], token[-size:]
    return None
