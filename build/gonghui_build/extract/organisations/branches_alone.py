"""A branch works or a branch printed without its enterprise (铸锻分厂, 运行分公司,
第三作业区), named as the enterprise's own report names its units: the unit of the
enterprise the article named before it.

The annotation guidelines list such a unit under its full name, the enterprise's and the
unit's (tuning gold: 北京燕京重型机械有限公司铸锻分厂 with the alias 铸锻分厂, 某某重型机械
有限公司数控分厂), as a short form is completed from context (``集团`` alone after the
group). The units are those ``org_suffixes.yaml`` units_printed_alone lists, named by a
short word of no place and no body of its own (not 某某集团华北分公司, 北京分公司: names of
their own, read as printed). So is the union of such a branch printed alone at a
clause's head (铸锻分厂工会组织…, after 某重型机械有限公司工会 reported its contest): the
grammar reads no particular body in 铸锻分厂 alone and drops it; after the enterprise it is
the enterprise's branch's union (某重型机械有限公司铸锻分厂工会), as the branch is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from gonghui_build.extract.organisations.article_context import ArticleContext, context_kinds
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import CLAUSE_MARKS
from gonghui_build.vocabulary import OrgType

#: The longest word naming a unit printed without its body (铸锻, 管网, 城东).
UNIT_WORD = 4


def unit_word(word: str) -> bool:
    """``word`` is the short word a unit printed alone is named by before its ending
    (铸锻|分厂, 质检|部): at most ``UNIT_WORD`` characters naming no body and no place."""
    if not 0 < len(word) <= UNIT_WORD or suffix_of(word) is not None:
        return False
    return not places.find_places(word)


def _word_and_ending(written: str, endings: str) -> bool:
    """``written`` is a unit's word (:func:`unit_word`) and an ending of the
    ``org_suffixes.yaml`` list ``endings``."""
    ending = words(endings).ending(written)
    return bool(ending) and unit_word(written[: -len(ending)])


def branch_alone(written: str) -> bool:
    """``written`` is a branch works or a branch printed without its enterprise: a unit's
    word (:func:`unit_word`) and an ending of ``units_printed_alone`` (铸锻分厂)."""
    return _word_and_ending(written, "units_printed_alone")


def section_alone(written: str) -> bool:
    """``written`` is an enterprise's department or workshop printed without it: a unit's
    word (:func:`unit_word`) and an ending of ``sections_printed_alone`` (炼铁部, 装配车间)."""
    return _word_and_ending(written, "sections_printed_alone")


def _unions_of_unit(written: str, alone: Callable[[str], bool]) -> bool:
    """``written`` is a union (``union_suffix``) of a unit printed alone (``alone``)."""
    union = words("union_suffix").ending(written)
    return bool(union) and alone(written[: -len(union)])


def _branchs_union(written: str) -> bool:
    """``written`` is a union of a branch printed alone (铸锻分厂工会)."""
    return _unions_of_unit(written, branch_alone)


def _works_alone(works: str) -> bool:
    """``works`` is a works printed alone by its kind (洗煤厂, 机修厂): one word of jieba's
    dictionary ending in ``works_printed_alone`` (a kind of works, no brand: 红星厂 is two
    words), of no place."""
    ending = words("works_printed_alone").ending(works)
    if not ending or not 0 < len(works) - len(ending) <= UNIT_WORD:
        return False
    return tokenizer.frequency(works) > 0 and not places.find_places(works)


def unit_or_works_alone(written: str) -> bool:
    """``written`` is a branch (:func:`branch_alone`: 铸锻分厂) or a works printed alone by
    its kind (:func:`_works_alone`: 轧钢厂), a unit of the enterprise named before; not a
    works referred back to (该厂: :func:`referred_or_counted`), which other readings place."""
    return branch_alone(written) or (_works_alone(written) and not referred_or_counted(written))


def _works_union(written: str) -> bool:
    """``written`` is the union of a works printed alone (洗煤厂工会: :func:`_works_alone`)."""
    return _unions_of_unit(written, _works_alone)


def _sections_union(written: str) -> bool:
    """``written`` is the union of an enterprise's department or workshop printed alone
    (炼铁部工会, 装配车间工会: :func:`section_alone`)."""
    return _unions_of_unit(written, section_alone)


def without_union(name: str) -> str:
    """``name`` without the union that closes it (某公司工会 → 某公司, 机加分厂工会 →
    机加分厂); ``name`` itself when none does, or when it is a union's word alone."""
    union = words("union_suffix").ending(name)
    return name[: -len(union)] if union and len(union) < len(name) else name


