"""Posts a sentence gives a name after it with a verb: ``由甲任团长、乙任副团长的某考察团``,
``以甲为团长的某代表团``, ``代表团由甲担任团长``. The head of a delegation, a group or a
team is printed with the title of its kind (团长 of a 团, 组长 of a 组, 队长 of a 队), and
holds the post at the body of that kind the sentence names: after the post (…的某考察团)
or, failing that, before the name (某代表团由甲…). A title of another kind, or one with no
such body in the sentence, is left to the chains' readers (a chain before the name ends at
the verb: :func:`.chain_items.given_after_a_name`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.clauses import SENTENCE_PART_END

#: The verb of 以甲为团长, beside the verbs of giving a post (``people.yaml``
#: election_after: 任, 担任, 出任).
_AS = "为"
#: What ends the sentence the post and its body are printed in.
_SENTENCE_PART_END_RE = re.compile(f"[{SENTENCE_PART_END}]")
#: The last character of a head's title, after the kind of the body it heads (团|长).
_HEAD = "长"


def with_designated_posts(
    text: str, hits: list[NameHit], spans: Sequence[OrgSpan]
) -> list[NameHit]:
    """The hits, each name a verb after it gives a head's post to (see the module
    docstring) holding that post too."""
    return [_with_designated_post(text, h, spans) for h in hits]


def _with_designated_post(text: str, hit: NameHit, spans: Sequence[OrgSpan]) -> NameHit:
    verb = lexicon.words("people.yaml", "election_after").starting(text, hit.end)
    verb = verb or (_AS if text.startswith(_AS, hit.end) else None)
    if verb is None:
        return hit
    at = hit.end + len(verb)
    titles = lexicon.titles()
    match = titles.regex.match(text, at)
    if match is None or match.group("union") or match.group("inner"):
        return hit
    base = match.group("base")
    if not base.endswith(_HEAD) or len(base) < 2:
        return hit
    body = _body_of_its_kind(text, base[: -len(_HEAD)], hit.start, match.end(), spans)
    if body is None:
        return hit
    claim = TitleClaim(
        title=match.group(0),
        title_normalised=titles.normalise(match),
        org_written=body.written,
        org_offset=body.start,
        start=at,
        end=match.end(),
    )
    return replace(hit, claims=(*hit.claims, claim))


def _body_of_its_kind(
    text: str, kind: str, name_start: int, post_end: int, spans: Sequence[OrgSpan]
) -> OrgSpan | None:
    """The body of ``kind`` (团, 组, 队) the sentence names first after the post, else
    last before the name; None when it names none."""
    opening = max((m.end() for m in _SENTENCE_PART_END_RE.finditer(text, 0, name_start)), default=0)
    closing = _SENTENCE_PART_END_RE.search(text, post_end)
    end = closing.start() if closing else len(text)
    of_kind = [s for s in spans if s.written.endswith(kind) and opening <= s.start and s.end <= end]
    after = [s for s in of_kind if s.start >= post_end]
    before = [s for s in of_kind if s.end <= name_start]
    return after[0] if after else (before[-1] if before else None)
