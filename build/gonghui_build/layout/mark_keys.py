"""Marks of one role printed as keys before the names, the slash left out.

``文 某甲 图 某乙``: an e-paper's feature credits its writer and photographer with the
mark before each name and a blank after it, as ``文/某甲 图/某乙`` does with a slash. The
layout reads such a line as a credit (a byline under the headline, an item's closing
credit) and the byline's reader takes its names apart with the same reading.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from gonghui_build import reference as lexicon
from gonghui_build.text.names import is_name_shaped


@functools.cache
def _lead_keys() -> frozenset[str]:
    """Marks of one role (``bylines.yaml``'s ``role_marks``) that are keyed roles too
    (文, 图, 摄影): printed before a name with a blank only, they key it."""
    roles = lexicon.table("bylines.yaml", "role_marks").values()
    counts = Counter(mark for marks in roles for mark in marks)
    keyed = lexicon.keyed("bylines.yaml", "keyed_roles")
    marks = {m for m, n in counts.items() if n == 1 and m in keyed}
    # 文字 某甲 摄影 某乙: the keys of the text and the photos written out (文字, 图片) key
    # their names with a blank as the one-character marks do
    words = {k for k, role in keyed.items() if len(k) > 1 and role in _TEXT_AND_PHOTO_ROLES}
    return frozenset(marks | words)


#: The roles whose written-out keys (文字, 图片, 摄影) key a name with a blank alone.
_TEXT_AND_PHOTO_ROLES = frozenset({"reporter", "photographer"})


@functools.cache
def _lead_key_re() -> re.Pattern[str]:
    """A lead key standing alone as a word, the blank after it, a word after that (not
    a key's colon, slash or bar: ``文 | 某某`` is keyed as printed)."""
    keys = lexicon.alternation(_lead_keys())
    return re.compile(rf"(?<![^\s（(])({keys})[ \u3000](?=[ \u3000]*[^\s:：/／|｜丨])")


def marks_as_keys(body: str) -> str:
    """``文 某甲 图 某乙``: a credit opening with a mark of one role (:func:`_lead_keys`)
    before its names, and no mark closing it, printed as ``文/某甲 图/某乙``: the blank
    after each mark is read as the slash (one character for one, so the offsets stay).
    A credit of names before their marks (``某甲 文 某乙 图``) is returned as printed."""
    tokens = body.strip().lstrip("（(").rstrip("）)").split()
    if len(tokens) < 2 or tokens[0] not in _lead_keys() or tokens[-1] in _lead_keys():
        return body
    return _lead_key_re().sub(r"\1/", body)


@functools.cache
def _field_bar_re() -> re.Pattern[str]:
    """A slash or a bar set off by a blank (one side at least) before a key and its
    colon (``撰稿：某甲 / 摄影：某乙``, ``图：某甲 /文：某乙``): it parts two keyed fields.
    The keys: ``bylines.yaml``'s keyed roles and role words, and the editor's keys of
    ``page_furniture.yaml`` (编辑, 审核)."""
    keys = lexicon.alternation(
        [
            *lexicon.keyed("bylines.yaml", "keyed_roles"),
            *lexicon.keyed("bylines.yaml", "role_words"),
            *lexicon.words("page_furniture.yaml", "editor_keys"),
        ]
    )
    bar = r"(?:(?<=[ \u3000])[/／|｜丨]|[/／|｜丨](?=[ \u3000]))"
    return re.compile(rf"{bar}(?=[ \u3000]*(?:{keys})[:：])")


def fields_apart(body: str) -> str:
    """``撰稿：某甲 / 摄影：某乙 / 编辑：某丙``: a credit whose keyed fields a slash or a bar
    parts (a WeChat post's or a college union site's closing row) read as if a blank
    parted them (one character for one, so the offsets stay). A key's own slash
    (``文/某甲``) has no blank beside it and no colon after it, and stays."""
    return _field_bar_re().sub(" ", body)


def names_each_marked(text: str) -> bool:
    """``某甲/文 某乙/摄``: a credit whose names each carry their own mark after a slash
    (``bylines.yaml``'s ``role_marks``), the first the text's, printed under a headline
    as ``文/某甲 图/某乙`` is (the byline's reader gives each name its mark's roles). Each
    name must have a name's shape, so a line of words and slashes is no credit."""
    table = lexicon.table("bylines.yaml", "role_marks")
    tokens = text.strip().replace("／", "/").split()
    pairs = [token.partition("/") for token in tokens]
    if not 2 <= len(pairs) <= 4 or any(not slash for _name, slash, _mark in pairs):
        return False
    marks = [mark for _name, _slash, mark in pairs]
    if any(all(mark not in listed for listed in table.values()) for mark in marks):
        return False
    return marks[0] in table["reporter"] and all(is_name_shaped(n) for n, _s, _m in pairs)