@functools.cache
def enterprise_named(name: str) -> str | None:
    """The enterprise ``name`` (as the article prints it) names in full: an enterprise's
    whole name, or its union's (某公司工会 names 某公司), or a branch's with it (某集团合成
    分厂 names 某集团: its other branches are the group's, not the branch's); not a bare
    kind (公司工会), nor a branch printed alone itself."""
    owner = _without_branch(without_union(name))
    suffix = suffix_of(owner)
    if suffix is None or suffix_types()[suffix] != OrgType.company:
        return None
    alone = branch_alone(owner) or _works_alone(owner)
    if context_kinds(owner) or len(owner) <= len(suffix) or alone:
        return None
    return owner


def enterprise_named_before(earlier: list[tuple[int, str]], at: int) -> bool:
    """Whether ``earlier`` (article offsets and names as printed) names an enterprise
    (:func:`enterprise_named`) before article offset ``at``."""
    return any(enterprise_named(name) for pos, name in earlier if pos < at)


def _without_branch(name: str) -> str:
    """``name`` without a branch printed after its enterprise (某化工集团|合成分厂 → 某化工
    集团), when the rest names a company; else ``name``."""
    ending = words("units_printed_alone").ending(name)
    if not ending:
        return name
    for size in range(1, UNIT_WORD + 1):
        rest = name[: -len(ending) - size]
        suffix = suffix_of(rest)
        if suffix and suffix_types()[suffix] == OrgType.company and len(rest) > len(suffix):
            return rest
    return name


def branch_of_enterprise_before(written: str, offset: int, context: ArticleContext) -> str | None:
    """The full name of the branch ``written`` at ``offset`` (:func:`branch_alone`; or of
    a branch's, a department's or a workshop's union, 炼铁部工会: the tuning gold names a
    project department's union printed alone with its body, 某工程项目部工会): the
    enterprise the article named last before it and the branch; None when it is no
    branch printed alone or the article named no enterprise before it."""
    alone = unit_or_works_alone(written) or _branchs_union(written) or _works_union(written)
    if not (alone or _sections_union(written)):
        return None
    named = [enterprise_named(name) for pos, name in context.orgs if pos < offset]
    owners = [owner for owner in named if owner is not None]
    return owners[-1] + written if owners else None


def referred_or_counted(text: str) -> bool:
    """``text`` (a unit's word, or the whole unit) opens with a determiner, an anaphor or
    a stop word, or holds a measure character (各分厂, 该分厂, 在分厂, 两个分厂): the unit
    referred to or counted, not named."""
    openers = (words("determiners"), words("anaphors"), words("left_stops"))
    if any(w.starting(text) for w in openers):
        return True
    return any(c in text for c in words("measure_characters").words)


def _named_branch(written: str) -> bool:
    """A branch's union (:func:`_branchs_union`) whose branch is named, not referred to
    or counted (:func:`referred_or_counted`: 各分厂工会, 两个分厂工会)."""
    named = _branchs_union(written) or _works_union(written)
    return named and not referred_or_counted(written)


def branch_unions_alone(
    text: str, offset: int, spans: list[OrgSpan], earlier: list[tuple[int, str]]
) -> list[OrgSpan]:
    """``spans`` with the unions of branches printed alone at a clause's head of ``text``
    (at article offset ``offset``), where the article named an enterprise before
    (``earlier``: offsets and names as printed); none inside a name found."""
    units = words("units_printed_alone").pattern + "|" + words("works_printed_alone").pattern
    unions = words("union_suffix").pattern
    added: list[OrgSpan] = []
    for match in re.finditer(rf"[\u4e00-\u9fff]{{1,{UNIT_WORD}}}?(?:{units})(?:{unions})", text):
        at, end = match.span()
        written = match.group(0)
        if not (at == 0 or text[at - 1] in CLAUSE_MARKS) or not _named_branch(written):
            continue
        if any(s.start <= at < s.end for s in spans):
            continue
        if not enterprise_named_before(earlier, offset + at):
            continue
        suffix = words("union_suffix").ending(written)
        added.append(OrgSpan(at, end, written, suffix, suffix_types()[suffix]))
    return sorted(spans + added, key=lambda s: s.start) if added else spans
