"""A reporter's credit opening a text with no brackets, as regex pieces the dateline's
pattern (:mod:`cues`) reads: after a dateline (``本报讯 记者 某某 近日，…``) or alone at
the text's head (``通讯员 某某 1月18日，…``, ``某某日报记者某某报道 …``). Apart from
:mod:`cues` so that module keeps under its size.
"""

from __future__ import annotations

from gonghui_build.layout.role_words import QUALIFIED_ROLE_WORD, ROLE_OR_TRAINEE
from gonghui_build.text.numbers import MONTH_OR_DAY

#: What follows a role word in a sentence about the reporter, never a name: a caption
#: (``记者在新闻中心采访代表``), a lead (``记者从会上获悉``, ``记者们…``).
REPORTER_CLAUSE = r"(?!\s*(?:在|从|们|了解|获悉|来到|走进|采访|看到|注意到))"
#: The text's day or a word for lately, after a blank: the text begins there.
_TEXT_DAY = rf"[ \t\u3000]+(?={MONTH_OR_DAY}月|近日|日前|近期|连日来|昨天|昨日)"
#: What parts a key from its name: a slash, a bar or a colon, or blanks only.
_KEY_GAP = r"(?:[ \t\u3000]*[/／|｜丨:：][ \t\u3000]*|[ \t\u3000]+)"
#: The writer's keys and the photographer's: ``bylines.yaml``'s keyed_roles for reporter
#: and for photographer, less the supplier's 供图 (a test holds them to that file; written
#: out here because :mod:`cues` builds its dateline pattern when it is imported).
WRITER_KEYS = ("文字", "文")
PHOTOGRAPHER_KEYS = ("图片", "图", "摄影")
#: The writer's key and name, then the photographer's (``文 某某 图 某某``, ``文/某某 图/某某``):
#: a post's credit its copy ran on into the text's first line (s49).
_KEYED = (
    rf"(?:{'|'.join(WRITER_KEYS)}){_KEY_GAP}[\u4e00-\u9fff]{{2,4}}"
    rf"(?:[ \t\u3000]+(?:{'|'.join(PHOTOGRAPHER_KEYS)}){_KEY_GAP}[\u4e00-\u9fff]{{2,4}})?"
)
#: A reporter's credit opening a web copy's text with no brackets and no dateline: the
#: role word (its paper's name perhaps first, each name padded or glued to its role word:
#: ``记者某某 通讯员某某 9月13日，…``; a trainee after the reporter, ``实习生某某``), the
#: names apart by blanks, then the text's day
#: or a word for lately (``通讯员 某某 1月18日，…``), or names closed by 报道 and a blank;
#: or the keys of the writer and the photographer before their names, then the text's day.
BARE_CREDIT = (
    rf"(?:{QUALIFIED_ROLE_WORD}{REPORTER_CLAUSE}"
    r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}"
    rf"(?:[ \t\u3000]+(?:{ROLE_OR_TRAINEE}[ \t\u3000]*)?[\u4e00-\u9fff]{{2,4}}){{0,3}}"
    rf"{_TEXT_DAY}"
    rf"|{QUALIFIED_ROLE_WORD}{REPORTER_CLAUSE}[\u4e00-\u9fff、 ]{{2,20}}?报道(?=[ \t\u3000：:])"
    rf"|{_KEYED}{_TEXT_DAY})"
)
