"""A campaign named in its launch ceremony (…“乐业青禾”职工文化系列活动启动仪式在某广场举行)
and then spoken of bare (介绍了系列活动安排, 此次系列活动为期8个月, 服务月活动将持续到8月中
旬): the campaign is an activity of its own, named as the ceremony is less its ceremony
word, and the ceremony one event of it (real_dev5's and real_dev2's gold have the
ceremony and the campaign both). Its later full mentions join it by name."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.vocabulary import Category


def launched_campaign(found: list[ActivityDraft], text: str, m: Mention) -> str | None:
    """The name of the campaign the launch ceremony read last names, when the mention
    ``m`` (bare, or by the end of that name) speaks of it and no activity read since is a
    campaign."""
    if m.category != Category.campaign:
        return None
    last = next(
        (i for i in range(len(found) - 1, -1, -1) if found[i].category == Category.campaign),
        -1,
    )
    ceremony = next(
        (
            d
            for d in reversed(found[last + 1 :])
            if d.trigger in words("launch_ceremonies") and d.name.endswith(d.trigger)
        ),
        None,
    )
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
