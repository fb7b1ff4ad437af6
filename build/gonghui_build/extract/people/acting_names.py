"""The word after a name the model read that tells a person stands there, for a name
whose given name is a frequent word (甄海洋, 祝胜利: :func:`.model_bounds.worded_given_name`
asks for such a second signal):

* a verb of saying or a word only people take (甄海洋说, 祝胜利一行), anywhere;
* a leader's act at a meeting (``people.yaml`` person_acts: 出席, 主持, 讲话, 致辞, 带队,
  率队) where the name opens its clause or follows 由, the agent's mark of 由…主持
  (甄海洋出席闭幕式并讲话; 会议由祝胜利主持). Meeting reports of union pages print a
  leader's name bare so once the title was given; no place, time or common word opens a
  clause before these verbs in a person's stead, and a unit that does (和平路社区主持)
  is no surname and a word; a whole word of jieba's dictionary (东方红, a song and a
  tractor's brand) may be a unit's name and is left. Inside a clause (在海洋出席…) the
  verb may be another phrase's, so only the opening is read (s48, people39).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text.clauses import CLAUSE_STARTS
from gonghui_build.text.tokenizer import frequency

#: The preposition that marks the agent of a passive meeting verb (会议由某某主持).
_AGENT_MARK = "由"


def _words(section: str) -> lexicon.Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


def acts_opening_a_clause(text: str, start: int, end: int) -> bool:
    """甄海洋出席…, 会议由祝胜利主持: a leader's act right after ``text[start:end]``,
    which opens its clause or follows 由; only people do these acts. A span that is a
    word of jieba's dictionary (东方红出席展会: a brand) is no such name."""
    if _words("person_acts").starting(text, end) is None or frequency(text[start:end]):
        return False
    return start == 0 or text[start - 1] in CLAUSE_STARTS or text[start - 1] == _AGENT_MARK


def said_or_acted_after(text: str, start: int, end: int) -> bool:
    """A verb of saying or a word only people take right after the name (甄海洋说,
    祝胜利一行), or a leader's act opening the clause (:func:`acts_opening_a_clause`)."""
    if any(_words(w).starting(text, end) for w in ("speech_verbs", "person_followers")):
        return True
    return acts_opening_a_clause(text, start, end)
