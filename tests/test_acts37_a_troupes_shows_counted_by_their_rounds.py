"""Activities (s39 acts37): a troupe's shows counted by their rounds right after the show's
head, the troupe their subject (市总工会职工艺术团深入基层演出48场，观众2万余人次), are one
round of shows, an activity with no name of its own; before, 演出 with no site, no audience
and no staging verb made none. Told after a show programme was read (…开展…巡回慰问演出
活动。演出队已深入基层演出16场), the rounds are that programme's count, no second row. A
plain name counted so without a troupe (各类职工培训126场) is not this rule's.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Unit


def test_a_troupes_counted_shows_are_one_activity():
    [shows] = find_activities(["今年以来，市总工会职工艺术团深入基层演出48场，观众2万余人次。"])
    assert shows.category == Category.other and not shows.titled
    assert shows.participants is not None
    assert (shows.participants.count, shows.participants.unit) == (20000, Unit.person_times)


def test_a_show_teams_rounds_at_sites_in_turn_make_no_visit():
    [shows] = find_activities(["7月以来，县总工会演出队先后走进企业、工地、社区演出12场。"])
    assert shows.category == Category.other


def test_rounds_after_the_show_programme_are_its_count():
    drafts = find_activities(
        [
            "7月以来，市总工会组织职工艺术团开展“送文化·进基层”巡回慰问演出活动。"
            "截至8月20日，演出队已深入基层演出16场，观众达8000余人次。"
        ]
    )
    [programme] = drafts
    assert programme.participants is not None and programme.participants.count == 8000


def test_a_plain_name_counted_without_a_troupe_is_not_this_rule():
    drafts = find_activities(["今年以来，市总工会举办各类职工培训126场。"])
    assert all(d.category != Category.other for d in drafts)
