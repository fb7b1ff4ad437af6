"""An enterprise's units printed without it, in running text (no post after them): its
branch works listed (氯碱分厂、合成分厂和热电分厂), a branch after the group it refers
back to (该集团电解分厂), its departments' and workshops' unions listed after the
enterprise's union (炼铁部工会、炼钢部工会、装配车间工会), and a branch works right after
its group's name (某化工集团|合成分厂).

jieba reads no suffix in 分厂 (厂 inside the word is bound) and tags a branch's trade as a
verb (合成, 铸造, 热轧), so the grammar finds none of these, and a group's name stops at
集团 before its branch. Before, only a unit with a post after it was read (铸锻分厂电焊工
某某: :mod:`.units`, :mod:`.branches_alone`); the report's other units were lost. The
annotation guidelines list every such unit as an organisation of its own (departments
are; the tuning gold names a plant's branch works with their enterprise and keeps the
printed form as an alias, 北京燕京重型机械有限公司铸锻分厂, and a project department's
union 项目部工会 so). The endings are ``org_suffixes.yaml`` units_printed_alone (branch
works, branches, production areas, project departments) and, for a unit's union,
sections_printed_alone too (部, 车间). Kept narrow: the unit's word is whole jieba words
of at most four characters naming no body and no place (not 干部|工会, 俱乐部|工会);
no determiner, anaphor, measure or function word opens it (各车间工会, 每个分厂, 在分厂);
the article named an enterprise before; a unit with a post after it is left to the
post's reading (:mod:`.units`, as before; a union's post, 某车间工会主席, holds at the
union found here); a branch works alone (no union) counts only in
a list of two or more, after the group it refers back to, or at a clause's head with a
noun for its word (，设立|分公司 stays the sentence's verb).
"""

from __future__ import annotations

import functools
import itertools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.branches_alone import (
    UNIT_WORD,
    enterprise_named_before,
    referred_or_counted,
    unit_word,
)
from gonghui_build.extract.organisations.edges import occupation_after
from gonghui_build.extract.organisations.names import suffix_of, suffix_types, words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import COORDINATION
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType

#: Marks an item of a list or a clause opens after.
_ITEM_MARKS = "，。；：、,;: \u3000\n"
#: jieba's tags of words that cannot name a unit (pronouns, adverbs, prepositions,
#: conjunctions, particles).
_FUNCTION_TAGS = ("r", "d", "p", "c", "u")


def _endings(union: bool) -> list[str]:
    units = list(words("units_printed_alone").words)
    return units + list(words("sections_printed_alone").words) if union else units


def _word_tokens(tokens: list[Token], start: int, end: int, ending: str = "") -> list[Token] | None:
    """The jieba words that make up ``[start, end)`` exactly, or None when the span cuts
    a word (干部|工会 has no unit word 干, 俱乐部 none 俱乐); the last word may run on
    over an ``ending`` of two characters or more (装配车间|工会: jieba's one
    word of the unit's word and 车间), or a numeral into it (三分|厂)."""
    inside = [t for t in tokens if t.start < end and t.end > start]
    if not inside or inside[0].start != start:
        return None
    glued = len(ending) > 1 and inside[-1].end == end + len(ending)
    # 三分|厂: jieba's numeral word runs into the ending (a numbered branch works)
    numeral = len(ending) > 1 and inside[-1].tag == "m" and end < inside[-1].end < end + len(ending)
    if inside[-1].end != end and not (glued or numeral):
        return None
    return inside


def _unit_word_ok(word: str, inside: list[Token]) -> bool:
    """A unit's name word: :func:`.branches_alone.unit_word`, opened by no determiner,
    anaphor or stop word, with no measure character (两个分厂) or function word."""
    if not unit_word(word) or referred_or_counted(word) or word in words("founding_verbs"):
        return False
    return not any(t.tag.startswith(_FUNCTION_TAGS) for t in inside)


