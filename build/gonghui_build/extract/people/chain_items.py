"""The items of a title chain: where one opens, and what its opening says of the chain.

A chain (``区委常委、区纪委书记、区总工会主席``) is read right to left, item by item:
an item opens after a separator or a stop (:func:`segment_start`); a word of tenure
(新任) or an inner body's title glued before it (党组书记|常务副主席) opens no body; an
item whose body no reader reads still belongs to the chain when it is a short name
after a 、 (:func:`unread_item`).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.chain_bodies import present_mark
from gonghui_build.extract.people.chain_orgs import separates
from gonghui_build.extract.people.chain_terms import term_ordinal_at, term_ordinal_ending
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token

_CHAIN_STOPS = "。；：！？“”‘’（）《》\n"


def segment_start(text: str, end: int) -> int:
    """Where the chain's item that ends at ``end`` opens: after a separator or a stop."""
    k = end - 1
    while k >= 0 and text[k] not in _CHAIN_STOPS and not separates(text, k):
        k -= 1
    return k + 1


def tenure_mark(text: str, seg_start: int, title_start: int) -> int:
    """The length of a word of when a post was taken up that opens a segment (某公司
    副总经理、新任|工会主席, 副主任、新任|区总工会主席), 0 if none: no body's name nor
    part of one, so the titles before it stay in the chain; a segment printing only the
    word holds its post where the chain's posts are."""
    mark = lexicon.words("titles.yaml", "tenure_marks").starting(text, seg_start)
    mark = mark or present_mark(text, seg_start)
    length = len(mark) if mark else term_ordinal_at(text, seg_start, title_start)
    return length if length and seg_start + length <= title_start else 0


def tenure_mark_before_title(
    text: str, seg_start: int, title_start: int, tokens: list[Token]
) -> int:
    """The length of a word of when a post was held printed between a body's name and its
    title (某厂原|工会主席某某, 区总工会原|副主席某某), 0 if none: no part of the body's
    name nor of the title, the post is the body's (``titles.yaml`` tenure_marks); only a
    word of its own there, never the end of a longer word (太原, 草原)."""
    mark = lexicon.words("titles.yaml", "tenure_marks").ending(text[seg_start:title_start])
    if not mark:  # 某厂第三届|工会主席: a term's ordinal is a word of its own
        ordinal = term_ordinal_ending(text, seg_start, title_start)
        return ordinal if seg_start + ordinal < title_start else 0
    if seg_start + len(mark) >= title_start:
        return 0
    at = title_start - len(mark)
    return len(mark) if any(t.start == at and t.end == title_start for t in tokens) else 0


def glued_to_title(text: str, seg_start: int, title_start: int) -> bool:
    """``某县总工会党组书记常务副主席``: a title printed right after a title of an inner
    body (党组书记, 党组成员, 党委副书记), with no 、 between, is a post of its own, held
    where the title before it is (the two posts a chain prints 党组书记、常务副主席), not
    one long title; the inner body's title is read whole so the mark of the inner body
    keeps a longer title's own words (女工委主任, 经审会主任) in one."""
    before = lexicon.titles().at_end.search(text[seg_start:title_start])
    return before is not None and bool(before.group("inner"))


#: The longest text of a chain's item whose body is not read that the chain reads on
#: past (某区厂务公开工作领导小组), and the words that make it a phrase, no body's name.
_MAX_UNREAD = 10
_PHRASE_WORDS = "的和与及等在各全"


def unread_item(text: str, seg_start: int, title_start: int) -> bool:
    """``区委常委、区纪委书记、区某某工作领导小组|组长某某``: an item of a chain, printed
    after a 、, whose body the readers cannot read is still an item of the chain (a body
    name of a few characters, no phrase): the titles before it stay the person's, where
    the chain stopped at it and lost them; its own title is held at no body read."""
    item = text[seg_start:title_start]
    return (
        seg_start > 0
        and text[seg_start - 1] == "、"
        and 0 < len(item) <= _MAX_UNREAD
        and all(is_cjk(c) for c in item)
        and not any(w in item for w in _PHRASE_WORDS)
    )


def given_after_a_name(text: str, seg_start: int, title_start: int, tokens: list[Token]) -> bool:
    """``由甲任团长、乙任副团长的某考察团``: a title printed right after the verb that gives a
    post to the name before it (``people.yaml`` election_after: 任, 担任, 出任) is that
    name's post, given after it (:mod:`.designated_posts`), no item of a chain naming the
    person after it; the chain ends there. A word of tenure ending in the verb's 任
    (``titles.yaml`` tenure_marks: 新任, 现任, 时任), printed alone (现任主席) or as a word
    of its own after a body (集团公司新任|董事长、党委书记某某), is no such verb: it says
    when the post was taken up, and the chain reads on past it."""
    item = text[seg_start:title_start]
    verb = lexicon.words("people.yaml", "election_after").ending(item)
    if not verb or len(item) <= len(verb) or not is_cjk(item[-len(verb) - 1]):
        return False
    if item in lexicon.words("titles.yaml", "tenure_marks"):
        return False
    mark = tenure_mark_before_title(text, seg_start, title_start, tokens)
    return not mark or _surname_before(tokens, title_start - mark)


def _surname_before(tokens: list[Token], at: int) -> bool:
    """Whether the word ending at ``at`` is a surname jieba reads alone (由李|新任|团长:
    李新 given 团长, the 新 a name's and the 任 the verb), so the word of tenure there is
    no such word."""
    return any(t.end == at and t.start == at - 1 and t.tag == "nr" for t in tokens)


def elected_before_comma(text: str, seg_start: int, title_start: int, end: int) -> bool:
    """``甲当选集团工会主席，某分公司总经理助理乙、丙当选副主席``: an item printed before a
    comma that follows a verb giving a post to the name before it (``people.yaml``
    election_after: 当选, 担任, 出任; two characters or more, not a word of tenure such as
    现任) states that name's post, the clause's object; the chain of the name after the
    comma ends at the comma. Election reports print each post so, clause by clause. The
    one-character 任 is left out: it ends words that are no verb there (主任, 责任)."""
    if text[end : end + 1] != "，":
        return False
    item = text[seg_start:title_start]
    tenure = lexicon.words("titles.yaml", "tenure_marks")
    for verb in lexicon.words("people.yaml", "election_after").words:
        at = item.find(verb)
        if len(verb) > 1 and verb not in tenure and at > 0 and is_cjk(item[at - 1]):
            return True
    return False
