"""Activities (s40 acts41): a talk an invited teacher gives inside a course, told in a
sentence whose subject is the course again (培训邀请某校教授某某围绕…授课, 本次培训班还邀请
律师某某为学员授课), is a session of that course, as ANNOTATION.md keeps a course's lectures
by named teachers (parent: the course); the bare course word opening the sentence was read
as the session the speaker gave, and a subject told with 围绕 made the speaker's words too
long to read. Real pages of s40 (four district and county cadre courses). Near misses: a
course named in the sentence before the invitation (举办业务培训，邀请律师某某为学员授课)
is what the speaker gave, no session of its own.
Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

_COURSE = "10月15日至17日，西湖区总工会举办第三期工会干部培训班。"


def _kinds(text: str) -> list[tuple[Category, int | None]]:
    return [(a.category, a.parent) for a in find_activities([text])]


def test_a_talk_the_course_invited_on_a_subject_is_its_session():
    text = _COURSE + "培训邀请省总工会干部学校教授周文华围绕工会经费审查授课。"
    assert _kinds(text) == [(Category.training, None), (Category.lecture, 0)]


def test_a_talk_this_course_invited_is_its_session():
    text = _COURSE + "本次培训班还邀请律师王海为学员授课。"
    assert _kinds(text) == [(Category.training, None), (Category.lecture, 0)]


def test_a_course_named_before_the_invitation_is_the_talk_itself():
    text = "西湖区总工会举办业务培训，邀请律师王海为学员授课。"
    assert _kinds(text) == [(Category.training, None)]
