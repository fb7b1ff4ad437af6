"""A reporter the running text names (记者芮一鸣从区总工会了解到…, 记者某某在现场看到): the
sentence goes on after the name, so the text names the reporter as a person
(ANNOTATION.md: authors are listed under people when the text also names them). A
byline keeps its name out of the people: a bracketed credit, a dateline's mark before
the reporter, a space or the next credit after the name. Invented names and events
(s36, people15)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(text: str) -> list[str]:
    return [p.name for a in page_facts(text).articles for p in a.people]


HEAD = "海州区建成86家创新工作室\n\n"


def test_a_reporter_who_learned_from_a_federation_is_a_person():
    body = "本报讯 近日，海州区召开创新工作室推进会。记者芮一鸣从区总工会了解到，全区已建成86家创新工作室。"
    assert _people(HEAD + body) == ["芮一鸣"]


def test_a_reporter_who_saw_something_on_site_is_a_person():
    body = "本报讯 3月5日，海州区总工会举办技能比武。记者芮一鸣在现场看到，选手们正在调试设备。"
    assert _people(HEAD + body) == ["芮一鸣"]


def test_a_bracketed_dateline_reporter_stays_an_author():
    body = "本报讯（记者 芮一鸣）近日，海州区召开创新工作室推进会，全区已建成86家创新工作室。"
    assert _people(HEAD + body) == []


def test_a_reporter_after_a_dateline_mark_stays_an_author():
    body = "本报讯 记者芮一鸣从区总工会获悉，全区已建成86家创新工作室。"
    assert _people(HEAD + body) == []


def test_a_reporter_before_a_photo_credit_stays_a_photographer():
    body = "本报讯 近日，海州区召开创新工作室推进会。\n会议现场。记者芮一鸣摄"
    assert "芮一鸣" not in _people(HEAD + body)


def test_a_reporter_after_a_dated_dispatch_stays_an_author():
    from gonghui_build.extract.people.credits import reporter_in_running_text

    text = "本报北京3月5日电 记者芮一鸣从区总工会获悉，全区已建成86家创新工作室。"
    start = text.index("芮一鸣")
    assert not reporter_in_running_text(text, start, start + 3)
    later = "会议结束后。" + text[text.index("记者") :]
    at = later.index("芮一鸣")
    assert reporter_in_running_text(later, at, at + 3)
