"""Uyghur and Kazakh names of one part, printed with no middle dot (努尔兰, 阿依古丽,
吐尔洪, 买买提江): after a title, an occupation or a noun for people (环卫工人努尔兰说,
站长赛力克江说), the model often reads no person, and jieba cuts the name into a
transcribed head and a Han-looking rest (努尔|兰, 赛|力克|江). A run of three to six
Chinese characters there, up to the first word that follows names, written mostly with
the characters those transcriptions use (``people.yaml`` transliteration_characters,
and a final 江 of the suffix -jan: ``transliterated_final_syllables``), is one name,
unless jieba reads a word in it that is no name (员工依托|平台在) or a place (阿克苏市).
Kept apart from :mod:`.transliterated`, which bounds the names the model reads."""

from __future__ import annotations

import functools
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.people import rules
from gonghui_build.extract.people.composed import composed_name
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.name_context import (
    after_a_home,
    after_an_age,
    after_title_or_occupation,
)
from gonghui_build.extract.people.yi_names import follows_name
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import SENTENCE_PART_END
from gonghui_build.text.names import NAME_DOTS, NAME_TAGS, TITLED_WORD_MAX_FREQ
from gonghui_build.text.places import DIVISION_END_CHARS
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: The shortest and longest name of one part read here (吐尔洪, 阿不都热依木); two
#: characters are left to the model and the Han name rules.
_SHORTEST, _LONGEST = 3, 6
#: How many of the run's characters are transcription marks, at the least: two, and
#: half of them (努尔|兰: 2 of 3; 阿依古丽: 3 of 4).
_FEWEST_MARKS = 2
#: Confidence of a name read so.
ALONE = 0.75
#: The last characters of the divisions people live in (a village, a township, a town):
#: 某村的, 某乡的 before a name say where the person lives.
_HOME_DIVISION_ENDS = "村乡镇"
#: Below how many sightings in jieba's dictionary a place inside a run is taken for two
#: syllables of the name (波拉/ns: 5), not a place the run names (喀什: 311).
_RARE_PLACE = 10


def _marks(run: str) -> int:
    chars = lexicon.words("people.yaml", "transliteration_characters")
    finals = lexicon.words("people.yaml", "transliterated_final_syllables")
    count = sum(1 for c in run if c in chars)
    return count + (1 if run[-1] not in chars and finals.ending(run) else 0)


def marked_enough(run: str) -> bool:
    """Enough of ``run``'s characters are transcription marks for a name of one part:
    two at the least, and half of them (努尔|兰: 2 of 3)."""
    marks = _marks(run)
    return marks >= _FEWEST_MARKS and 2 * marks >= len(run)


def _marks_before(text: str) -> list[int]:
    """How many characters before each offset of ``text`` could count as a run's marks:
    a transcription character, or a final syllable's (江), which :func:`_marks` counts
    once at the run's end. A run opening where fewer lie within its longest reach has
    too few marks, so it is not read further (a paragraph has many openings, few
    names)."""
    marks = _mark_characters()
    counts = [0]
    for c in text:
        counts.append(counts[-1] + (c in marks))
    return counts


@functools.cache
def _mark_characters() -> frozenset[str]:
    """The transcription characters and the final syllables' last ones, read once."""
    finals = lexicon.words("people.yaml", "transliterated_final_syllables").quietly()
    return lexicon.words("people.yaml", "transliteration_characters").quietly() | {
        f[-1] for f in finals
    }


def _run_end(text: str, pos: int) -> int | None:
    """The end of the run at ``pos``: the first place, three characters on at the
    least, where punctuation or a word that follows names (not a particle: 的, 了)
    starts; None past six characters, at a character that is no Chinese one or that
    parts names (``people.yaml`` transliterated_part_stops: 和, 的), or before a middle
    dot."""
    particles = lexicon.words("people.yaml", "particles")
    stops = lexicon.words("people.yaml", "transliterated_part_stops")
    for end in range(pos + 1, min(len(text), pos + _LONGEST) + 1):
        if not is_cjk(text[end - 1]) or (end - 1 > pos and text[end - 1] in stops):
            return None  # 职工王某和热依拉…: a run across 和 joins two names
        if text[end : end + 1] in NAME_DOTS:
            return None  # 阿不都某某·阿不力孜: a dotted name's first part, read whole elsewhere
        if end - pos >= _SHORTEST and follows_name(text[end : end + 4]):
            return None if text[end : end + 1] in particles else end
    return None


