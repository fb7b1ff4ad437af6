"""Where a trigger word stands in a sentence yet names no activity: the words around it
make it part of something else (a verb of showing, a committee being founded). Kept
apart from the name's rules (naming) that read the triggers these leave."""

from __future__ import annotations

from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.clauses import clause_start


def in_verb(text: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` shares its last character with a verb
    (图片展 in 以图片展示了…): it is part of the verb, no trigger."""
    return words("trigger_verbs").starting(text, end - 1) is not None


def unfounded(text: str, start: int, word: str) -> bool:
    """Whether a founding meeting's word (成立大会) follows no body it founds: 决定成立会议
    筹备组, 宣布成立大会主席团 found a committee, they hold no meeting."""
    if word not in words("founding_meetings"):
        return False
    return words("founded_bodies").ending(text, start) is None


def judged(text: str, start: int, word: str) -> bool:
    """Whether a word both of contests and of judging (评选) is the judging here: after
    被 or 进行 (建议被评选为…, 对作品进行评选), or in a clause of 经过 (某大赛经过评委会
    的评选) or one opened by 经 (，经专家评选后): something is judged, no contest held."""
    if word not in words("judging_triggers"):
        return False
    if words("judging_before").ending(text, start) is not None:
        return True
    clause = text[clause_start(text, start) : start]
    if words("judging_openers").starting(clause) is not None:
        return True
    return words("judging_agents").in_text(clause) is not None


def not_a_trigger(text: str, start: int, end: int, word: str) -> bool:
    """Whether the trigger ``word`` at ``start``..``end`` names no activity here."""
    return in_verb(text, end) or unfounded(text, start, word) or judged(text, start, word)
