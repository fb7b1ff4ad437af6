"""Names right after an occupation: ``电焊工祁某某就是…``, ``驾驶员韦某代表车队发言``.

An occupation (a word of jieba's dictionary ending in 工, 员, 师, 手, 匠: ``reference/
people.yaml`` ``occupation_endings``) is no title of ``titles.yaml``: no chain reads
the name after it, and the model often misses a name glued to a word before it. The
name after it is judged as a name after a title is (:func:`.name_length.name_after`).
An occupation printed with no body before it (外卖骑手马某, 环卫工刘师傅) is the person's
title with no organisation (:func:`.occupation_titles.bare_occupation`;
``tests/fixtures/ANNOTATION.md``: issue 10 keeps occupations before the name as the
person's title); one printed after a body's name is a described post at that body
(:func:`.described.described_posts`).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.clause_names import (
    name_of_a_worded_surname,
    name_opening_a_clause,
)
from gonghui_build.extract.people.composed import composed_name, of_elements
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.home_names import WORD_NAME, word_shaped_name
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.name_context import after_title_or_occupation
from gonghui_build.extract.people.name_length import (
    ends_with_and,
    follows_name,
    name_after,
    name_before_a_verb,
    word_name_after,
)
from gonghui_build.extract.people.occupation_titles import (
    PHOTO_OPENING,
    ends_like_occupation,
    is_occupation,
)
from gonghui_build.extract.people.split_trades import GLUED, split_trades
from gonghui_build.extract.people.tagged_word_names import tagged_word_name
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.names import (
    AMBIGUOUS_GIVEN_MAX_FREQ,
    is_common_word,
    is_plausible_name,
    is_word_and_particle,
)
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name read right after an occupation.
AFTER_OCCUPATION = 0.8
#: Marks after a name that list it with others (高龄劳模甲、乙): after an honour, the
#: word jieba reads as a verb (付|珠子) is a surname.
_LIST_MARKS = frozenset("、，,")


def occupation_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """The names printed right after an occupation or an honour (劳模, 劳动模范,
    ``titles.yaml`` honours) jieba reads as one word (not a noun for workers as a body:
    职工, 员工), closed by punctuation or a word that follows names."""
    verbs_at = {t.start: t for t in tokens if t.tag[:1] == "v"}
    hits = []
    for t in [*tokens, *split_trades(tokens)]:
        honour = honour_ending(t.word) is not None
        if len(t.word) < 2 or not (
            honour or ends_like_occupation(t.word, ("collective_workers",)) or _is_post(t.word)
        ):
            continue
        name = name_after(text, t.end, tokens)
        worded = None
        trade = not honour and _names_a_trade(t.word)  # 保安某某讨论: clause_names
        clause = name_opening_a_clause(text, t.end, tokens) if trade else None
        if not name or is_common_word(name) or not _judged_plausible(name):
            glued = t.tag == GLUED  # 钢筋|工宿|立新: the surname read apart from 立新
            worded = (
                word_name_after(text, t.end, glued)
                if honour or glued
                else _spoken_word_name(text, t.end)
                or (name_of_a_worded_surname(text, t.end, tokens) if trade else None)
                or (tagged_word_name(text, t.end) if trade else None)
            )
            if worded is None and clause is None:
                continue
            if honour and _an_activity_after_honour(text, t.end, worded, tokens):
                continue  # 开展劳模宣讲: the honour names what the activity is about
            name = worded or clause  # 奖章获得者严明等: after an honour, a name that is a word
        if not follows_name(text[t.end + len(name) : t.end + len(name) + 4]):
            name = (name_before_a_verb(text, t.end) or clause) if not honour else None
            if name is None:
                continue  # 木工某某拿着…: a verb and its particle close the name
        if is_word_and_particle(t.end, t.end + len(name), tokens):
            continue  # 用工|管理中, 骑手|关爱月: a word and a particle after the word
        verb = verbs_at.get(t.end)
        listed = honour and text[t.end + len(name) : t.end + len(name) + 1] in _LIST_MARKS
        if (
            verb is not None
            and (len(verb.word) == 1 or verb.word == name)
            and not (listed or worded or _surname_read_as_verb(t.word, name))
        ):
            continue  # 巧手|包|春意, 亲手|包制: a verb after the word, no surname
        source = MentionSource.title_before_name
        end = t.end + len(name)
        # a name of elements (电工朝鲁门，…) keeps the post read at the body before, as
        # :func:`composed_after_occupation`'s do: the model, whose reading gives a Han
        # name that post, misses these names where a comma closes them
        elements = of_elements(name)
        hits.append(NameHit(name, t.end, end, source, AFTER_OCCUPATION, described_post=elements))
    taken = [(h.start, h.end) for h in hits]
    return hits + [
        h for h in composed_after_occupation(text) if not overlaps_any(h.start, h.end, taken)
    ]


def _an_activity_after_honour(text: str, pos: int, worded: str | None, tokens: list[Token]) -> bool:
    """开展劳模宣讲。, 劳模工匠宣讲: a word jieba reads as a verb (宣讲/v) right after an
    honour and closed by punctuation or the end of the text is the activity the honour
    qualifies, no name: union pages head their lecture tours so. A verb-like word is a
    name there only before a word that follows names (劳模周到介绍), which is no
    punctuation."""
    if worded is None:
        return False
    end = pos + len(worded)
    token = next((t for t in tokens if t.start == pos and t.end == end), None)
    closed = end >= len(text) or not is_cjk(text[end])
    return token is not None and token.tag[:1] == "v" and closed


def _names_a_trade(word: str) -> bool:
    """An occupation (电焊工, 装卸工) or a post (司机, 保安), not a word that only ends
    like one (巧手, 亲手)."""
    return is_occupation(word) or _is_post(word)


def _judged_plausible(name: str) -> bool:
    """A name :func:`.name_length.name_after` read is plausible as a name, or ends with a
    conjunction it read as the given name's last character (采煤工范永和告诉记者: 范永和,
    not 范永 before 和, when a word that follows names comes after the 和), or is made
    of Mongolian or Tibetan name elements, a final syllable included (电工乌力吉图带领:
    :func:`.composed.composed_name`), which no Han surname opens."""
    if is_plausible_name(name, strong_context=True) or ends_with_and(name):
        return True
    return composed_name(name, 0, alone=False) == len(name)


def _spoken_word_name(text: str, pos: int) -> str | None:
    """焊工高山说: a name of two characters that is a word (:func:`.home_names.
    word_shaped_name`) right after an occupation and before a verb of saying
    (``people.yaml`` speech_verbs): only a person speaks there."""
    name = text[pos : pos + WORD_NAME]
    speaks = lexicon.words("people.yaml", "speech_verbs").starting(text, pos + WORD_NAME)
    return name if speaks is not None and word_shaped_name(name) else None


def _is_post(word: str) -> bool:
    """``护士``, ``货车司机``, ``民警``: a post of ``titles.yaml`` post_endings, which ends
    like no occupation (工, 员, 师, 手, 匠) and is no title before a name either: the name
    after it is read as after an occupation."""
    return lexicon.words("titles.yaml", "post_endings").ending(word) is not None


def _surname_read_as_verb(occupation: str, name: str) -> bool:
    """``驾驶员|祝|永清``, ``电工|祝|海峰``: after an occupation that names a trade (not a
    word that only ends like one: 巧手, 亲手), a surname jieba reads as a one-character
    verb opens a name when the two characters after it are no word (``AMBIGUOUS_GIVEN_MAX_FREQ``,
    as after a surname that is usually a word); a verb's object is one (巧手|包|春卷,
    环卫工|包|饺子)."""
    return (
        len(name) == 3
        and _names_a_trade(occupation)
        and tokenizer.frequency(name[1:]) < AMBIGUOUS_GIVEN_MAX_FREQ
    )


def composed_after_occupation(text: str) -> list[NameHit]:
    """织毯工多吉次仁告诉记者: a name of two Mongolian or Tibetan elements or more
    (:mod:`.composed`) right after an occupation, a title, a noun for people or a team's
    的 (藏式木雕组的旦某某), closed by punctuation or a word that follows names, where
    neither jieba nor the model reads a person (jieba's 织毯|工 is no occupation word of
    its own). One element of two characters (职工代表|尼玛|说, 唐卡画师|扎巴|在, 木雕组的|
    拉巴|；) is read there too, before no particle (尼玛的): Tibetan workers go by one
    element, which the model may read as a word (尼玛/n) and misses where it stands
    alone."""
    hits = []
    for pos in range(2, len(text) - 2):
        end = composed_name(text, pos, alone=False, short=True)
        if end is None or not _closes_element_name(text, pos, end):
            continue
        placed = _after_a_team(text, pos) or _after_an_honours_dash(text, pos)
        if after_title_or_occupation(text, pos) or placed:
            source = MentionSource.title_before_name
            hits.append(NameHit(text[pos:end], pos, end, source, AFTER_OCCUPATION))
        elif text.endswith(PHOTO_OPENING, 0, pos) and composed_name(text, pos, alone=True):
            source = MentionSource.portrait_caption
            hits.append(NameHit(text[pos:end], pos, end, source, AFTER_OCCUPATION))
    return hits


def _closes_element_name(text: str, pos: int, end: int) -> bool:
    """Punctuation or a word that follows names closes a name of elements at
    ``text[pos:end]``; after one element alone, no particle (尼玛的发言: ``people.yaml``
    particles), which reads as well after the element taken as a word. The adverb of an
    action under way (``people.yaml`` name_adverbs: 正在) closes one too."""
    adverb = lexicon.words("people.yaml", "name_adverbs").starting(text, end)
    if not (follows_name(text[end : end + 4]) or adverb):
        return False
    alone = composed_name(text, pos, alone=True) is None
    return not (alone and text[end : end + 1] in lexicon.words("people.yaml", "particles"))


#: Dashes a profile prints between an honour and its holder's name.
_DASHES = "—－"


def _after_an_honours_dash(text: str, pos: int) -> bool:
    """“西藏工匠”获得者——扎西某某，…: an honour (``titles.yaml`` honours: 获得者, 劳动模范)
    and a dash right before ``pos``: honour pages open each winner's profile so, the name
    right after the dash (seen on Tibet's craftsman and award pages, s39); Han names
    there the model reads, names of elements it often misses."""
    at = pos
    while at > 0 and text[at - 1] in _DASHES:
        at -= 1
    return at < pos and honour_ending(text, at) is not None


def _after_a_team(text: str, pos: int) -> bool:
    """电工组的某某, 藏香组的某某: a team or group (``people.yaml`` team_characters: 班, 组)
    and 的 right before ``pos``, where a contest's results and a report of a team name
    their members (seen on Tibet's contest pages, s38)."""
    teams = lexicon.words("people.yaml", "team_characters")
    return pos >= 2 and text[pos - 1] == "的" and teams.starting(text, pos - 2) is not None
