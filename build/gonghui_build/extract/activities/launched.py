"""A campaign named in its launch ceremony (…“乐业青禾”职工文化系列活动启动仪式在某广场举行)
and then spoken of bare (介绍了系列活动安排, 此次系列活动为期8个月, 服务月活动将持续到8月中
旬): the campaign is an activity of its own, named as the ceremony is less its ceremony
word, and the ceremony one event of it (real_dev5's and real_dev2's gold have the
ceremony and the campaign both). Its later full mentions join it by name. Told with no
date of its own (服务月活动将持续到8月中旬), it runs from the day of its launch: the
ceremony's date starts it, the until-phrase after it ends it (real_dev5's and
real_dev2's gold: 2005-07-13 to 2005-08, 2025-03-06 to 2025-06)."""

from __future__ import annotations

from dataclasses import replace

from gonghui_build.extract.activities.attributes import extend_to
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.dates.told_entries import days_after
from gonghui_build.vocabulary import Category


def as_launched(
    found: list[ActivityDraft], text: str, s_end: int, m: Mention, draft: ActivityDraft
) -> ActivityDraft:
    """``draft``, read from mention ``m`` (in a sentence of ``text`` ending at ``s_end``),
    as the campaign the launch ceremony read last names (:func:`launched_campaign`): its
    name, and, with no date of its own, the ceremony's date as its start and the end the
    words after the mention give (将持续至6月底)."""
    name = launched_campaign(found, text, m)
    if name is None:
        return draft
    draft = replace(draft, name=name, titled=True, parent=None)
    ceremony = _last_ceremony(found)
    if draft.date is not None or ceremony is None or not _told_alone(ceremony, draft):
        return draft
    return extend_to(replace(draft, date=ceremony.date), text[m.end : s_end])


def _told_alone(ceremony: ActivityDraft, draft: ActivityDraft) -> bool:
    """Whether the ceremony's date dates ``draft`` as it stands: a date read from the
    days named before it (16日, 当天) counts from its place in its own paragraph, so only
    within the same paragraph (the activities read context once all are found)."""
    d = ceremony.date
    if d is None:
        return False
    needs_context = (d.month is None and d.day is not None) or days_after(d) is not None
    return not needs_context or ceremony.paragraph == draft.paragraph


def _last_ceremony(found: list[ActivityDraft]) -> ActivityDraft | None:
    """The launch ceremony read since the last campaign (…关爱季启动仪式), or None."""
    i = _last_ceremony_index(found)
    return found[i] if i is not None else None


def _last_ceremony_index(found: list[ActivityDraft]) -> int | None:
    """The index of :func:`_last_ceremony` in ``found``."""
    last = next(
        (i for i in range(len(found) - 1, -1, -1) if found[i].category == Category.campaign),
        -1,
    )
    return next(
        (
            i
            for i in range(len(found) - 1, last, -1)
            if found[i].trigger in words("launch_ceremonies")
            and found[i].name.endswith(found[i].trigger)
        ),
        None,
    )


def add_launched(
    found: list[ActivityDraft], text: str, s_end: int, m: Mention, draft: ActivityDraft
) -> None:
    """Append ``draft`` to ``found`` as :func:`as_launched` reads it; when the draft is the
    campaign a launch ceremony read before launched, the ceremony, part of nothing yet,
    becomes its part (README: a launch ceremony is part of what it launched; real_dev5's,
    real_dev23's and real_dev34's gold). In place, as the reader grows ``found``: no copy
    of the article's activities for each mention."""
    read = as_launched(found, text, s_end, m, draft)
    ceremony = _last_ceremony_index(found)
    if ceremony is not None and found[ceremony].parent is None and read.name != draft.name:
        found[ceremony] = replace(found[ceremony], parent=len(found))
    found.append(read)


def launched_campaign(found: list[ActivityDraft], text: str, m: Mention) -> str | None:
    """The name of the campaign the launch ceremony read last names, when the mention
    ``m`` (bare, or by the end of that name) speaks of it and no activity read since is a
    campaign."""
    if m.category != Category.campaign:
        return None
    ceremony = _last_ceremony(found)
    if ceremony is None:
        return None
    campaign = ceremony.name[: -len(ceremony.trigger)].removesuffix("暨")
    bare = text[m.start : m.end]
    tail = bare[len(words("anaphora").starting(bare) or "") :]
    kind = tail.removesuffix(m.trigger) if tail != m.trigger else ""
    if campaign.endswith(tail) and len(campaign) > len(tail) + 1:
        return campaign  # 系列活动 after …职工文化系列活动启动仪式
    if len(kind) >= 2 and campaign.removesuffix("”").endswith(kind):
        return campaign  # 服务月活动 after “农民工维权服务月”启动仪式
    return None
