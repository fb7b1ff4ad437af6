"""The model's longer reading of a name a rule found is taken only where it ends where
a word ends: 副主席某敏|逐条记录 (the model took the adverb's first character) keeps the
rule's two characters; a name jieba cut short (某文|珊带队) is widened. Invented names."""

from __future__ import annotations

from gonghui_build.extract.people.article import _widened
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.vocabulary import MentionSource
from tests.test_people_names_jieba_or_the_model_cut import _tokens


def _hit(text: str, name: str) -> NameHit:
    start = text.index(name)
    return NameHit(name, start, start + len(name), MentionSource.title_before_name, 0.9)


def test_a_model_reading_ending_inside_the_next_word_does_not_widen_the_name():
    words = [("区", "n"), ("总工会", "n"), ("副", "b"), ("主席", "n"), ("濮敏", "nr")]
    words += [("逐条", "d"), ("记录", "n"), ("。", "x")]
    text = "".join(w for w, _ in words)
    hit = _hit(text, "濮敏")
    assert _widened(hit, hit.start, hit.end + 1, "濮敏逐", _tokens(*words)) is None


def test_a_model_reading_ending_where_a_word_ends_widens_the_name():
    words = [("区", "n"), ("总工会", "n"), ("主席", "n"), ("濮文", "nr"), ("珊", "n")]
    words += [("带队", "v"), ("。", "x")]
    text = "".join(w for w, _ in words)
    hit = _hit(text, "濮文")
    wider = _widened(hit, hit.start, hit.end + 1, "濮文珊", _tokens(*words))
    assert wider is not None and wider.name == "濮文珊"
