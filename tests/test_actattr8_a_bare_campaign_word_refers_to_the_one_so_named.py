"""Later mentions of campaigns (s49 actattr8): a campaign told again bare by its kind of
four characters or more (专项行动将持续到…) is the one so named before (…“某某”专项行动),
not a later campaign of another kind read in between (…专项检查): real_dev6's round-up
of a province's wage-arrears drive, whose end the bare mention tells. Invented
sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

_DRIVE = "11月以来，青禾省总工会在全省开展“冬日清欠”专项行动，各级工会走进工地。"
_CHECK = "青禾市总工会联合市住建局，在全市开展建设领域工资支付专项检查。"


def _drafts(until: str):
    found = find_activities([_DRIVE, _CHECK, f"记者了解到，专项行动将持续到{until}。"])
    return {d.name: d for d in found}


def test_the_bare_kind_joins_the_campaign_so_named():
    drafts = _drafts("2031年春节前")
    assert len(drafts["“冬日清欠”专项行动"].mentions) == 1  # told again once
    assert drafts["建设领域工资支付专项检查"].mentions == ()
