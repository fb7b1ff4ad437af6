"""The names an election lists before or after its verb (甲、乙、丙等3位同志当选为副主席,
推选甲为主席): where a name ends and starts, the words of address and the counts around
it, the items of a list. Read by :mod:`.elections`, which states the posts."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.people import yi_names
from gonghui_build.extract.people.composed import MIN_COMPOSED, composed_name
from gonghui_build.extract.people.election_claims import title_ends_at
from gonghui_build.extract.people.name_notes import note_start
from gonghui_build.extract.people.occupation_titles import is_occupation
from gonghui_build.extract.people.titles import parse_chain
from gonghui_build.text.names import is_name_shaped, is_plausible_name, is_transliterated
from gonghui_build.text.numbers import CN_NUMERAL, chinese_to_int

#: What parts the clauses an elected name opens (and the items of its list).
CLAUSE = "，。；：、\n "


def _words(section: str) -> lexicon.Words:
    return lexicon.words("people.yaml", section)


def address_at(text: str, at: int) -> int:
    """The length of a word of address after an elected name (选举甲同志|为主席), 0 if none."""
    return len(_words("election_address").starting(text, at) or "")


def address_ending(text: str, end: int) -> int:
    """The length of a word of address ending at ``end`` (甲老师|当选为主席), 0 if none."""
    return len(_words("election_address").ending(text, end) or "")


#: The count a list of names before an election's verb may end with (甲、乙、丙等3位|同志
#: 当选为副主席; 甲、乙五位|同志当选为委员): national and company reports of elections.
_LIST_COUNT = re.compile(rf"等?[0-9{CN_NUMERAL}]{{1,4}}[位名人]$|等$")


def past_address(text: str, end: int) -> int:
    """Where a name before an election's verb ends, a word of address after it aside
    (甲同志|当选为主席), and a count closing the list of names (甲、乙等12位同志|当选为)."""
    end -= address_ending(text, end)
    count = _LIST_COUNT.search(text, max(0, end - 7), end)
    return count.start() if count is not None else end


#: The most names an election lists before one 为 (a national federation's secretariat:
#: 推选甲为第一书记，乙、丙…等十人为书记处书记, ten names and more).
MAX_LISTED = 16


def listed_before(text: str, start: int, titled: bool = False) -> list[tuple[str, int]]:
    """The names listed before the one at ``start`` (甲、乙|当选为副主席), nearest first;
    a note in brackets after a name (甲(女)、乙) is no part of it. With ``titled`` (the
    verb is 当选) an item's name may follow its title as the last one's may (某厂工会主席
    甲、某厂党委书记乙当选为兼职副主席: each is elected, not the last alone), and titled
    items whose chains hold a 、 of their own are parted by a comma (某集团党委副书记、
    工会主席甲，某厂党委书记乙当选为…), each chain opening its clause."""
    names: list[tuple[str, int]] = []
    opened = _past_title(text, start) if titled else start
    while opened > 0 and text[opened - 1] in ("、，" if opened < start else "、"):
        found = name_ending_at(text, note_start(text, opened - 1), titled)
        if found is None:
            break
        item = _past_title(text, found[1]) if titled else found[1]
        if text[opened - 1] == "，" and not (item < found[1] and _opens_clause(text, item)):
            break  # 由甲主持，乙当选为…: an untitled clause before, not an item
        names.append(found)
        start, opened = found[1], item
    return names


def _opens_clause(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in _LIST_OPENS


#: The longest title chain read before a name an election's verb lists (某集团公司党委
#: 副书记、工会主席|甲).
_LONGEST_CHAIN = 30
#: What closes an item of the names an election's verb lists.
_ITEM_ENDS = "，。；：、为\n"


def titled_name_start(text: str, start: int, is_name) -> int | None:
    """``增补|某集团董事长甲、某厂厂长乙为兼职副主席``: where the name opens that follows a
    whole title chain opening at ``start`` (the chain's titles read as the titled name's
    are), the first offset past a title where ``is_name`` holds; None when no such
    chain opens the item. A post of ``titles.yaml`` post_endings (选举|公司生产部主管甲为
    工会主席: no title, read before a name as an occupation is) opens the name too, as
    a new union's founding election names its officers by their jobs. A 、 right after
    a title parts the chain's titles, not the items (real_dev33)."""
    endings = lexicon.words("titles.yaml", "post_endings")
    for k in range(start + 2, min(len(text), start + _LONGEST_CHAIN)):
        if text[k] == "、" and title_ends_at(text, k):
            continue  # 补选|市总工会党组成员、办公室主任甲为…: a 、 inside the chain
        if text[k] in _ITEM_ENDS:
            return None
        if title_ends_at(text, k) and is_name(k):
            chain = parse_chain(text, k)
            # 选举|某传媒有限公司运营总监|甲为…: a body the chain alone cannot read (the
            # article's reading of bodies can) opens the item before a chain of no body
            if chain and (chain[0].start == start or chain[0].org_written is None):
                return k
        elif (endings.ending(text, k) or is_occupation(text[start:k])) and is_name(k):
            return k  # 选举|家政服务员|甲为工会主席: an occupation, read as a post ending is
    return None


def _past_title(text: str, start: int) -> int:
    """Where the title chain printed right before a name at ``start`` opens (某厂党委
    书记|乙): the list's mark before an item stands before its title; ``start`` when
    no title ends there."""
    if not title_ends_at(text, start):
        return start
    chain = parse_chain(text, start)
    if chain and chain[0].org_written is None:
        return _item_opening(text, chain[0].start)
    return chain[0].start if chain else start


