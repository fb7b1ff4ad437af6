"""A title that names reporters is no byline.

A byline may name the reporter's paper, station or body before the role word
(``新华社记者 某某``, ``某某县融媒体中心记者 某某 某某``); what follows that role word is
names, perhaps with more role words and a mark (``文/图``, ``摄``). A union's title about its
own reporters prints the same words with the rest of a sentence after them (``某某总工会
举办通讯员培训``, ``某某公司基层通讯员集中“充电”``, ``某某区委会成立通讯员小组…``): read
on four real pages in session 28 (a city union's, a county union's, a mining group's and a
party's sites), each title read as a byline and its headline lost. Apart from :mod:`cues`
so that module keeps under its size.
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.layout.credit_roles import CREDIT_ROLE_RE
from gonghui_build.layout.role_words import NAME_SEPARATOR, ROLE_WORD, SIGNING_ROLE, TRAINEE
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.names import is_name_shaped

#: A role word opening a byline with at most a grade before it (``本报记者``, ``特约通讯员``):
#: the byline's reader takes these as they come.
_PLAIN_ROLE_RE = re.compile(rf"^{ROLE_WORD}")


@functools.cache
def _role_word_re() -> re.Pattern[str]:
    """The first role word of a byline that names its paper or body first, or the
    paper's station (``本报驻某市记者站 某某``: ``bylines.yaml``'s station_words), whose
    names follow it as a role word's do."""
    stations = lexicon.alternation(lexicon.words("bylines.yaml", "station_words").words)
    return re.compile(rf"(?:{stations}|{SIGNING_ROLE})")


#: A mark run on to the name before it (``某某摄``), or set after it with a slash
#: (``某某/文``, ``某某/摄``, ``某某/图``), as a copy from another paper signs its reporters
#: (``某某晚报记者 某某 实习生 某某/文``). Narrower than ``bylines.yaml``'s glued_marks
#: (报道, 摄, 摄影报道 … glued to a name, read by ``extract``): a title's reporters are
#: told by these few marks only, and reading that list here would change which titles
#: read as bylines (``记者某某报道``, left a token no name).
_GLUED_MARK_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:[/／]?(?:摄|文/图|文)|[/／]图)$")
#: What parts a byline's names: blanks, commas, and a role word run on to the name
#: before it (``某某首席记者 某某实习生 某某/文``: a copy from another paper).
_SEPARATOR_RE = re.compile(rf"{NAME_SEPARATOR}|(?<=[\u4e00-\u9fff]{{2}})(?:{ROLE_WORD}|{TRAINEE})")
#: A name the name lists may not know (``某某网记者 阿依古丽``), or one the OCR spaced
#: (``通讯员 楚 怡``), set apart by a blank.
_SHORT_RE = re.compile(r"[\u4e00-\u9fff]{1,4}")
#: Marks a byline may print after its names (who wrote, who took the photos) that
#: ``bylines.yaml``'s role_marks do not list: text and photos with the photos first
#: (``图/文``, ``图文``), who compiled the item (``整理``).
_MORE_MARKS = frozenset({"图/文", "图文", "整理"})


@functools.cache
def _marks() -> frozenset[str]:
    """The marks a byline prints after its names: ``bylines.yaml``'s role_marks (文, 摄,
    文/摄, 摄影报道 …) and the few more above."""
    return frozenset(lexicon.words("bylines.yaml", "role_marks")) | _MORE_MARKS


def names_after_role(text: str) -> bool:
    """``text`` (a line read as opening with a body's role word) has names after that
    role word, as a byline does; True for a byline opening with a plain role word, which
    this does not judge."""
    compact = without_spaces(text)
    if _PLAIN_ROLE_RE.match(compact):
        return True
    role = _role_word_re().search(text)
    if role is None:
        return True
    rest = text[role.end() :]
    tokens = [CREDIT_ROLE_RE.sub("", t) for t in _SEPARATOR_RE.split(rest)]
    tokens = [_GLUED_MARK_RE.sub("", t) for t in tokens]  # 记者某某摄: the mark run on
    tokens = [t for t in tokens if t and t not in _marks()]
    if tokens and (mark := lexicon.words("bylines.yaml", "neutral_marks").ending(tokens[-1])):
        tokens[-1] = tokens[-1][: -len(mark)]  # 某某日报记者某某报道: 报道 closes the names
    set_apart = rest[:1].isspace() and all(_SHORT_RE.fullmatch(t) for t in tokens)
    return bool(tokens) and (set_apart or all(is_name_shaped(t) or "·" in t for t in tokens))


def commas_part_names(text: str) -> bool:
    """``本报记者 某某，某某``, ``记者 某某，通讯员 某某``: commas in a byline under a
    headline that part its names, each part after the first a name with at most a role
    word before it. A title's commas part its clauses (``某某总工会举办通讯员培训，…``),
    and what follows them is no name."""
    parts = without_spaces(text).split("，")
    later = [_PLAIN_ROLE_RE.sub("", p) for p in parts[1:]]
    return bool(later) and all(is_name_shaped(p) for p in later)