def _words_allow(text: str, run_start: int, run_end: int, tokens: list[Token]) -> bool:
    """No word jieba reads inside the run is a frequent word that is no name (依托,
    平台), no word reaching past its start or ending it is a place (阿克苏市/ns), and its
    first character makes no word with the one before (工人师|傅拉某某: 师傅)."""
    joined = text[run_start - 1 : run_start + 1] if run_start > 0 else ""
    if joined and tokenizer.frequency(joined) >= TITLED_WORD_MAX_FREQ:
        return False
    for t in tokens:
        if t.end <= run_start or t.start >= run_end:
            continue
        inside = run_start <= t.start and t.end <= run_end
        if _glued_to_a_follower(text, t, run_end):
            continue  # 米尔扎|提为: the last syllable glued to the word after the name
        within = run_start < t.start and t.end < run_end
        if _a_place(t) and not (within and _only_guessed_inside(t)):
            return False
        if not inside and t.tag not in NAME_TAGS:
            return False  # 环卫|工人努: a word across the start is no name's opening
        frequent = tokenizer.frequency(t.word) >= TITLED_WORD_MAX_FREQ
        if len(t.word) > 1 and t.tag not in NAME_TAGS and frequent:
            return False
    return True


def _glued_to_a_follower(text: str, t: Token, run_end: int) -> bool:
    """jieba glues the run's last syllable to the word that follows it (米尔扎|提为,
    叶尔波拉|提说), making a word of no frequency; a dictionary word across the end
    (米尔扎|提出) is read as one, and the run's end is left to the model."""
    if not t.start < run_end < t.end or tokenizer.frequency(t.word) > 0:
        return False
    return follows_name(text[run_end : run_end + 4])


def _after_a_post(text: str, pos: int) -> bool:
    """A title, an occupation, a noun for people or a post (``titles.yaml``
    post_endings: 片区主管, 司机) ends right before ``pos``."""
    if after_title_or_occupation(text, pos):
        return True
    posts = lexicon.words("titles.yaml", "post_endings")
    return posts.ending(text[max(0, pos - 8) : pos]) is not None


def _placed(text: str, pos: int) -> bool:
    """62岁的阿某古丽, 家住某镇的吐某逊, 某某村的哈某夏: an age, a home or a village,
    township or town and 的 right before ``pos`` describe the person named next. Visit
    reports on Xinjiang's union pages name the model workers and herders they call on so,
    with no post (s40, people23: 某村60岁的卡某尔汗和某村的哈某夏)."""
    if after_an_age(text, pos) or after_a_home(text, pos):
        return True
    return pos >= 3 and text[pos - 1] == "的" and text[pos - 2] in _HOME_DIVISION_ENDS


def _only_guessed_inside(t: Token) -> bool:
    """A word jieba tags a place inside a run, neither opening nor closing it (叶尔|波拉|提
    说: 波拉/ns), and no division's name: two syllables of the transcription, which
    jieba's dictionary lists as a rare place (seen in a courier's name on a Xinjiang
    union page, s38; left as a lead then)."""
    return t.word[-1] not in DIVISION_END_CHARS and tokenizer.frequency(t.word) < _RARE_PLACE


def _a_place(t: Token) -> bool:
    """A place of jieba's dictionary (阿克苏市/ns) or a division's name (托克逊县); a word
    jieba only guesses is a place (吐尔逊江/ns, of no frequency) is none."""
    if len(t.word) > 1 and t.word[-1] in DIVISION_END_CHARS:
        return True
    return t.tag.startswith("ns") and tokenizer.frequency(t.word) > 0


#: Below how many sightings a word jieba's dictionary tags a Han-style person's name
#: (阿依古丽/nr: 8) is a given name the dictionary happens to hold, not a character of
#: lore or a region (阿凡提/nr: 34, 塔里木/nr: 90).
_RARE_NAME = 10


def _a_dictionary_word(run: str) -> bool:
    """``run`` is a word of jieba's dictionary other than a rare person's name: 伊拉克,
    阿里巴巴 (a country and a firm it tags a foreign name, nrt) are no speaker, but a
    one-part Uyghur name it holds as a person's (阿依古丽/nr) is one."""
    freq = tokenizer.frequency(run)
    rare_name = tokenizer.dictionary_tag(run) == "nr" and freq < _RARE_NAME
    return freq > 0 and not rare_name


