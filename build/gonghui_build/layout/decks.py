"""A headline over an undashed deck line (副题).

A paper's head may print its deck under the headline with no dash before it
(``某某大会在西安开幕`` / ``三百余幅作品入展``). Read backwards from the anchor, two display
lines with no dash look like one headline broken over two lines; but a headline that
closes its clause with a verb taking no object after a phrase of place or time opened by
在 (``…在某地开幕``, ``…将在九月建成``) has nothing of itself left for the line under it:
that line is the deck. So has a headline that ends on the meeting it says was held
(``某某集团召开职工代表大会``), or on the meeting and the verb that opens or holds it
(``某区第四次工会代表大会召开``): the meeting closes its clause; so does a campaign
or an activity launched (``某某助企行活动启动``). A line that lists who attended,
names or bodies with no punctuation between them, then a verb of attendance (``某某 某某
出席``, ``某局 某局 联合主办``), is a deck whatever the headline over it says: no
headline reads so. The verbs live in ``reference/head_words.yaml``.
"""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.head_chrome import head_words
from gonghui_build.layout.index import title_key
from gonghui_build.layout.shapes import Shape
from gonghui_build.layout.under_title import slogan
from gonghui_build.text.names import is_name_shaped

#: Shortest whole headline over an undashed deck, and shortest deck (characters).
DECK_TITLE_MIN = 8
DECK_MIN = 4


def title_over_deck(blocks: list[Block], shapes: list[Shape], rest: list[int]) -> bool:
    """The head's last two lines (``rest``) are a whole headline and its deck with no
    dash: the upper line, one line, closes its clause with a verb of ``head_words.yaml``
    after 在, so nothing of its headline runs on into the line under it."""
    if len(rest) < 2 or any(shapes[i] is Shape.DASH for i in rest[-2:]):
        return False
    upper, lower = (title_key(blocks[i].plain) for i in rest[-2:])
    if any(mark in blocks[rest[-2]].plain for mark in ">＞:：") or lower in upper:
        return False  # a breadcrumb's last step naming the title, which the line under it is
    if lists_attendance(blocks[rest[-1]].plain):
        return len(blocks[rest[-2]].lines) == 1 and len(upper) >= DECK_MIN
    verb = next((v for v in head_words("deck_closing_verbs") if upper.endswith(v)), None)
    before = upper[: -len(verb)] if verb is not None else ""
    # a slogan under a meeting's greeting (``热烈祝贺某某运动会闭幕`` / ``新赛场 新风采``) is
    # the headline under its kicker, as in print
    event = names_a_meeting(before) or names_an_event(before)
    meeting = event and not slogan(blocks[rest[-1]].plain.strip())
    closed = verb is not None and ("在" in before or meeting)
    return (
        (closed or holds_meeting(upper))
        and len(blocks[rest[-2]].lines) == 1
        and len(upper) >= DECK_TITLE_MIN
        and len(lower) >= DECK_MIN
    )


def names_a_meeting(subject: str) -> bool:
    """The subject of a closing verb is a meeting (``某区第四次工会代表大会`` before
    ``召开``, ``某市职工运动会`` before ``开幕``): a word of a meeting's last (``…会``,
    ``…会议``) that is no body's suffix (``总工会``, ``委员会``, ``协会``: a body that holds,
    ``某区总工会召开`` / ``职工代表大会``, runs on into the meeting on the next line). The
    meeting opened or held closes the clause, as a verb after ``在…`` does."""
    return subject.endswith(("会", "会议")) and suffix_of(subject) is None


def names_an_event(subject: str) -> bool:
    """The subject of a closing verb is a campaign or an activity (``某某助企行活动`` before
    ``启动``; ``head_words.yaml`` deck_event_endings): launched, it closes the clause as a
    meeting held does, and the line under the headline is its deck."""
    return len(subject) > 2 and subject.endswith(tuple(head_words("deck_event_endings")))


#: Shortest meeting named after its holding verb (``召开职代会``, ``举行座谈会``).
MEETING_MIN = 3


def holds_meeting(line: str) -> bool:
    """A headline whose clause ends on the meeting it says was held (``某某集团召开三届四次
    职工代表大会``): a holding verb of ``head_words.yaml``, then the meeting as its object,
    the line's last word a meeting's (``…会``, ``…会议``). The object closes the clause, so
    nothing of the headline is left for the line under it: that line is its deck
    (``第三届工会委员会选举产生``), not the rest of a headline broken over two lines."""
    if not line.endswith("会") and not line.endswith("会议"):
        return False
    for verb in head_words("deck_holding_verbs"):
        at = line.rfind(verb)
        if at > 0 and len(line) - at - len(verb) >= MEETING_MIN:
            return True
    return False


#: What parts the names of an attendance deck: blanks, an enumeration comma.
_LIST_GAP_RE = re.compile(r"[\s\u3000、]+")
#: Longest verb phrase closing an attendance deck (``出席开幕式并致辞``).
ATTENDANCE_PHRASE_MAX = 10
#: Most names an attendance deck lists.
ATTENDANCE_NAMES_MAX = 8


def lists_attendance(line: str) -> bool:
    """A line of names, each a person's or a body's, parted by blanks or ``、``, the last
    followed by a verb of attendance of ``head_words.yaml`` (``某某 某某 出席并讲话``,
    ``某某总工会 某某局 联合主办``): who attended or held what the headline reports. It
    is a deck (副题): a headline names an event, never only its guests. ``等`` may close
    the list (``某某 某某等出席``)."""
    parts = [p for p in _LIST_GAP_RE.split(line.strip()) if p]
    if not parts or len(parts) > ATTENDANCE_NAMES_MAX + 1:
        return False
    last = parts[-1]
    found = (last.find(v) for v in head_words("deck_attendance_verbs"))
    at = min((i for i in found if i >= 0), default=-1)
    if at < 0 or len(last) - at > ATTENDANCE_PHRASE_MAX:
        return False
    names = [*parts[:-1], last[:at].removesuffix("等")] if at else parts[:-1]
    return bool(names) and all(is_name_shaped(n) or suffix_of(n) is not None for n in names)
