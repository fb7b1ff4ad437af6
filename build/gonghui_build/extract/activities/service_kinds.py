"""The kind of a service a union gives its members (a screening): an event on the day
it is given, the union's programme when it runs for a year or is still to come."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.vocabulary import Category, Status


def service_kind(draft: ActivityDraft, text: str) -> Category:
    """为一千名一线女职工开展“两癌”筛查 reports a screening held, an event of kind other
    as a check-up (健康检查) is; 将为一万名女职工提供免费“两癌”筛查 (planned), 启动…筛查
    (ongoing) and 全年组织…筛查 (a year's totals) report the union's programme of
    screenings, a campaign. The trigger stays a campaign's so that its status is read as
    a programme's (present tense: running); other kinds are left as they are."""
    # the screening may stand before a head that gathers it (…筛查服务活动)
    if draft.category != Category.campaign or not words("programme_services").in_text(draft.name):
        return draft.category
    before = text[draft.sentence[0] : draft.name_start]
    if draft.status != Status.held or words("year_totals").in_text(before):
        return draft.category
    return Category.other
