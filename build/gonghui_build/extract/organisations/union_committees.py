"""A union's own committee printed by its short form between a body and a post
(某矿工会女工委主任, 某厂女工委副主任): the post is the union's (``titles.yaml``
union_officers: 女工委主任 at 某厂工会, as the tuning gold of real_dev2 gives it; a body's
女工委主任 with no union printed is held at the body's union, ``people/
union_committee_posts.py``), so the name ends at the body. The committee's short form
女工委 ends with 工委, a street's or a zone's Party working committee (``org_suffixes.yaml``
place_committees), and the grammar read 某矿工会女工委 as a body of its own beside the
union's post (two extra bodies and a wrong organiser in real_dev2); 女职委 ends with no
suffix and was read right. Seen on real pages of coal mines' and a mining area's union
news (s41).
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import COMMITTEE, suffix_of


def union_committee_before_post(text: str, match: re.Match[str]) -> bool:
    """Whether the suffix ``match`` ends a union's committee by its short form
    (``titles.yaml`` union_inner_bodies) printed right after a body's suffix and right
    before a post (某矿工会|女工委|主任, 某厂|女工委|副主任)."""
    end = match.end()
    inner = lexicon.words("titles.yaml", "union_inner_bodies").ending(text, end)
    if inner is None or suffix_of(text, end - len(inner)) is None:
        return False
    return lexicon.titles().regex.match(text, end) is not None


def union_of_committee(written: str) -> str | None:
    """The union whose committee ``written`` is (某镇总工会委员会 → 某镇总工会): a union's
    committee is its leading body, elected by its congress (《中国工会章程》: 基层工会委员会),
    so the committee is the union itself, no body of its own (a roster's heading, 一、镇总工会
    委员会, over the union's officers); None when ``written`` is no union's committee."""
    if not written.endswith(COMMITTEE):
        return None
    union = written[: -len(COMMITTEE)]
    unions = lexicon.words("org_suffixes.yaml", "union_suffix")
    federations = lexicon.words("org_suffixes.yaml", "federation_suffix")
    suffix = unions.ending(union) or federations.ending(union)
    return union if suffix and len(suffix) < len(union) else None
