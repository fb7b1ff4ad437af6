"""A second post printed after a titled name: ``干部学校党组书记孔新锋校长、…``.

Training and meeting reports list their platform with each name between a post and a
title printed after names (校长, 副校长); :func:`.crossed_names.title_after_a_titled_name`
keeps that title out of the next person's chain, and this module gives it to the name
before it. Read on union cadre schools' course reports (s43, people29).
"""

from __future__ import annotations

from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.extract.people.yi_names import follows_name


def title_after_the_name(text: str, end: int, claims: tuple[TitleClaim, ...]) -> TitleClaim | None:
    """``干部学校党组书记孔新锋校长、…``: a title printed after names (``titles.yaml``
    after_name, ranked too: 副校长; no word of address: 同志) right after a name its chain
    titled, before punctuation, is the name's second post at the body the chain's last
    title names (the school's head and its Party secretary); None when the chain names no
    body or nothing closes the title."""
    titles = lexicon.titles()
    match = titles.regex.match(text, end)
    body = next((c for c in reversed(claims) if c.org_written), None)
    if match is None or body is None or match.group("union"):
        return None
    if titles.after_name.starting(match.group("base")) != match.group("base"):
        return None
    if match.group(0) in lexicon.words("titles.yaml", "address_words"):
        return None
    if not follows_name(text[match.end() : match.end() + 4]):
        return None  # 孔新锋校长|办公室: a title closed by punctuation or a follower only
    title, normalised = match.group(0), titles.normalise(match)
    if any(c.title_normalised == normalised for c in claims):
        return None
    return replace(
        body, title=title, title_normalised=normalised, start=body.start, end=match.end()
    )
