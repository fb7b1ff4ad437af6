"""Whether a sentence speaks of a plan that the sentence after it goes on with
(下一步要…。通过座谈会、报告会等形式…): read by the activity finder, which marks an
undated mention of that next sentence planned. 将 is also the preposition of a deed
done (亲自将慰问品送到职工手中, 将劳动教育向校园拓展延伸, 将…作为一件大事来抓): the
entity recogniser reads it so (a preposition, not an adverb of the future), and such a
将 starts no plan for the sentence after it, nor the 将 of a verb the recogniser reads
whole (春节将至: the festival draws near)."""

from __future__ import annotations

from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.dates.article import plan_markers
from gonghui_build.text import ner
from gonghui_build.text.tokenizer import occurrences, word_in


def plans_ahead(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a word of a plan, other than a 将 of disposal (a
    sentence holding one and another plan word, 将慰问品送到…，下一步要…, plans ahead);
    the match is noted in the list, as ``tokenizer.has_word`` notes it."""
    markers, disposal = plan_markers(), words("disposal_prepositions")
    found = word_in(text, lo, hi, markers)
    if found is not None and found in disposal and not _of_the_future(text, lo, hi, found):
        found = word_in(text, lo, hi, [w for w in markers if w not in disposal])
    if found is not None:
        markers.found(found)
    return found is not None


def _of_the_future(text: str, lo: int, hi: int, word: str) -> bool:
    """Whether a 将 in ``text[lo:hi]`` is the adverb of a plan: the recogniser reads
    none of them as a preposition (p) nor inside a verb of drawing near (春节将至)."""
    starts = {lo + k for k in occurrences(text[lo:hi], word)}
    covering = [w for w in ner.words(text) if any(w.start <= k < w.end for k in starts)]
    near = words("drawing_near")
    return not covering or any(w.tag != "p" and w.text not in near for w in covering)