#: A clause's comma before the run: a clause after an adverbial (会上，…讲话).
_CLAUSE_MARK = "，"
#: A meeting's address after a speaker's name (会上，某某讲话; 某某致辞; 某某发言): only a
#: person gives one. Seen on Xinjiang's union meeting reports, a speaker named by no post
#: after 会上 (s44, people31).
_ADDRESSES = ("讲话", "致辞", "发言")


def _opens_a_speech(text: str, pos: int, end: int) -> bool:
    """The run opens a sentence or a clause (the paragraph's first, or one after a stop
    or a comma) and a verb of speech or a meeting's address closes it (叶某江说，…;
    会上，阿某木表示; 会上，努某兰讲话): the speaker of a quoted line, whom a
    report names so with no post before it when it named the post elsewhere or none. A
    division's name (克拉玛依, which jieba tags a person's) or a word of jieba's dictionary
    (伊拉克, 阿里巴巴: countries and firms it tags a foreign name) is no speaker; the
    one-part names of Uyghurs and Kazakhs are none of its words (麦麦提江, 热依拉)."""
    opens = pos == 0 or text[pos - 1] in SENTENCE_PART_END + _CLAUSE_MARK
    run = text[pos:end]
    if not opens or places.names_division(run) or _a_dictionary_word(run):
        return False  # 克拉玛依说起来…, 伊拉克说, 阿里巴巴表示: a place or a firm
    if any(text.startswith(word, end) for word in _ADDRESSES):
        return True  # 会上，努某兰讲话: a speaker a meeting's report names by no post
    return lexicon.words("people.yaml", "speech_verbs").starting(text, end) is not None


def _a_verb_before_elements(text: str, pos: int) -> bool:
    """获奖职工有哈斯巴根、某某等: a verb that opens a list of people (``people.yaml``
    verbs_opening_people: 有) and a Mongolian name of two elements or more right after it
    (:func:`.composed.composed_name`: 哈斯|巴根, whose 哈, 斯, 巴 transcriptions share) are
    no one-part transcribed name 有哈斯巴根: the name starts after the verb. Seen on
    Inner Mongolian honour pages (s47, people36)."""
    verb = lexicon.words("people.yaml", "verbs_opening_people").starting(text, pos)
    return verb is not None and composed_name(text, pos + len(verb), alone=True) is not None


def transliterated_after_title(text: str, tokens: list[Token]) -> list[NameHit]:
    """The names of one transcribed part right after a title, an occupation or a noun
    for people, or opening a sentence before a verb of speech, closed by punctuation or
    a word that follows names."""
    hits: list[NameHit] = []
    marked = _marks_before(text)
    for pos in range(0, len(text) - _SHORTEST + 1):
        if hits and pos < hits[-1].end:
            continue
        if marked[min(len(text), pos + _LONGEST)] - marked[pos] < _FEWEST_MARKS:
            continue  # too few marks within reach for any run opening here
        end = _run_end(text, pos)
        if end is None:
            continue
        run = text[pos:end]
        if not marked_enough(run) or _a_verb_before_elements(text, pos):
            continue
        posted = pos > 0 and _after_a_post(text, pos)
        if not (posted or _placed(text, pos) or _opens_a_speech(text, pos, end)):
            continue
        if not _words_allow(text, pos, end, tokens):
            continue
        claims = rules.claims_before(text, pos, tokens) if posted else ()
        source = MentionSource.title_before_name if posted else MentionSource.speech_verb
        hits.append(NameHit(run, pos, end, source, ALONE, claims))
    return hits


def run_on_transliterated(found: list[NameHit], runs: list[NameHit]) -> list[NameHit]:
    """A titled name that a run of transcribed syllables after the same title carries on
    (副主席米尔扎|提为…: jieba reads 米尔扎 a name and glues its last syllable to the
    word after it) is the run, with the titles read before it."""
    longer = {h.start: h for h in runs}
    out = []
    for h in found:
        run = longer.get(h.start)
        if run is not None and run.end > h.end:
            h = replace(h, name=run.name, end=run.end)
        out.append(h)
    return out
