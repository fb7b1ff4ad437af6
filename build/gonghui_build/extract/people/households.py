"""A household named by its head: ``售货员某某某家、``, ``慰问了困难职工某某某家中``.

Award reports of model families (五好家庭) and consolation visits name a household by
the name of its head and 家; jieba reads the name's last character and 家 as one word
(芝家, 华家), so the name reader, which refuses a name whose end cuts a word, read it a
character short (田秀|芝家 → 田秀). 家 followed by a list's mark or a word of place
(家中, 家里) closes the name: the household is the name's.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_plausible_name

#: The character of a household after its head's name (某某家).
_HOUSEHOLD = "家"
#: What follows a household named in a list or visited (、, 等, punctuation, 家中, 家里).
_AFTER_HOUSEHOLD = frozenset("、等，。；中里")


def at_household(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by 家 naming the household it heads
    (a list's mark, a punctuation mark or 中/里 after it), not a word made with 家 whose
    first character the name took (一家, 回家: ``people.yaml`` jia_compounds)."""
    if end < 1 or text[end : end + 1] != _HOUSEHOLD:
        return False
    if text[end - 1 : end + 1] in lexicon.words("people.yaml", "jia_compounds"):
        return False  # 某某|一家, 某某|回家: the family or the home
    return text[end + 1 : end + 2] in _AFTER_HOUSEHOLD


def household_head_end(text: str, start: int, end: int) -> int:
    """The end of a name of two characters at ``start:end`` carried one on where its next
    character and 家 after it name a household (田秀|芝家、 → 田秀芝), when the three
    characters make a plausible name; ``end`` otherwise."""
    longer = text[start : end + 1]
    if end - start == 2 and at_household(text, end + 1) and all(map(is_cjk, longer)):
        return end + 1 if is_plausible_name(longer, strong_context=True) else end
    return end
