"""Names the model alone read short of, or run past, a name the article prints in full,
set to that name (孙某|全释然, 再|丽某·吐某某, 鲍某某|安全), and short forms of a fuller
name of the article (阿依古丽 of 阿依古丽·吐尔逊) read as that person: the model reads
one mention of a name at a time, the article names its people once in full. Kept apart
from :mod:`.article`, which combines the readers."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import tokenizer
from gonghui_build.text.names import is_common_word, name_parts, split_name
from gonghui_build.vocabulary import MentionSource

Hits = list[tuple[Paragraph, NameHit]]


def fuller_names(hits: Hits, garbled: set[int]) -> Hits:
    """A name the model alone read short of a name of the article printed there in full
    (孙某|全释然 where 孙某全 is named; 再|丽某·吐某某), or run on into a word
    (鲍某某安全), is that name; one that is part of a fuller name of the article names
    that person (a short name: 阿依古丽 of 阿依古丽·吐尔逊, 桂芝 of 满桂芝); in a paragraph
    of unreadable OCR, a name one character off a name of the article is that name
    misprinted (方立众 for 方立标): no one new, and left out."""
    names = sorted({h.name for _, h in hits if not h.partial})
    out: Hits = []
    givens = _given_names(names)
    for p, h in hits:
        if _inside_a_given_name(givens, p, h):
            continue
        if shorter := _glued_to_a_word(names, p, h):
            out.append((p, shorter))
        elif h.source != MentionSource.model:
            out.append((p, _first_part_named(names, h)))
        elif fuller := _longer(names, p, h):
            out.append((p, fuller))
        elif full := _part_of(names, h.name):
            out.append((p, replace(h, name=full, source=MentionSource.short_name)))
        elif not (p.seq in garbled and _misprint(names, h.name)):
            out.append((p, h))
    return out


def _given_names(names: list[str]) -> list[str]:
    """The given names of two characters of the article's Han names (成林 of 温成林):
    a profile calls its person by them after naming them once in full."""
    parts = (split_name(n) for n in names)
    return sorted({given for surname, given in filter(None, parts) if len(given) == 2})


def _inside_a_given_name(givens: list[str], p: Paragraph, h: NameHit) -> bool:
    """这是成林|常挂在嘴边的话: a name read from the second character of a given name
    of the article (成林 of 温成林) is its last character read as a surname with the
    words after it; the person is the one named, called by the given name. A name
    printed with a post of its own keeps it."""
    if h.claims or h.partial or h.start < 1:
        return False
    return p.text[h.start - 1 : h.start + 1] in givens


def _first_part_named(names: list[str], h: NameHit) -> NameHit:
    """A rule's hit that is the first part of a transliterated name of the article
    (法某玛 of 法某玛·马某木提, read again after a date or before a verb) names that
    person: Uyghur and other transliterated names go by their first part once printed
    in full (seen on three Xinjiang papers' pages, s32). A Han name's given name read by
    a rule stays what the rule read (the rules' evidence is their own)."""
    for full in names:
        parts = name_parts(full)
        if len(parts) > 1 and h.name == parts[0]:
            return replace(h, name=full)
    return h


def _part_of(names: list[str], name: str) -> str | None:
    """The fuller name of the article ``name`` is the first part or the given name of."""
    for full in names:
        given = (split_name(full) or ("", ""))[1]
        if full != name and (name in name_parts(full)[:1] or name == given):
            return full
    return None


def _longer(names: list[str], p: Paragraph, h: NameHit) -> NameHit | None:
    """The hit set to a name of the article printed in full where the model read it:
    from the same start (孙某|全), run on into a word (鲍某某|安全), or around the
    model's span, which starts inside it (再|丽某·吐某某, 阿某某·|阿某某)."""
    at_start = (n for n in names if len(n) > len(h.name) and p.text.startswith(n, h.start))
    run_on = (n for n in names if h.name.startswith(n) and _word_of_two(h.name[len(n) :]))
    if printed := next(at_start, None) or next(run_on, None):
        return replace(h, name=printed, end=h.start + len(printed))
    for n in names:
        at = n.find(p.text[h.start : h.end], 1)
        if len(n) > len(h.name) and at > 0 and p.text.startswith(n, h.start - at):
            return replace(h, name=n, start=h.start - at, end=h.start - at + len(n))
    return None


#: The length of a name read with the first character of the word after it glued on.
_GLUED_NAME = 3


def _glued_to_a_word(names: list[str], p: Paragraph, h: NameHit) -> NameHit | None:
    """副主席某敏|逐条记录: a name of three characters whose first two are a name the
    article prints elsewhere (某敏表示), and whose last opens a word of two characters
    with the character after it (逐条, 逐一), or is a verb of one character before a
    word that completes verbs (某罕|蹲在树旁, 某罕|站着: ``people.yaml``
    verb_completions, particles), is that shorter name: a title before it reads the longest name
    that may be one, and the word after it ran on."""
    short = h.name[:-1]
    if len(h.name) != _GLUED_NAME or h.partial or short not in names:
        return None
    glued = p.text[h.end - 1 : h.end + 1]
    if p.text[h.start : h.end] != h.name or not (_word_of_two(glued) or _verb_run_on(glued)):
        return None
    return replace(h, name=short, end=h.end - 1)


def _verb_run_on(glued: str) -> bool:
    """蹲在, 站着: a character jieba knows as a verb alone and a word that completes a
    verb, or a particle, after it (``people.yaml`` verb_completions, particles)."""
    after = ("verb_completions", "particles")
    if len(glued) != 2 or not any(glued[1] in lexicon.words("people.yaml", k) for k in after):
        return False
    return tokenizer.dictionary_tag(glued[0]) == "v"


def _misprint(names: list[str], name: str) -> bool:
    """Exactly one name of the article differs from ``name`` in one character only,
    after the same first one."""
    near = [
        n
        for n in names
        if len(n) == len(name)
        and n[0] == name[0]
        and sum(a != b for a, b in zip(n, name, strict=True)) == 1
    ]
    return len(near) == 1


def _word_of_two(rest: str) -> bool:
    """A word of two characters or more (安全), not one that ends a given name (全)."""
    return len(rest) >= 2 and is_common_word(rest)
