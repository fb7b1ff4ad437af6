"""A reporter's credit opening a text with no brackets, as regex pieces the dateline's
pattern (:mod:`cues`) reads: after a dateline (``本报讯 记者 某某 近日，…``) or alone at
the text's head (``通讯员 某某 1月18日，…``, ``某某日报记者某某报道 …``). Apart from
:mod:`cues` so that module keeps under its size.
"""

from __future__ import annotations

from gonghui_build.layout.role_words import QUALIFIED_ROLE_WORD, ROLE_WORD
from gonghui_build.text.numbers import MONTH_OR_DAY

#: What follows a role word in a sentence about the reporter, never a name: a caption
#: (``记者在新闻中心采访代表``), a lead (``记者从会上获悉``, ``记者们…``).
REPORTER_CLAUSE = r"(?!\s*(?:在|从|们|了解|获悉|来到|走进|采访|看到|注意到))"
#: A reporter's credit opening a web copy's text with no brackets and no dateline: the
#: role word (its paper's name perhaps first), the names apart by blanks, then the text's day
#: or a word for lately (``通讯员 某某 1月18日，…``), or names closed by 报道 and a blank.
BARE_CREDIT = (
    rf"(?:{QUALIFIED_ROLE_WORD}{REPORTER_CLAUSE}"
    r"[ \t\u3000]+[\u4e00-\u9fff]{2,4}"
    rf"(?:[ \t\u3000]+(?:{ROLE_WORD}[ \t\u3000]*)?[\u4e00-\u9fff]{{2,4}}){{0,3}}"
    rf"[ \t\u3000]+(?={MONTH_OR_DAY}月|近日|日前|近期|连日来|昨天|昨日)"
    rf"|{QUALIFIED_ROLE_WORD}{REPORTER_CLAUSE}[\u4e00-\u9fff、 ]{{2,20}}?报道(?=[ \t\u3000：:]))"
)
