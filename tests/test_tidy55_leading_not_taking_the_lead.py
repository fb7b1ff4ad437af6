"""率 leads a group named by its errand (某某率慰问组来到…), but 率先 ("first, taking
the lead") is an adverb: the bare 率 inside it is no verb of leading."""

from __future__ import annotations

from gonghui_build.extract.activities.cues import errand_group_went


def _went(text: str) -> bool:
    return errand_group_went(text, 0, text.index("看望"))


def test_bare_lu_leads_the_errand_group() -> None:
    assert _went("某主席率慰问组来到某社区，看望困难职工。")


def test_lu_inside_shuaixian_leads_no_group() -> None:
    assert not _went("某镇工会率先组建慰问组来到某社区，看望困难职工。")
