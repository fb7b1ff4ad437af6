"""A talk told by its title (以“…”为题, 以《…》为题) is read by four rules: the talk's
mention (its title, ``grammar`` titled), a titled talk told by a verb (``titled_talks``),
the role of the person whose post an organisation opens (``organisers``) and a talk as a
part of the event before it (``talk_parts``). They read one form, so that a title one of
them takes is a title for all: one title or more, of two to thirty characters each."""

from __future__ import annotations

import re

import pytest

from gonghui_build.extract.activities import grammar, organisers, talk_parts, titled_talks

#: Invented titles: one in quotes, one in 《》, two in a row, one character, too long.
_FORMS = [
    ("以“甲乙丙丁”为题", True),
    ("以《甲乙丙丁》为题", True),
    ("以“甲乙”“丙丁”为题", True),
    ("以“甲”为题", False),
    (f"以“{'甲' * 31}”为题", False),
]


def _readers() -> dict[str, re.Pattern[str]]:
    """The pattern each rule reads a talk's title with, from its opening 以."""
    return {
        "grammar": re.compile(grammar.TALK_TITLE),
        "titled_talks": titled_talks._told(),
        "organisers": organisers._TALK_TITLE,
        "talk_parts": talk_parts._TITLED,
    }


def test_the_rules_share_one_definition() -> None:
    shared = grammar.TALK_TITLE
    assert organisers._TALK_TITLE.pattern == shared
    assert titled_talks._told().pattern.startswith(shared)
    assert grammar.patterns().titled.pattern.startswith(shared)
    assert talk_parts._TITLED.pattern.startswith(shared)


@pytest.mark.parametrize(("form", "titled"), _FORMS)
def test_every_rule_takes_the_same_titles(form: str, titled: bool) -> None:
    taken = {name: bool(p.match(form)) for name, p in _readers().items() if name != "titled_talks"}
    assert taken == dict.fromkeys(taken, titled)


@pytest.mark.parametrize(("form", "titled"), _FORMS)
def test_a_titled_talk_and_its_mention_read_the_same_title(form: str, titled: bool) -> None:
    text = f"某某教授{form}，分享了经验"
    told = titled_talks._told().search(text)
    mention = grammar.patterns().titled.search(f"某某教授{form}，为职工讲授")
    assert bool(told) is titled
    assert bool(mention) is titled
    if told and mention:
        assert told["title"] == mention["title"]
