"""Where the walk left from an organisation's suffix (:mod:`.walk`) stops: the word
before the name that is no part of it (a stop word, a verb of the sentence, a date, a
count, a person and the title before) and the words that look so but are (a zone's
word, a unit's number or order, a place jieba misreads or does not know)."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.brands import (
    BRAND_STOP_TAGS,
    is_city_word,
    is_division,
    is_place,
    job_of_branch,
    job_of_branch_alone,
)
from gonghui_build.extract.organisations.edges import (
    opens_zone_word,
    splits_zone_word,
    suffix_cut_before,
    whole_name_after,
    zone_rank,
)
from gonghui_build.extract.organisations.locative_openings import (
    direction_opens_brand,
    locative_opens_unit,
)
from gonghui_build.extract.organisations.names import peoples_cell, suffix_of, suffix_types, words
from gonghui_build.extract.organisations.opening_brands import word_brand_opening
from gonghui_build.extract.organisations.particle_places import (
    known_place,
    stray_character_before_level,
)
from gonghui_build.extract.organisations.stops import (
    adverb_and_stop,
    copula_idiom,
    dictionary_verb,
    in_name_compound,
)
from gonghui_build.extract.organisations.street_names import (
    coined_brand_after_a_level,
    community_name_word,
    destination_opening,
    first_character_of_a_town,
    misread_street_name,
    town_cut_after_its_county,
    town_named_by_a_word,
)
from gonghui_build.extract.organisations.unit_numbers import number_of_unit, ordinal_of_unit
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_TAGS as PERSON_TAGS
from gonghui_build.text.names import is_plausible_name, split_name
from gonghui_build.text.numbers import ORDER_NUMERALS
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import OrgType


def _full_personal_name(token: Token) -> bool:
    """A word jieba tags as a person's name, of a full name's three characters."""
    return token.tag in PERSON_TAGS and len(token.word) == 3


#: Parts of speech that can be part of an organisation name.
NAME_TAGS = (
    *("n", "j", "b", "vn", "an", "eng", "s", "m"),
    *("nz", "nt", "ns", "nr", "ng", "l", "g", "zg"),
)
#: Parts of speech of the function words that end a phrase (的, 和, 在).
PHRASE_END_TAGS = ("uj", "c", "p")
#: A term before a body, numbered (新一届|县工会) or not (上届|工会主席): no part of the name.
_TERM = re.compile(rf"(?:新|第|本|上|下)?[{ORDER_NUMERALS}\d]+[次届]|[上本下]届")


def _first_of_place(tokens: list[Token], j: int) -> bool:
    """A one-character word (no verb, no function word) before a two-character word
    that ends with a place's level (禾区, 溪县): the first character of a place name
    jieba does not know, unless the gazetteer knows the two whole and not the three
    (2021年|淇县: the date's last unit before a county of one character's name). Right
    after a county or district, a town's first character may be any word but a function
    word (某县|跃|岭镇: jieba reads 跃 as a verb)."""
    tok = tokens[j]
    if len(tok.word) != 1 or not is_cjk(tok.word) or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if len(after.word) != 2 or after.start != tok.end or tok.word in words("left_stops"):
        return False
    if after.word[-1] in words("district_markers"):
        if known_place(after.word) and not known_place(tok.word + after.word):
            return False  # 2021年|淇县总工会: a county of one character's name is whole
        return not tok.tag.startswith(("v", *BRAND_STOP_TAGS))
    town = after.word[-1] in words("place_suffixes") and j > 0 and tokens[j - 1].end == tok.start
    return town and _county_before(tokens[j - 1]) and tok.tag not in PHRASE_END_TAGS


def _opens_a_county_short_form(text: str, tok: Token, start: int) -> bool:
    """和|布克赛尔|县: a one-character stop word (和, 与) that opens a place's short form
    (``short`` of the divisions, no word of the language: 和布克赛尔 of 和布克赛尔蒙古
    自治县), printed with a county's or a district's level word after it and before the
    name's suffix: the place's name, which jieba cut at its first character (一市|和|
    布克赛尔县, where 和平, a word, stays the conjunction's)."""
    if len(tok.word) != 1:
        return False
    for end in range(tok.end + 1, start):
        if text[end] in words("district_markers"):
            short = text[tok.start : end]
            return any(short in d.short for d in places.lookup(short))
    return False


def _county_of_the_city_before(tokens: list[Token], j: int) -> bool:
    """A one-character stop word (和, 于) right after a city's full name and glued to a
    county's level word: with that level it names a county of that very city (马鞍山市|
    和|县总工会 is 和县 of 马鞍山市), so it opens the county's name. A county's name that
    is a function word has no short form, so :func:`_opens_a_county_short_form` does
    not read it; the city printed before it is the evidence."""
    tok = tokens[j]
    if len(tok.word) != 1 or j == 0 or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if after.start != tok.end or after.word[:1] not in words("district_markers"):
        return False
    cities = {d.code for d in places.by_full_name(tokens[j - 1].word)}
    return any(d.parent in cities for d in places.by_full_name(tok.word + after.word[0]))


def _county_before(token: Token) -> bool:
    """A county's or a district's name (a place ending with its level word), or its
    level word alone (青石|县: a county jieba cuts before its level)."""
    if token.word in words("district_markers"):
        return True
    level = token.word[-1:] in words("district_markers") and len(token.word) > 1
    return level and (is_place(token) or is_division(token.word))


def misread_verb_phrase(token: Token) -> bool:
    """A word jieba tags as a person's name that is a verb phrase (努力实现/nr): four
    characters or more, no surname and given name, ending in a word jieba's dictionary
    holds as a verb. It is the sentence's verb, no brand (努力实现|工会工作 held no union)."""
    word = token.word
    if token.tag not in PERSON_TAGS or len(word) < 4 or split_name(word) is not None:
        return False
    return dictionary_verb(word[-2:], 0)


def _titled_person(tokens: list[Token], j: int) -> bool:
    """A person's name (a word jieba reads as one, of two or three characters) right
    after a title: the title chain of a person, which no organisation's name holds. A
    title that is also a word ending names (``left_stops``: 代表 'on behalf of') is the
    sentence's verb before the name (某某代表|东岳|路桥集团工会发言): the word after it
    is the brand jieba reads as a person's name, and the walk stops at the verb."""
    tok = tokens[j]
    if tok.tag not in PERSON_TAGS or not 2 <= len(tok.word) <= 3 or j == 0:
        return False
    before = tokens[j - 1].word  # 书记, or one word with its body: 市委书记
    if before in words("left_stops"):
        return False
    title = any(lexicon.titles().regex.fullmatch(before, k) for k in range(len(before)))
    return tokens[j - 1].end == tok.start and title


#: The verb 'on behalf of' (``left_stops``), which jieba may glue to the last character
#: of the name before it (王|军代表|公司: 军代表, 'a military representative').
_ON_BEHALF = "代表"


def name_glued_to_on_behalf(tokens: list[Token], j: int) -> bool:
    """王|军代表|公司致辞: a word ending in 代表 whose characters before it complete a
    one-character surname jieba read alone before it into a plausible name: the
    sentence's person and 代表 ('on behalf of') before the body, no part of its name
    (代表 alone is a ``left_stops`` word already). Seen on real meeting reports where a
    company's head speaks for it; the model may read the whole as one body (王军代表公司)
    too, :func:`.model._names_a_body` (s49, people40)."""
    tok = tokens[j]
    if not tok.word.endswith(_ON_BEHALF) or len(tok.word) == len(_ON_BEHALF) or j == 0:
        return False
    surname = tokens[j - 1]
    if surname.end != tok.start or len(surname.word) != 1 or surname.tag not in PERSON_TAGS:
        return False
    name = surname.word + tok.word[: -len(_ON_BEHALF)]
    return split_name(name) is not None and is_plausible_name(name, strong_context=True)


def _determiner_inside(word: str) -> bool:
    """部分, 所有, 其他: a determiner of two characters or more (``determiners``) picks
    some of the bodies after it (某镇|部分|工会, 某区|所有|企业工会) and is no part of a
    name; those made of level words alone (省市, 区县) are a list of levels, weighed
    elsewhere."""
    if len(word) < 2 or word not in words("determiners"):
        return False
    return not all(c in words("place_markers") for c in word)


def _level_after(tokens: list[Token], j: int) -> bool:
    """A place's level word (区, 县) right after ``tokens[j]``: 新建|区 is a place's name
    jieba cut before its level, not the verb 新建."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        after is not None
        and after.start == tokens[j].end
        and after.word in words("district_markers")
    )


def _held_inside_a_name(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """Whether ``tokens[j]``, though a stop word or a word jieba cut oddly, is part of the
    name before ``start``: a zone's word or rank, a suffix jieba cut, a team named from the
    body that sends it, a fixed term or a county's short form holding a stop word, a unit's
    place name opening with a locative. Read before every reason to end the name."""
    stop = tokens[j].word in words("left_stops")
    return (
        opens_zone_word(tokens, j)  # 某市经|开区总工会: a zone's word
        or suffix_cut_before(text, tokens, j)  # 某公路|段|工会: a body's suffix jieba cut
        or zone_rank(text, tokens, j)  # 衡阳|国家|高新区工会: the zone's rank, not a count
        or splits_zone_word(text, tokens[j].end)  # 吴中经|开|区工会: 区 glued to the union
        or _stationed_from_a_body(tokens, j, text, start)  # 省总工会|驻|某村|工作队
        or (stop and in_name_compound(tokens, j))  # 中西医|结合|医院: a fixed term
        or (stop and _opens_a_county_short_form(text, tokens[j], start))  # 与|和|布克赛尔县
        or (stop and _county_of_the_city_before(tokens, j))  # 马鞍山市|和|县总工会: 和县
        or locative_opens_unit(tokens, j, text)  # 某集团公司|下|石峪|煤矿: 下 opens the name
        or direction_opens_brand(tokens, j, text, start)  # 北方|瑞祥煤业有限公司
        or destination_opening(tokens, j, text, start)  # 来到|与|儿街镇总工会
    )


def ends_name(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """Whether the word ``tokens[j]`` before a name's suffix (at ``start``) is no part
    of the name."""
    tok = tokens[j]
    if _held_inside_a_name(tokens, j, text, start):
        return False
    if tok.word in words("left_stops") or not all(is_cjk(c) or c.isalnum() for c in tok.word):
        return True
    if name_glued_to_on_behalf(tokens, j):
        return True  # 王|军代表|公司: a name and 代表 'on behalf of' jieba glued together
    if stray_character_before_level(tokens, j):
        return True  # 讲了|话|县总工会: the verb phrase's end, no county 话县
    if word_brand_opening(tokens, j, text, start):
        return False  # 宏远|纺织厂厂长: an adjective opening the clause is the brand
    if visits_union_work(tokens, j, text, start):
        return True  # 到某区|调研|工会女职工工作: the visit's verb and its object, no union
    if adverb_and_stop(tok.word):
        return True  # 紧紧围绕|公司中心工作: jieba's one word of an adverb and a stop word
    if words("dateline_openings").ending(text, tok.end) is not None:
        return True  # 又讯|某公司工会: the report's opening word, no name's first
    if copula_idiom(tok):
        return True  # 某某如今已是|某公司工会主席: the sentence's predicate, no name's word
    if tok.word in lexicon.words("holidays.yaml", "holidays"):
        return True  # 护士节|某医院工会: the day the article tells of, no part of the name
    if _suffix_read_as_verb(tokens, j, start):
        return False  # 某银行仙桃|支行|工会: the branch's own suffix, a verb to jieba
    if number_of_unit(tokens, j) or ordinal_of_unit(tokens, j) or job_of_branch(tokens, j):
        return False  # 312|地质队工会, 钻井|二|公司, 集团|运行|分公司: a unit's number, order, job
    if job_of_branch_alone(tokens, j, text):
        return False  # ，运行|分公司|司炉班班长: a branch printed alone before a post
    if j + 1 < len(tokens) and ordinal_of_unit(tokens, j + 1):
        return False  # 某油田|采油|三|厂: the unit's trade, whatever jieba tags it
    if _determiner_inside(tok.word):
        return True  # 某镇|部分|工会驿站: some of the town's unions, no one body
    if tok.word in words("founding_verbs"):
        return not _level_after(tokens, j)  # 某区新建|基层工会86个; not 新建|区总工会
    if tok.word in words("parallel_bodies") and (
        words("full_bodies").starting(text, start) or words("parallel_bodies").starting(text, start)
    ):
        return True  # 市委市政府, 省委市委: two bodies side by side
    if len(tok.word) > 1 and tok.word in words("level_endings"):
        # 煤炭系统|某能源有限公司: a sector before the name; but right before a union's
        # suffix the sector is the union's own (某市建设|系统|工会), weighed by the grammar
        return not (tok.end == start and tok.word in words("sector_endings"))
    if peoples_cell(text, tok.start) == tok.word:
        return True  # 某某女|彝族|某县医院: a row's person, not the body's place
    if _titled_person(tokens, j):
        return True  # 某区党工委书记|某某某|…公司: a person and the title before, no name
    if _TERM.fullmatch(tok.word):
        return True  # 新一届县工会: a term of the body, not its name
    # a place's or a brand's word jieba cut or tagged as others is the name's own
    return not _name_word_misread(tokens, j, start) and _ends_by_word_class(tokens, j, tok)


def _name_word_misread(tokens: list[Token], j: int, start: int) -> bool:
    """Whether ``tokens[j]`` is a word of a place's name, or of a brand coined after a level
    word, that jieba cut or tagged as others: its class alone would end the walk."""
    tok = tokens[j]
    if not tok.tag.startswith(NAME_TAGS) and (is_division(tok.word) or is_city_word(tok.word)):
        return True  # 南靖/t 某科技有限公司, 大同/d 齿轮厂: a place's short form jieba misreads
    if _first_of_place(tokens, j):
        return True  # 青|禾区总工会: a place jieba does not know, cut after its first character
    if misread_street_name(tokens, j) or community_name_word(tokens, j):
        return True  # 东四|街道, 堡子|里|村, 某街道|重聚|园|社区: a place's name jieba misreads
    if first_character_of_a_town(tokens, j) or town_named_by_a_word(tokens, j, start):
        return True  # 西|山镇, 来到|正平|镇工会: a town's name jieba reads as words
    if town_cut_after_its_county(tokens, j):
        return True  # 某区|北|滘|镇: a town's name jieba cuts into single characters
    return coined_brand_after_a_level(tokens, j)  # 、县|振新|学校工会: a coined brand


def visits_union_work(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """A verb of a visit of inspection (``union_work_visit_verbs``) right before a union's
    suffix at ``start``, or before a bare level word and the suffix (到某县某镇|调研|镇|工会
    工作: the town's union's work, real_dev19's digest; the walk from that level word
    too, which reads the town's name): the visit's verb and its object; no body's brand
    either, so the walk ends there."""
    tok = tokens[j]
    if tok.word not in words("union_work_visit_verbs"):
        return False
    level = words("place_markers").starting(text, tok.end) or ""
    union = tok.end + len(level)  # the union's suffix, after the level word if any
    return start in (tok.end, union) and bool(words("union_suffix").starting(text, union))


def _suffix_read_as_verb(tokens: list[Token], j: int, start: int) -> bool:
    """某商业银行股份有限公司仙桃|支行|工会: a company's suffix that jieba reads as a verb
    (支行/v 'to pay'), printed whole as a word right before the union's suffix and after
    the branch's place, is the branch's suffix: the union is the branch's."""
    tok = tokens[j]
    if not tok.tag.startswith("v") or tok.end != start or j == 0:
        return False
    company = suffix_types().get(tok.word) == OrgType.company
    return company and tokens[j - 1].end == tok.start and is_cjk(tokens[j - 1].word[-1])


def _stationed_from_a_body(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """某厅|驻|某村|工作队: 驻 ('stationed at', ``stationed_words``) right after a body's
    name (its suffix, or a body's short name: 全总) in the name of a team sent to a
    place (``teams_sent_to_a_place``) is part of the team's name."""
    tok = tokens[j]
    if tok.word not in words("stationed_words") or j == 0:
        return False
    if words("teams_sent_to_a_place").starting(text, start) is None:
        return False
    body = suffix_of(text, tok.start) is not None
    return body or tokens[j - 1].word in lexicon.words("org_aliases.yaml", "aliases")


def _ends_by_word_class(tokens: list[Token], j: int, tok: Token) -> bool:
    """Whether ``tok`` ends a name by what kind of word it is, once no fixed term,
    place or unit word has kept it: a verb or a word of no name's tag (save a
    company's brand after its place), a count, a date or a measure word."""
    known = tokenizer.dictionary_tag(tok.word) or tok.tag
    verb = tokenizer.is_verb_tag(tok.tag) or (tokenizer.is_verb_tag(known))
    verb = verb or misread_verb_phrase(tok)
    if verb and j + 1 < len(tokens) and words("place_markers").starting(tokens[j + 1].word):
        return True  # 某某当选|县|总工会: a bare level word opens a short form
    if verb and whole_name_after(tokens, j):
        return True  # 某某宣读|全国总工会…部: a verb before a whole name is the sentence's
    unnamed = verb or not tok.tag.startswith(NAME_TAGS)  # a word no name is made of
    if unnamed and in_name_compound(tokens, j):
        return False  # 厂务|公开|工作领导小组: a fixed term of the name holds the word
    if unnamed:
        # a company's brand (字号) after its place may be any word: 北京|排水|集团,
        # 北京|宏远|建设办公室; elsewhere a verb or adjective ends the name. A
        # one-character brand word right after the place (北京|亦|城智能电气有限公司)
        # is part of the name whatever jieba tags it, unless it ends a phrase (的, 和)
        # … but a verb after a person's full name is what the person did (某某某|当选|
        # …委员会); a two-character word jieba reads as a name is often a brand (某祺|出行)
        after_place = j > 0 and is_place(tokens[j - 1])
        after_place = after_place and not (verb and _full_personal_name(tokens[j - 1]))
        brand_char = (
            after_place
            and len(tok.word) == 1
            and is_cjk(tok.word)
            and tok.tag not in PHRASE_END_TAGS
        )
        if not after_place or (tok.tag.startswith(BRAND_STOP_TAGS) and not brand_char):
            return True
    if tok.tag == "m" and re.fullmatch(r"[\d.]+", tok.word):
        return True  # 22名专职工会: a count, not a name (八角, 二七 are names)
    dated = tok.tag in ("t", "m") or len(tok.word) == 1 or tok.word in words("time_words")
    if (words("time_words").ending(tok.word) and dated) or words("year_openers").starting(tok.word):
        return True  # 2013年市园林绿化局, 今年夏天…: a date before the name (东四街道 is one)
    if tok.tag == "q" and _place_last_character(tokens, j):
        return False  # 闽江|口|港务集团: the river's mouth, a place's name
    return tok.tag == "q" or _count_with_measure(tok)


def _place_last_character(tokens: list[Token], j: int) -> bool:
    """A character jieba tags a measure word (口) right after a place's name (闽江|口:
    the river's mouth, a port's place) with no count before the place: the place's
    last character, part of a brand after it, no measure of anything (a measure word
    follows a numeral, not a place: 三|个, 一|口)."""
    tok = tokens[j]
    if j == 0 or len(tok.word) != 1 or tok.word in words("measure_characters"):
        return False
    return is_place(tokens[j - 1])


def _count_with_measure(tok: Token) -> bool:
    """A count jieba read as one word with its measure (三家, 数家/n, 几个): no part of a
    name. A noun whose own stem is a word of two characters or more before 家 (企业家,
    书法家: a person of a calling) is no count: it is the members' word of a body's name
    (某市青年企业家协会, 某市书法家协会). Other measures stay counts, nouns or not (a
    wider reading, every measure character after a long stem, lowered organisations on a
    measured set, s37)."""
    if tok.word[-1] not in words("measure_characters") or tok.tag not in ("m", "q", "n"):
        return False
    if tok.word in words("measured_non_counts"):
        return False  # 国家|能源|局: the state, no count
    return tok.tag != "n" or len(tok.word) <= 2 or tok.word[-1] != "家"
