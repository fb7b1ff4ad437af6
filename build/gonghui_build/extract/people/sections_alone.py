"""Sections of a body printed without it before a title of no body of their own
(…。配送部|经理某某, 某县医院副院长某某、护理部|主任某某): where such a section opens, and
the bodies whose sections are printed so (an enterprise's, in :mod:`.named_before`; a
hospital's here). Split from :mod:`.named_before`, which holds the posts at them."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.branches_alone import unit_word
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.chain_orgs import post_named_with_unit
from gonghui_build.extract.people.described import PARTS, SECTION_MAX, section_printed_alone
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.vocabulary import UNION_TYPES


def institution_named(found: tuple[OrgSpan, int] | None) -> str | None:
    """The institution a body named before is, when it keeps sections of its own as an
    enterprise does (某县医院副院长某某、护理部主任某某: ``org_suffixes.yaml``
    institutions_with_sections); None for any other body."""
    if found is None or found[0].type in UNION_TYPES:
        return None
    written = found[0].written
    for ending in lexicon.words("org_suffixes.yaml", "institutions_with_sections").words:
        at = written.rfind(ending)
        # 某医院护理部举办…。护理部主任某某: the section named before, of the same hospital
        if at >= 0 and len(written) - at - len(ending) <= SECTION_MAX:
            return written[: at + len(ending)]
    return None


def parted_at(text: str, k: int) -> bool:
    """Whether a mark or a list's conjunction (某某及护理部副主任某某: ``titles.yaml``
    list_conjunctions) ends right before ``k``, opening a new item there, or a verb whose
    object is a person (看望了|急诊科护士长某某: ``people.yaml`` verbs_before_a_person,
    its 了 aside), which opens the object right after it as a mark would."""
    if text[k - 1] in PARTS:
        return True
    if lexicon.words("titles.yaml", "list_conjunctions").ending(text, k) is not None:
        return True
    verbs = lexicon.words("people.yaml", "verbs_before_a_person")
    end = k - 1 if text[k - 1] == "了" else k
    return end > 0 and verbs.ending(text, end) is not None


def section_before(text: str, claim: TitleClaim) -> tuple[int, int] | None:
    """Where a section of an enterprise printed without it opens and ends, right before
    a title of no body but the section itself at the head of a clause (…。配送部|经理某某,
    质检部|部长某某: ``org_suffixes.yaml`` sections_printed_alone), a word describing the
    person aside (数控车间|青年|技工某某: ``people.yaml`` person_describers, which the
    occupation leaves out); None when no such section is there."""
    at = claim.end - len(claim.title)
    if text[at : claim.end] != claim.title:
        return None
    describer = lexicon.words("people.yaml", "person_describers").ending(text, at)
    at -= len(describer or "")
    k = at
    while k > 0 and not parted_at(text, k) and at - k <= SECTION_MAX:
        k -= 1
    if k > 0 and not parted_at(text, k):
        return None  # a longer phrase than a section's name
    k += len(lexicon.words("people.yaml", "election_before").starting(text, k) or "")
    section = text[k:at]  # 选举|网络部|经理某某为…: the election's verb opens no section
    if not (section_printed_alone(section) or clinical_section(section)):
        return None  # 权益保障部, 组织部: a department other readings place
    if _heads_the_section(section, claim.title):
        return None  # 装配车间|主任: the workshop's head, one post (车间主任)
    if claim.org_written not in (None, section):
        return None  # 某公司|质检部|部长: a body of the chain's own
    return k, at


def clinical_section(section: str) -> bool:
    """``心内科``, ``急诊科``, ``内二科``: a hospital's clinical department (or an
    enterprise's 科室) printed without its body, a unit's word and an ending of
    ``org_suffixes.yaml`` sections_of_institutions_alone; kept apart from
    sections_printed_alone, which the organisations read as well (a 科 alone is no
    body of its own there)."""
    ending = lexicon.words("org_suffixes.yaml", "sections_of_institutions_alone").ending(section)
    return bool(ending) and unit_word(section[: -len(ending)])


def _heads_the_section(section: str, title: str) -> bool:
    """``装配车间|主任``, ``装配车间|副主任``: the head of a workshop printed alone, whose
    post is printed as one with the workshop's name (车间主任: ``titles.yaml``
    heads_named_with_their_unit), not a post held at the workshop."""
    modifier = lexicon.words("titles.yaml", "modifiers").starting(title) or ""
    bases = {title, title[len(modifier) :]} - {""}
    return any(post_named_with_unit(section, base) for base in bases)
