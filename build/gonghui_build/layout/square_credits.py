"""A credit after a square (``■赵一鸣``, ``■晏 飞``) and the test that tells it from a
column's label set after a square (``■基层传真``): names, not words of the dictionary."""

from __future__ import annotations

import re

from gonghui_build.layout.paired import matched_phrases
from gonghui_build.text import tokenizer
from gonghui_build.text.names import is_name_shaped

#: A two-character name padded with a blank to fill the column (``晏 飞``), or with two
#: half-width blanks, the width of the one full-width blank (``晏  飞``).
PADDED_NAME = r"[\u4e00-\u9fff](?:[ \u3000]| {2})[\u4e00-\u9fff](?![\u4e00-\u9fff])"
_PADDED_NAME_RE = re.compile(PADDED_NAME)


def unpadded(name: str) -> str:
    """A name without the blank a padded one was printed with (``查 琳``); any other
    text as it is."""
    return re.sub(r"[ \u3000]", "", name) if _PADDED_NAME_RE.fullmatch(name) else name


def square_names(credit: str) -> bool:
    """The names after a square (``■赵一鸣``, ``■晏 飞``) are names: a square before words
    of the dictionary that no name is shaped like (``■基层传真``, ``□工会动态``) marks a
    column's label, set over the next item, and credits no one."""
    if not padded_names(credit):
        return False
    tokens = re.sub(PADDED_NAME, "", credit).split()
    if paired_phrases(tokens):
        return False
    return all(is_name_shaped(t) or not (dictionary_phrase(t) or joined_phrase(t)) for t in tokens)


def joined_phrase(token: str) -> bool:
    """Words of the dictionary joined by a one-character preposition, conjunction or
    particle (``■职工之家在行动``, ``■劳模在身边``): a column's label, which the joint makes
    a phrase; no name holds two such words about a joint."""
    words = tokenizer.tag_tokens(token)
    long = [w.word for w in words if len(w.word) >= 2]
    joints = [w.tag for w in words if len(w.word) == 1]
    return (
        len(long) >= 2
        and bool(joints)
        and all(tokenizer.frequency(w) for w in long)
        and all(tag.startswith(("p", "c", "u")) for tag in joints)
    )


def paired_phrases(tokens: list[str]) -> bool:
    """Two matched phrases, neither shaped like a name (``■送清凉 暖人心``): a briefs
    column's head over its item, no credit of two names (two names of one length,
    ``■王晓峰 李明华``, are each name-shaped)."""
    return (
        len(tokens) == 2 and matched_phrases(*tokens) and not any(is_name_shaped(t) for t in tokens)
    )


def padded_names(credit: str) -> bool:
    """Each padded name of a square's credit (``■晏 飞``) is a name once joined: two
    characters a blank parts are no credit else (``■完 了``)."""
    return all(
        is_name_shaped(re.sub(r"\s", "", m.group(0))) for m in re.finditer(PADDED_NAME, credit)
    )


def dictionary_phrase(token: str) -> bool:
    """Words of the dictionary (``报告完毕``, ``掌声``): a note in brackets, no credit."""
    words = tokenizer.cut(token)
    return all(len(w) >= 2 and tokenizer.frequency(w) for w in words)


#: A square opening a label or a credit (``■劳模风采``, ``■赵一鸣``).
SQUARES = "■□"


def square_label(text: str) -> bool:
    """A line of a square and words that name no one (``■基层传真``, ``■职工之家在行动``),
    no colon nor sentence mark in it: a column's label over the item it holds, the page's,
    never the item's kicker."""
    line = text.strip()
    label = line[1:].strip()
    plain = not any(mark in label for mark in "：:，,。")
    return line[:1] in SQUARES and bool(label) and plain and not square_names(label)
