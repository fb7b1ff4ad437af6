"""被聘为 'was engaged as' opens a later post of a career as 担任 does (…，去年被聘为某公司
某工作室副主任): invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.tenure import career_post_at
from gonghui_build.text.tokenizer import tag_tokens


def _posts(text: str, pos: int) -> set[tuple[str, str | None]]:
    return {(c.title, c.org_written) for c in career_post_at(text, pos, tag_tokens(text))}


def test_a_post_after_was_engaged_as_is_a_career_post():
    text = "她是韦海川的徒弟，去年被聘为青禾机械有限公司技能大师工作室副主任。"
    assert _posts(text, text.index("去年")) == {("副主任", "青禾机械有限公司技能大师工作室")}


def test_was_engaged_as_without_a_post_filling_the_clause_states_none():
    text = "她是韦海川的徒弟，去年被聘为青禾机械有限公司的兼职教练，带了三个班。"
    assert _posts(text, text.index("去年")) == set()
