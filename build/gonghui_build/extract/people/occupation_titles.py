"""The occupation printed right before a name as the person's title: ``外卖骑手马某``,
``环卫工刘师傅`` with no organisation (:func:`bare_occupation`; ``tests/fixtures/
ANNOTATION.md``: issue 10 keeps occupations before the name as the person's title), a
post after a platform's brand or a company's short name (美团骑手小陈, 华湘电机焊工某某)
at that body; and which words end like an occupation (:func:`is_occupation`). The names
read after an occupation are :mod:`.occupations`'."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import BRAND_STOP_TAGS
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.described import (
    SECTION_MAX,
    place_of_origin,
    section_printed_alone,
)
from gonghui_build.extract.people.sections_alone import clinical_section
from gonghui_build.extract.people.titles import TitleClaim, is_post
from gonghui_build.text import places
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import phrase_opening
from gonghui_build.text.names import is_common_word
from gonghui_build.text.tokenizer import Token, token_at

#: Longest occupation read before a name, its trade's word included (公交驾驶员, 外卖送餐员,
#: 细纱挡车工); a longer run of characters names a body or a unit as well (华湘电机焊工).
OCCUPATION_MAX = 5
#: The longest phrase of the places a worker comes from and an occupation (a province's,
#: a prefecture's and a county's full names, then the occupation: 某省某市某区咖啡烘焙师).
_PLACED_PHRASE_MAX = 18
#: What opens a photo's caption (图为, 上图为): a name of two elements or more right
#: after it is the person shown (图为扎西某某在检查线路), one element alone may be a word;
#: before an occupation it is no part of the trade (图为焊工某某在…).
PHOTO_OPENING = "图为"
#: What opens the phrase an occupation is printed in: punctuation, a line's start, 的
#: (来自某镇的快递员), a conjunction (和, 与, 及).
_OPENERS = frozenset("，。；：、！？“”‘’（）()《》【】 \n\t的和与及")


def bare_occupation(
    text: str,
    name_start: int,
    tokens: list[Token],
    known: list[OrgSpan],
    brands: Sequence[OrgSpan] = (),
) -> tuple[TitleClaim, ...]:
    """The occupation printed right before a name (快递员某某, 外卖骑手某某, 环卫工刘师傅),
    as the person's title with no organisation (来自某街道的电焊工某某 too: a place the
    person comes from, :func:`.described.place_of_origin`): at most ``OCCUPATION_MAX`` characters
    after the phrase's opener, a place's name before it left out (凯里市|银匠), ending
    like an occupation (``occupation_endings``) and not like a kind of worker, a part or
    an honour (``collective_workers``, ``not_occupations``). None when a body's name
    (``known``) ends in it or at its start: that post is the body's (a described post);
    a platform's brand (``brands``: the gazetteer's short names) opening it is the body
    the post is held at (:func:`_post_at_brand`). A caption's opening (图为焊工某某) is
    no part of the occupation."""
    if after_section := _occupation_after_section(text, name_start):
        return after_section
    start = phrase_opening(text, name_start, OCCUPATION_MAX, _OPENERS)
    caption = phrase_opening(text, name_start, OCCUPATION_MAX + len(PHOTO_OPENING), _OPENERS)
    if text.startswith(PHOTO_OPENING, caption) and caption + len(PHOTO_OPENING) < name_start:
        start = caption + len(PHOTO_OPENING)  # 图为|焊工某某在…: the caption's opening
    if at_brand := _post_at_brand(text, start, name_start, brands):
        return at_brand
    start = _past_verb_of_person(start, name_start, tokens)
    start = _past_verb_with_aspect(text, start, name_start, tokens)
    if name_start - start > OCCUPATION_MAX:
        at_trade = _post_at_trade_name(text, name_start, tokens)
        opening = phrase_opening(text, name_start, _PLACED_PHRASE_MAX, _OPENERS)
        placed = past_places(text, opening)
        if at_trade or name_start - placed > OCCUPATION_MAX:
            return at_trade
        start = placed  # 普洱市思茅区|咖啡烘焙师某某: the place the person comes from
    places = [t.end for t in tokens if t.tag == "ns" and start < t.end < name_start]
    start = _past_function_word(max(places, default=start), name_start, tokens)
    if any(
        start - 1 <= span.end <= name_start
        and not place_of_origin(text, span)
        and not _clause_between(text, span.end, start)
        for span in known
    ):
        return ()  # a body's post; a place the person comes from is none (来自某镇的)
    start, title = past_describer(text[start:name_start], start)
    if len(title) < 2 or not (is_occupation(title) or _is_trade_post(title, start, tokens)):
        return ()
    return (TitleClaim(title, title, None, None, start, name_start, described=True),)


#: The marks that close a clause: a body before one is named elsewhere in the sentence.
_CLAUSE_CLOSING_MARKS = frozenset("，。；：！？")


def _clause_between(text: str, end: int, start: int) -> bool:
    """在某公司分拣中心，|快递员某某: a body set off from the occupation by a clause's
    mark is named elsewhere in the sentence (ANNOTATION.md: the title has no body), no
    body of the post."""
    return any(c in _CLAUSE_CLOSING_MARKS for c in text[end:start])


def past_places(text: str, start: int) -> int:
    """Where a run of divisions' full names opening a phrase at ``start`` ends (普洱市思茅区|
    咖啡烘焙师某某, after an honour and 、): the place a worker comes from, printed before
    the occupation, is no body (``tests/fixtures/ANNOTATION.md``: a place the person comes
    from gives organisation null); ``start`` when none opens it."""
    for mention in places.find_places(text):
        if mention.start == start and mention.full:
            start = mention.end
    return start


def _opening_within(text: str, name_start: int, longest: int) -> int | None:
    """Where the phrase before a name opens (``_OPENERS``), when it is at most
    ``longest`` characters long; None for a longer one."""
    start = phrase_opening(text, name_start, longest, _OPENERS)
    return start if name_start - start <= longest else None


def _occupation_after_section(text: str, name_start: int) -> tuple[TitleClaim, ...]:
    """``质检部检验员某某`` opening a clause: an occupation after a section of an
    enterprise printed without it (``org_suffixes.yaml`` sections_printed_alone), or a
    hospital's clinical department (急诊科医生某某: :func:`.sections_alone.
    clinical_section`), is the person's title, of no body yet (the section's company,
    where the article named one before, is read with the bodies named before:
    :mod:`.named_before`)."""
    start = _opening_within(text, name_start, SECTION_MAX + OCCUPATION_MAX)
    if start is None:
        return ()
    phrase = text[start:name_start]
    for k in range(2, min(len(phrase) - 1, SECTION_MAX + 1)):
        title = phrase[k:]
        if not (section_printed_alone(phrase[:k]) or clinical_section(phrase[:k])):
            continue  # 质检部|检验员, 急诊科|医生: a section printed alone
        if len(title) <= OCCUPATION_MAX and (is_occupation(title) or _is_post_of_body(title)):
            at, title = past_describer(title, start + k)  # 数控车间|青年|技工, 炼钢车间|炉长
            return (TitleClaim(title, title, None, None, at, name_start, described=True),)
    return ()


def past_describer(title: str, start: int) -> tuple[int, str]:
    """Where an occupation printed at ``start`` begins and the occupation itself, past a word
    that describes the person rather than the job (老|铣工, 退休|矿工, 青年|技工:
    ``people.yaml`` person_describers); ``start`` and ``title`` when none opens it."""
    describer = lexicon.words("people.yaml", "person_describers").starting(title)
    if describer and is_occupation(title[len(describer) :]):
        return start + len(describer), title[len(describer) :]
    return start, title


#: The longest post read after a platform's brand (骑手, 司机, 快递员, 网约配送员).
_POST_AFTER_BRAND = 5


def _post_at_brand(
    text: str, start: int, name_start: int, brands: Sequence[OrgSpan]
) -> tuple[TitleClaim, ...]:
    """``美团骑手小陈``, ``货拉拉司机崔师傅``: a body of the gazetteer printed by its short
    name (a platform's brand, ``reference/organisations.yaml``) right at the opening of
    the phrase before a name, and a post after it (:func:`.titles.is_post`), is the
    person's post at that body, as an occupation printed with its body is
    (``tests/fixtures/ANNOTATION.md``: issue 10); the grammar reads no suffix in a
    brand, so the described-post reading does not see it."""
    brand = next((b for b in brands if b.start == start and b.end < name_start), None)
    if brand is None:
        return ()
    post = text[brand.end : name_start]
    if len(post) > _POST_AFTER_BRAND or not is_post(post) or not _is_occupation_or_post(post):
        return ()
    claim = TitleClaim(post, post, brand.written, brand.start, start, name_start, described=True)
    return (claim,)


#: The shortest brand before a trade word (华湘|电机): one character is no brand.
_BRAND_MIN = 2
#: The longest phrase of a company's short name and an occupation (某某某某|重工|数控车工).
_TRADE_PHRASE_MAX = 12


def _post_at_trade_name(text: str, name_start: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """``华湘电机焊工某某``, ``湘江重工数控车工某某``: a company printed by its short name,
    a brand and a trade word (``org_suffixes.yaml`` brand_trades), right at the opening
    of the phrase before a name and an occupation after it, is the body the occupation is
    held at (``tests/fixtures/ANNOTATION.md``: issue 10), as a brand of the gazetteer is
    (:func:`_post_at_brand`). The grammar reads no suffix in it, so no body is known
    there: the body is taken as printed (``from_caption``, as :mod:`.rosters` takes a
    roster line's unit); a phrase opening with the writer's place or a word for every body (全市,
    我市, 各, 企业) names no company, nor a brand that is a common verb or adverb
    (从事|物流司机, 长期|配送骑手: :func:`_brand_is_a_word_of_speech`)."""
    start = _opening_within(text, name_start, _TRADE_PHRASE_MAX)
    if start is None:
        return ()
    phrase = text[start:name_start]
    trades = lexicon.words("org_suffixes.yaml", "brand_trades")
    openers = ("own_places", "determiners", "generic_bodies")
    if any(lexicon.words("org_suffixes.yaml", key).starting(phrase) for key in openers):
        return ()
    for cut in range(len(phrase) - 2, _BRAND_MIN, -1):
        trade = trades.ending(phrase[:cut])
        held_at = cut + _outlet_before_occupation(phrase[cut:])  # 某某配送站|骑手
        post = phrase[held_at:]
        if trade is None or cut - len(trade) < _BRAND_MIN or len(post) > OCCUPATION_MAX:
            continue
        if _suffix_opens(phrase, cut):
            return ()  # 某某纺织|厂挡车工: a full name the grammar reads
        if _brand_is_a_word_of_speech(start, start + cut - len(trade), tokens):
            return ()
        if is_occupation(post) or _is_trade_post(post, start + held_at, []):
            body = phrase[:held_at]  # taken as printed, as a roster line's unit is
            claim = TitleClaim(
                post, post, body, start, start, name_start, from_caption=True, described=True
            )
            return (claim,)
    return ()


#: The longest place between a trade word and its outlet (某某外卖|曲靖|站骑手).
_OUTLET_PLACE_MAX = 4


def _outlet_before_occupation(phrase: str) -> int:
    """The length of a delivery firm's outlet (站, 站点, 网点, 点: ``org_suffixes.yaml``
    brand_outlets) opening ``phrase`` before an occupation or a post held at a body
    (某某配送|站|骑手, 某某快递|网点|快递员, 某某物流|站点|货车司机), perhaps after the
    outlet's place (某某外卖|曲靖站|骑手, as a station's head is read: :mod:`.brand_stations`):
    the outlet is the body's, the occupation the post; 0 when none opens it."""
    outlets = lexicon.words("org_suffixes.yaml", "brand_outlets")
    for place in range(min(_OUTLET_PLACE_MAX, len(phrase) - 1) + 1):
        if place and not is_cjk(phrase[place - 1]):
            return 0
        outlet = outlets.starting(phrase, place)
        end = place + len(outlet or "")
        if outlet is None or end == len(phrase):
            continue
        rest = phrase[end:]
        if is_occupation(rest) or _is_post_of_body(rest):
            return end
    return 0


def _suffix_opens(phrase: str, at: int) -> bool:
    """An organisation's suffix starts at ``at`` (某某纺织|厂): the name runs on past the
    trade word, a full name the grammar reads and the post its own."""
    ends = range(at + 1, len(phrase) + 1)
    return any(len(suffix_of(phrase, e) or "") == e - at for e in ends)


#: Parts of speech of a common word that is no brand: a verb, and the tags that stop a
#: brand in a body's name (:data:`.organisations.brands.BRAND_STOP_TAGS`: 长期/d).
_NOT_BRAND_TAGS = ("v", *BRAND_STOP_TAGS)


def _brand_is_a_word_of_speech(start: int, end: int, tokens: list[Token]) -> bool:
    """A word of the brand's span is a common word of speech (从事, 长期, 一直): the
    phrase states what the person does, no company's brand; a brand jieba does not know
    (顺途, 华湘), a place (湘江) or a noun (北方) is one."""
    inside = (t for t in tokens if start <= t.start and t.end <= end)
    return any(t.tag.startswith(_NOT_BRAND_TAGS) and is_common_word(t.word) for t in inside)


def _is_occupation_or_post(post: str) -> bool:
    """A post no word for workers or parts ends (队员, 选手, 职工)."""
    refused = ("collective_workers", "not_occupations")
    if names_an_industry(post):
        return False
    return not any(lexicon.words("people.yaml", key).ending(post) for key in refused)


#: Parts of speech of a one-character word that opens no occupation: a preposition, a
#: conjunction, a particle, an adverb, a pronoun (向|环卫工某某, 给|快递员某某).
_NOT_OCCUPATION_START = ("p", "c", "u", "d", "r")


def _past_function_word(start: int, name_start: int, tokens: list[Token]) -> int:
    """The occupation's start past a one-character function word that opens the phrase
    (图为某某向环卫工王某递上…: 向 states to whom, no part of the occupation), or past a
    verb that opens a list of people (获得称号的有|环卫工人某某: ``people.yaml``
    verbs_opening_people)."""
    first = token_at(tokens, start)
    if first is None or len(first.word) != 1 or first.end >= name_start:
        return start
    if first.word in lexicon.words("people.yaml", "verbs_opening_people"):
        return first.end
    return first.end if first.tag.startswith(_NOT_OCCUPATION_START) else start


def _past_verb_of_person(start: int, name_start: int, tokens: list[Token]) -> int:
    """The occupation's start past the last verb whose object is the person (提起焊工某某,
    记者采访快递员某某: ``people.yaml`` verbs_before_a_person) in the phrase before the
    name: the verb is no part of the occupation, and the phrase before it no body of it."""
    verbs = lexicon.words("people.yaml", "verbs_before_a_person")
    ends = (t.end for t in tokens if start <= t.start and t.end < name_start and t.word in verbs)
    return max(ends, default=start)


#: The aspect particles a verb whose object is the person takes (慰问了, 表彰过).
_ASPECT = ("了", "过")


def _past_verb_with_aspect(text: str, start: int, name_start: int, tokens: list[Token]) -> int:
    """The occupation's start past a verb whose object is the person and its aspect
    particle (看望慰问了|客房服务员某某, 表彰了|门机司机某某) when the phrase read back from
    the name is longer than an occupation: the verb opens before ``start``, the
    occupation after its particle is no longer than ``OCCUPATION_MAX``."""
    if name_start - start <= OCCUPATION_MAX:
        return start
    verbs = lexicon.words("people.yaml", "verbs_before_a_person")
    for t in tokens:
        if t.word not in verbs or not t.start < name_start:
            continue
        end = t.end + (1 if text.startswith(_ASPECT, t.end) else 0)
        if 0 < name_start - end <= OCCUPATION_MAX and text[end:name_start].isalpha():
            return end
    return start


#: Parts of speech of a trade's word before 工人 (环卫工人, 林场|工人): a noun.
_TRADE_TAGS = ("n", "vn")


def _is_trade_post(title: str, start: int, tokens: list[Token]) -> bool:
    """``货车司机``, ``环卫工人``, ``林场工人``: a post held at a body (``titles.yaml``
    post_endings: 司机, 民警) printed alone, or 工人 after the noun of a trade (a word
    jieba reads whole, 环卫工人, or a noun of two characters before 工人: 林场|工人), is
    the person's title as an occupation is; a kind of worker (一线工人, 青年工人:
    ``titles.yaml`` not_posts) is none."""
    if lexicon.words("titles.yaml", "post_endings").ending(title):
        return _is_post_of_body(title)
    trade = title.removesuffix(_WORKER)
    if len(trade) != 2 or trade == title or lexicon.words("titles.yaml", "not_posts").ending(trade):
        return False
    word = token_at(tokens, start)
    whole = word is not None and word.end == start + len(title)
    return word is not None and (whole or word.end == start + 2) and word.tag in _TRADE_TAGS


def _is_post_of_body(title: str) -> bool:
    """``司机``, ``炉长``: a post held at a body that ends like no occupation
    (``titles.yaml`` post_endings), and no kind of worker (``not_posts``)."""
    posts, kinds = (lexicon.words("titles.yaml", key) for key in ("post_endings", "not_posts"))
    return posts.ending(title) is not None and kinds.ending(title) is None


#: A worker, after the word of a trade (环卫|工人).
_WORKER = "工人"


def is_occupation(word: str) -> bool:
    """``word`` ends like an occupation, not like a kind of worker nor a word that only
    ends like one (学员, 选手, 携手), nor like an industry a company is named for (某某重工:
    :func:`names_an_industry`); a trade of women workers (纺织女工: ``people.yaml``
    women_worker_trades) is one."""
    refused = ("collective_workers", "not_occupations")
    if lexicon.words("people.yaml", "women_worker_trades").ending(word):
        return True  # 纺织女工: a trade, though 女工 alone is none
    return ends_like_occupation(word, refused) and not names_an_industry(word)


def names_an_industry(word: str) -> bool:
    """``石湾重工``, ``青禾化工``: ``word`` ends with an industry that companies put in
    their short names (``people.yaml`` industry_words), no trade; an occupation ending
    the same way that jieba cuts (起|重工, ``split_occupations``) is one."""
    if lexicon.words("people.yaml", "industry_words").ending(word) is None:
        return False
    return lexicon.words("people.yaml", "split_occupations").ending(word) is None


def ends_like_occupation(word: str, refused: tuple[str, ...]) -> bool:
    """``word`` ends like an occupation (``occupation_endings``) and like no word of the
    ``people.yaml`` lists ``refused``: names are read after a word that only ends like
    one (学员某某), no title is read from it."""
    endings = lexicon.words("people.yaml", "occupation_endings")
    lists = (lexicon.words("people.yaml", key) for key in refused)
    return endings.ending(word) is not None and not any(w.ending(word) for w in lists)
