"""A Han name and the one-character word after it: ``庞某某作|讲话``, ``见到蔡某|时``.

Reports of meetings print who spoke as a name and 作 (or 做) before the speech
(``某某主持会议，庞某某作讲话``); the model sometimes reads the verb into the name, a span
of four characters that no name shape fits. jieba reads the verb as a word of its own,
and the three characters before it are a plausible name: the name ends before the verb.
Seen on real meeting reports read in s48 (people38: a city's model workers' forum, a
district's skills contest closing); the tuning sets print no such span. A name of
Mongolian or Tibetan elements (巴图孟和说: 孟和, whose 和 jieba may read alone) is never
cut here (:func:`.composed.composed_name`). A name run on into an adverb of when a post
was held (韩某原|任某厂工会主席) ends before it where jieba or the model read it so.

The other way round, the model and jieba both read a name of two (``记者见到蔡某时，``)
and a rule would complete it with the character after it, as it completes a name the
model cut one short of a word that follows names (卓兴|建光荣当选): where jieba reads that
character as a word of its own (时, "when"), it is no given name's (:func:`both_read_two`).

A name and a word that follows names of two characters or more, with what that word
governs, read as one span (``王某某代表|集团公司致辞``: the model read the person, 代表
'on behalf of' and the body as one name of nine characters): the name ends before the
word (:func:`name_before_a_glued_follower`). Seen on real meeting reports where a
company's head speaks for it (某某代表公司致辞; s49, people40); the tuning sets print no
such span.
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import composed_name
from gonghui_build.extract.people.glued_adverbs import name_end_before_adverb
from gonghui_build.extract.people.name_length import visited_home_at
from gonghui_build.extract.people.transliterated import follows_name_at
from gonghui_build.text.names import NAME_TAGS, is_plausible_name, split_name
from gonghui_build.text.tokenizer import Token, tag_tokens, token_at


def before_a_glued_verb(
    text: str, start: int, end: int, tokens: Sequence[Token]
) -> tuple[int, int]:
    """``text[start:end]`` without a last character that is a word following names
    (``people.yaml`` name_followers: 作, 做, 在…) read alone by jieba, or the home a visit
    goes to (家 before punctuation, which jieba may join to the name's last character:
    东家, 国家), when the span is four characters no name shape fits and the three before
    it a plausible Han name; the span without an adverb glued before the verb of a post
    (韩某原|任, :mod:`.glued_adverbs`); otherwise the span unchanged."""
    short = min(
        name_end_before_adverb(text, start, end), name_before_a_glued_follower(text, start, end)
    )
    if short < end:
        return start, short
    if end - start != 4 or split_name(text[start:end]) is not None:
        return start, end
    if composed_name(text, start, alone=True) is not None:
        return start, end  # 巴图孟和: two elements, the last ending in a follower's character
    last = token_at(tokens, end - 1)
    alone = last is not None and (last.start, last.end) == (end - 1, end)
    verb = alone and last.tag not in NAME_TAGS and follows_name_at(text, end - 1)
    if not verb and not visited_home_at(text, end - 1):  # 走访了甲、鲁某东家。: 东家, jieba's
        return start, end
    name = text[start : end - 1]
    if split_name(name) is None or not is_plausible_name(name, strong_context=True):
        return start, end
    return start, end - 1


#: The fewest characters of a word that follows names cut off a span here: a word of one
#: (在, 和, 为) is often a given name's last character.
_GLUED_FOLLOWER_MIN = 2


def name_before_a_glued_follower(text: str, start: int, end: int) -> int:
    """Where the name ends in a span of five characters or more that no name shape fits
    (王某某代表集团公司): at a word that follows names of two characters or more
    (``people.yaml`` name_followers: 代表, 出席, 主持) inside the span, right after a
    plausible Han name of two or three characters; ``end`` otherwise. A name of
    Mongolian or Tibetan elements is left whole (:func:`.composed.composed_name`)."""
    if end - start < 5 or composed_name(text, start, alone=True) is not None:
        return end
    followers = lexicon.words("people.yaml", "name_followers")
    for at in (start + 3, start + 2):
        follower = followers.starting(text, at)
        if follower is None or len(follower) < _GLUED_FOLLOWER_MIN or at + len(follower) > end:
            continue
        name = text[start:at]
        if split_name(name) is not None and is_plausible_name(name, strong_context=True):
            return at
    return end


def both_read_two(text: str, start: int, end: int) -> bool:
    """记者见到蔡某|时，: the model and jieba both read the two characters before ``end`` as
    a name (jieba's name word ends at ``end``), and jieba reads the character after them
    as a word of its own that no name tag marks (时, the clause's "when"): the name is
    the two, not a name of three the character after would complete."""
    if end - start != 2:
        return False
    tokens = tag_tokens(text)
    named, after = token_at(tokens, start), token_at(tokens, end)
    if named is None or named.end != end or named.tag not in NAME_TAGS:
        return False
    return after is not None and after.end == end + 1 and after.tag not in NAME_TAGS
