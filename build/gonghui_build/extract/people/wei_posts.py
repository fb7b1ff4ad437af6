"""The post an election's 为 names: a title right after it (选举某某为主席), or a body's
name and its title (增补某某为市总工会副主席), as plenary reports print a member added to
a federation's leadership between congresses. Read by :func:`named_to_a_post`, which
tells a name from the 为 after it (增补蔺某为市总工会副主席: 蔺某, not 蔺某为)."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import SENTENCE_PART_END

#: The longest body's name read between 为 and its title.
MAX_BODY = 20


def post_after_wei(text: str, at: int) -> bool:
    """Whether a post opens at ``at`` (right after 为): a title, or a body's name of up
    to :data:`MAX_BODY` characters ending in an organisation's suffix and then a title
    (市总工会副主席). A second 为 (增补王可为为主席) is the election's, not a body's."""
    titles = lexicon.titles().regex
    if titles.match(text, at) is not None:
        return True
    if text.startswith("为", at):
        return False
    for end in range(at + 2, min(len(text), at + MAX_BODY) + 1):
        if not is_cjk(text[end - 1]):
            return False
        if suffix_of(text, end) and titles.match(text, end) is not None:
            return True
    return False


def named_to_a_post(text: str, start: int, end: int) -> bool:
    """选举…赵某某为秘书长: 为 and a post right after ``end``, in a sentence an election's
    or an appointment's verb opens before the name (``people.yaml``
    ``election_before``): only a person is elected to a post (把王建设为主席 has no such
    verb, and its 建设 may be no name's)."""
    if not text.startswith("为", end) or not post_after_wei(text, end + 1):
        return False  # 为主席, 为市总工会副主席
    opening = max(text.rfind(mark, 0, start) for mark in SENTENCE_PART_END) + 1
    verbs = lexicon.words("people.yaml", "election_before")
    return any(verb in text[opening:start] for verb in verbs)