def _item_opening(text: str, start: int) -> int:
    """``甲、某精密铸造有限公司人事行政部|经理乙当选副主席``: where a list's item opens
    whose chain opens with a body the chain's reading alone cannot read (the article's
    reading of bodies can): right after the 、 before it, when only a body's name (no
    clause's mark, no space) stands between; ``start`` otherwise."""
    mark = text.rfind("、", max(0, start - _LONGEST_CHAIN), start)
    between = text[mark + 1 : start]
    if mark < 0 or any(c in CLAUSE for c in between):
        return start
    return mark + 1


#: The longest transliterated name an election lists (its parts joined by a middle
#: dot: 木某提·加某木某买提, two parts of up to six characters).
_LONGEST_TRANSLITERATED = 14


#: The count closing a whole list of names (甲、乙、丙三位|同志当选为): no 等, which
#: closes a list that names only some.
_WHOLE_COUNT = re.compile(rf"([0-9{CN_NUMERAL}]{{1,3}})[位名人]$")
#: What opens the clause a list of elected names stands in (not 、, which parts its items).
_LIST_OPENS = "，。；：\n "


def counted_list(text: str, verb: int, last: tuple[str, int]) -> list[tuple[str, int]]:
    """The names listed before the ``last`` one when the list is closed by its count
    (甲、乙、丙、丁、戊五位同志当选为委员): the count says each item is a name, so a name
    that is also a word (方舟, 甘露) is read as the others are, provided every item of
    the clause is name-shaped and their number is the count; nearest first, [] else."""
    end = verb - address_ending(text, verb)
    count = _WHOLE_COUNT.search(text, max(0, end - 5), end)
    total = chinese_to_int(count.group(1)) if count is not None else None
    if total is None or total < 2:
        return []
    begin = max(text.rfind(mark, 0, last[1]) for mark in _LIST_OPENS) + 1
    items = text[begin : last[1] + len(last[0])].split("、")
    if len(items) != total or not all(is_name_shaped(item) for item in items):
        return []
    starts = [begin + sum(len(i) + 1 for i in items[:k]) for k in range(len(items))]
    return [(item, at) for item, at in zip(items[-2::-1], starts[-2::-1], strict=True)]


def name_ending_at(text: str, stop: int, titled: bool = False) -> tuple[str, int] | None:
    """The name, and where it starts, that an item of a list of elected names holds
    right before ``stop``, opening a clause or the item: three or two characters, or a
    transliterated name back to the item's mark (甲、阿某江·吐某洪、乙等15位同志当选为:
    national reports list the elected of every nationality alike), or a Yi name of four
    (乙、沙马某则当选为副主席: the Han surname rules find none in it). A name may open
    right after an election's verb too (推选出|甲同志当选为主席: the verb before the name
    and 当选 after it state one election), and, with ``titled`` (the verb is 当选), right
    after a title (某学院教授|甲当选为…: the titled name's reading keeps the title; not
    由某副主席甲任团长…的某团, whose posts :mod:`.designated_posts` reads)."""
    for k in (stop - 3, stop - 2):
        opens = k == 0 or (k > 0 and text[k - 1] in CLAUSE)
        opens = opens or _words("election_before").ending(text, k) is not None
        opens = opens or (titled and title_ends_at(text, k))  # 学院教授|甲当选为…主任
        if opens and is_plausible_name(text[k:stop], strong_context=True):
            return text[k:stop], k
    yi = stop - yi_names.NAME  # 甲、沙马某则当选为副主席: a Yi name, its clan's first
    if yi >= 0 and (yi == 0 or text[yi - 1] in CLAUSE) and yi_names.yi_name_end(text, yi) == stop:
        return text[yi:stop], yi
    start = max(text.rfind(mark, 0, stop) for mark in CLAUSE) + 1
    if stop - start <= _LONGEST_TRANSLITERATED and is_transliterated(text[start:stop]):
        return text[start:stop], start
    return _name_of_elements_ending_at(text, stop, titled)


#: The longest name of Mongolian or Tibetan elements read before an election's verb.
_LONGEST_COMPOSED = 8


#: The mark between the items of a list of elected names.
_LIST_MARK = "、"
#: The fewest characters of one name element read alone as an item of a list (其木格).
_SHORTEST_ITEM = 3


def _name_of_elements_ending_at(text: str, stop: int, titled: bool) -> tuple[str, int] | None:
    """合作社理事长巴图孟和当选为…: a name of Mongolian or Tibetan elements (two or more,
    :func:`.composed.composed_name`), which no surname opens, right before ``stop``,
    opening a clause or the item, or right after a title when ``titled``. An item set
    apart by 、 on both sides of a list (甲、其木格、乙当选为…, 甲、其木格当选为…) may be
    one element of three characters: the list's marks bound it as a title does."""
    for k in range(max(0, stop - _LONGEST_COMPOSED), stop - _SHORTEST_ITEM + 1):
        opens = k == 0 or text[k - 1] in CLAUSE
        opens = opens or _words("election_before").ending(text, k) is not None
        opens = opens or (titled and title_ends_at(text, k))
        listed = k > 0 and text[k - 1] == _LIST_MARK
        if not opens or (stop - k < MIN_COMPOSED and not listed):
            continue
        if composed_name(text, k, alone=not listed) == stop:
            return text[k:stop], k
    return None
