"""Bodies printed before a phrase of the duty or the tenure a post is held with, which
the particle 的 joins to the title (``某市总工会主持工作的副主席某某``, ``某区总工会分管
女职工工作的副主席某某``, ``某县总工会新当选的主席某某``: ``titles.yaml`` duty_openers,
duty_phrases). The phrase stands between the body and its title, so the body does not end
right before the title (nor right before 的, :func:`.chain_orgs.body_before_particle`) and
the post was read with no body; a reader takes it at the body before the phrase."""

from __future__ import annotations

import re
from functools import cache

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.organisations.particular import is_particular
from gonghui_build.text.tokenizer import Token

#: The longest stretch of a duty between its opener and 工作 (分管|女职工和组织|工作).
_MAX_DUTY = 10


@cache
def _phrase_before_title() -> re.Pattern[str]:
    """A duty's or a tenure's phrase and 的, ending where the title starts."""
    openers = "|".join(lexicon.words("titles.yaml", "duty_openers").words)
    whole = "|".join(lexicon.words("titles.yaml", "duty_phrases").words)
    return re.compile(rf"(?:(?:{openers})[\u4e00-\u9fff、和]{{1,{_MAX_DUTY}}}?工作|{whole})的$")


def body_before_duty_phrase(
    text: str, seg_start: int, title_start: int, match: re.Match[str], tokens: list[Token]
) -> OrgSpan | None:
    """The particular body whose name ends right before a duty's or a tenure's phrase
    that 的 joins to the title at ``title_start``, inside the segment; else None."""
    found = _phrase_before_title().search(text, seg_start, title_start)
    if found is None or found.start() <= seg_start:
        return None
    body = org_ending_at(text, found.start(), tokens)
    if body is None or body.start < seg_start or not body.body:
        return None
    return body if is_particular(body, tokens) else None