@functools.cache
def _enterprise_referred() -> tuple[re.Pattern[str], int]:
    """An anaphor and a company's bare suffix closing the text (该集团, 该公司), and the
    most characters it may span (the longest of each, and a line break ``$`` may stand
    before): built once, not at each unit's word tried."""
    bare = [w for w in words("bare").words if suffix_types().get(w) == OrgType.company]
    anaphors = words("anaphors")
    reach = max(map(len, anaphors.words)) + max(map(len, bare)) + 1
    return re.compile(rf"(?:{anaphors.pattern})(?:{'|'.join(bare)})$"), reach


def _refers_to_enterprise(text: str, at: int) -> bool:
    """该集团|电解分厂: an anaphor and a company's bare suffix right before ``at`` (only
    the stretch it may span searched, not all the text before each unit's word)."""
    referred, reach = _enterprise_referred()
    return referred.search(text, max(0, at - reach), at) is not None


def _unit_matches(text: str, tokens: list[Token], union: bool) -> list[tuple[int, int, bool]]:
    """(start, end, noun word) of each unit named by a valid word before an ending (and
    工会 for a union), the word starting at an item mark, a list's joiner or after
    :func:`_refers_to_enterprise`."""
    unions = words("union_suffix").pattern if union else ""
    ending = "|".join(_endings(union))
    found: list[tuple[int, int, bool]] = []
    for match in re.finditer(rf"({ending})(?:{unions})", text):
        for size in range(min(UNIT_WORD, match.start()), 0, -1):
            at = match.start() - size
            opens = at == 0 or text[at - 1] in _ITEM_MARKS + COORDINATION
            if not (opens or _refers_to_enterprise(text, at)):
                continue
            inside = _word_tokens(tokens, at, match.start(), match.group(1))
            if inside is None or not _unit_word_ok(text[at : match.start()], inside):
                continue
            noun = not any(tokenizer.is_verb_tag(t.tag) for t in inside)
            found.append((at, match.end(), noun))
            break
    return found


def _listed(found: list[tuple[int, int, bool]], text: str) -> set[int]:
    """Starts of the units that stand in a list of two or more (joined by 、 or a joiner)."""
    listed: set[int] = set()
    for (a, a_end, _), (b, _, _) in itertools.pairwise(found):
        if b - a_end == 1 and text[a_end] in COORDINATION:
            listed |= {a, b}
    return listed


def units_alone(
    text: str,
    offset: int,
    spans: list[OrgSpan],
    earlier: list[tuple[int, str]],
    tokens: list[Token],
) -> list[OrgSpan]:
    """``spans`` with the units of an enterprise printed alone in ``text`` (at article
    offset ``offset``) after the article named the enterprise (``earlier``: offsets and
    names as printed); none inside a name found."""
    added: list[OrgSpan] = []
    for union in (True, False):
        found = _unit_matches(text, tokens, union)
        listed = _listed(found, text)
        for at, end, noun in found:
            if any(s.start <= at < s.end or at <= s.start < end for s in spans + added):
                continue
            if not enterprise_named_before(earlier, offset + at):
                continue
            if not union and _post_after(text, end):
                continue  # 铸锻分厂电焊工某某: the post's unit, read with the post
            alone_ok = at in listed or _refers_to_enterprise(text, at)
            if not union and not (alone_ok or (noun and _opens_clause(text, at))):
                continue
            written = text[at:end]
            suffix = suffix_of(written) or ""
            if suffix not in suffix_types():
                continue
            added.append(OrgSpan(at, end, written, suffix, suffix_types()[suffix]))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def _post_after(text: str, end: int) -> bool:
    """A post (主任) or an occupation (电焊工, 数控车工: :func:`.edges.occupation_after`)
    printed right after a unit at ``end``."""
    if lexicon.titles().regex.match(text, end):
        return True
    if words("unit_followers").starting(text, end):
        return False  # 热轧部工会等单位工会: the list goes on, no occupation
    return any(occupation_after(text[end : end + size]) for size in range(2, 5))


def _opens_clause(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in _ITEM_MARKS
