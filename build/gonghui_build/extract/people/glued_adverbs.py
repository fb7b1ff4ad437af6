"""An adverb of when a post was held glued between a name and the verb of the post
(韩某原任某厂工会主席; 韩某后改任某县总工会党组书记): appointment notices and union
chronicles print a person's former and later posts so, and the name runs on into the
adverb (韩某原, 韩某后) in every reading that counts characters to the verb. Given names
end in 原 and 后 too (李后, 赵文原), so the adverb is cut off only where jieba or the
model reads the name without it as a name (``reference/people.yaml`` post_verb_adverbs).

An adverb of habit before a verb of saying is glued so too (王某常|说: ``people.yaml``
habit_adverbs): profiles quote what a worker often says (某某常说：…), and 常 is a given
name's character as well (常 of 王常青), cut off on the same evidence (s49, people40).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text import ner, tokenizer
from gonghui_build.text.names import NAME_TAGS, is_plausible_name


def adverb_before_post_verb(text: str, at: int) -> bool:
    """Whether ``text[at]`` is an adverb of when a post was held (原, 后) that the verb of
    a post follows right after (原|任, 后|改任; ``people.yaml`` election_after)."""
    if at >= len(text) or text[at] not in lexicon.words("people.yaml", "post_verb_adverbs"):
        return False
    return lexicon.words("people.yaml", "election_after").starting(text, at + 1) is not None


def adverb_before_speech(text: str, at: int) -> bool:
    """Whether ``text[at]`` is an adverb of habit (常: ``people.yaml`` habit_adverbs) that
    a verb of saying follows right after (常|说, 常|讲)."""
    if at >= len(text) or text[at] not in lexicon.words("people.yaml", "habit_adverbs"):
        return False
    return lexicon.words("people.yaml", "habit_speech_verbs").starting(text, at + 1) is not None


def read_as_name(text: str, start: int, end: int) -> bool:
    """Whether jieba tags ``text[start:end]`` as a name, or the model reads a person's
    name spanning exactly it."""
    tokens = tokenizer.tag_tokens(text)
    token = tokenizer.token_at(tokens, start)
    if token is not None and token.end == end and token.tag in NAME_TAGS:
        return True
    return any(w.start == start and w.end == end for w in ner.entities(text, ner.MODEL_PERSON_TAGS))


def name_end_before_adverb(text: str, start: int, end: int) -> int:
    """Where the name read at ``text[start:end]`` ends when its last character is an
    adverb before the verb of a post (韩某原|任): before the adverb when the two or three
    characters before it are a name jieba or the model reads so; ``end`` otherwise (李后
    任…: 李 alone is no name; 赵文原任…: both read 赵文原)."""
    short = end - 1
    glued = adverb_before_post_verb(text, short) or adverb_before_speech(text, short)
    if not 2 <= short - start <= 3 or not glued:
        return end
    if not is_plausible_name(text[start:short], strong_context=True):
        return end
    return short if read_as_name(text, start, short) else end
