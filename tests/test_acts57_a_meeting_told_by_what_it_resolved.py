"""Activities (s45 acts57): a meeting named by its kind with words of its own and told
by what it resolved, with no verb of convening (县总工会经费审查委员会会议审议通过了…), is
one meeting held: 会议 alone needs a verb acting on it, and the verbs of resolution right
after the name are that verb. Real pages of s45 (county and district unions' plenary and
funds-committee items, company workers' congresses). Near misses: the bare head after a
meeting read (会议审议通过了…) is that meeting again, and alone it names none. Sentences
written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category, Status


def test_a_committees_meeting_told_by_its_resolution_is_held():
    acts = find_activities(["3月5日，青禾县总工会经费审查委员会会议审议通过了2023年经费决算报告。"])
    assert [(a.name, a.category, a.status) for a in acts] == [
        ("青禾县总工会经费审查委员会会议", Category.meeting, Status.held)
    ]


def test_a_meeting_passing_a_plan_by_discussion_is_held():
    acts = find_activities(["溪口区总工会主席办公会议讨论通过了职工疗休养实施方案。"])
    assert [a.name for a in acts] == ["溪口区总工会主席办公会议"]


def test_the_bare_head_after_a_meeting_is_that_meeting():
    texts = ["3月5日，桐江区总工会召开十届三次全委会议。会议审议通过了区总工会工作报告。"]
    assert [a.name for a in find_activities(texts)] == ["十届三次全委会议"]


def test_the_bare_head_alone_names_no_meeting():
    assert find_activities(["会议审议通过了区总工会工作报告。"]) == []
