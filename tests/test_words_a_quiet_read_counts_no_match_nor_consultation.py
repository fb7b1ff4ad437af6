"""A word list read quietly (``Words.quietly``: a cheap bound ahead of the rule that
reads the list, as the transcribed names' run filter) counts no word as matched and the
list as not consulted, so the build's report of unused reference entries stays what the
rules made it; a membership test still counts both."""

from __future__ import annotations

from gonghui_build.reference.words import Words, matched, reset, unread


def test_a_quiet_read_counts_no_match_and_no_consultation():
    reset()
    listed = Words("test.yaml: quiet", ["阿", "尔"])
    assert "阿" in listed.quietly()
    assert unread([listed]) == ["test.yaml: quiet"]
    assert ("test.yaml: quiet", "阿") not in matched()


def test_a_membership_test_counts_the_match():
    reset()
    listed = Words("test.yaml: loud", ["阿", "尔"])
    assert "阿" in listed
    assert unread([listed]) == []
    assert ("test.yaml: loud", "阿") in matched()
