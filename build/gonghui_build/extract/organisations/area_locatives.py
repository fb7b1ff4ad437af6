"""A firm's name printed after an area and the locative 内 'within' (园区内某精密机械有限
公司, 辖区内某电子公司): the walk from the suffix took the area's last character or 内
itself as the brand's first (jieba glues them: 区内/s, 内华强/nr), so the name opened with
them (区内某电子公司, 内某精密机械有限公司). The name opens after the area word
(``org_suffixes.yaml`` area_locatives) unless 内 opens a word of the name (内燃机厂,
内江市…)."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import words
from gonghui_build.text import places
from gonghui_build.text.tokenizer import dictionary_tag

#: The locative itself, the last character of every area word.
_WITHIN = "内"
#: jieba's dictionary tags of the words 内 opens that may open a name (内燃机/n, 内燃/b,
#: 内河/ns): a name's word, not the locative.
_NAME_WORD_TAGS = ("n", "ns", "nt", "b")
#: The longest word 内 may open that is looked up.
_LONGEST_WORD = 3


def _opens_a_word(text: str, at: int) -> bool:
    """内 at ``at`` opens a noun or a place of the language (内燃机, 内江): no locative."""
    for size in range(2, _LONGEST_WORD + 1):
        word = text[at : at + size]
        if len(word) < size:
            break
        tag = dictionary_tag(word) or ""
        if tag in _NAME_WORD_TAGS or places.names_division(word):
            return True
    return False


def after_area_locative(text: str, begin: int, start: int) -> int:
    """Where a name walked from ``begin`` to its suffix at ``start`` opens: after the
    last area word with 内 inside it (园区内|某公司), or at ``begin``."""
    at = text.rfind(_WITHIN, begin, start - 1)
    if at < begin or _opens_a_word(text, at):
        return begin
    if at == begin or text[at - 1 : at + 1] in words("area_locatives"):
        return at + 1
    return begin
