"""The role words of bylines and credits as the layout reads them, defined once (and the
marks before a byline and the separators between its names).

A byline or a credit names its reporters after a role word: the paper's own
(``本报记者``, ``本台通讯员``), a grade (``特约记者``, ``见习记者``, ``首席记者``), the paper,
station or media centre the reporter writes for (``某某职工报记者``, ``某某县融媒体中心记者``),
or an author's word (``作者``, ``撰稿``, ``读者``). The layout reads these words at the head
of an article (:mod:`cues`), in the credit closing it (:mod:`end_credits`) and in a title
about reporters (:mod:`role_titles`); each of them spelled its own regex of the words
before, each a little different. They are regex pieces here, read by all three, so that a
word added for one place is read in all. Which role a word gives the names after it is the
byline reader's business (``bylines.yaml``'s role_words, read by ``extract/bylines``).
"""

from __future__ import annotations

#: The paper's (station's, site's, magazine's) own reporter: ``本报记者``, ``本台记者``,
#: ``本站讯（职工通讯员 某某）``'s site; in traditional print too (``本報記者``).
OWN = r"(?:本报|本報|本刊|本台|本网|本站)"
#: A reporter's grade before the role: contracted (特约), trainee (见习, 实习), chief
#: (首席), resident (驻站), a converged newsroom's (全媒体; 融媒体, with the level of the
#: media centre before it: 县融媒体记者, as ``bylines.yaml`` lists them); traditional print's.
GRADE = r"(?:特约|见习|实习|首席|驻站|全媒体|[市县区]?融媒体|特約|見習|實習)"
#: The roles of those who report: reporter and correspondent (simplified and traditional),
#: and the photo journalist (``本报摄影记者 某某``, ``特约摄影 某某``: bylines.yaml).
ROLE = r"(?:摄影记者|記者|记者|通讯员|通訊員|(?<=特约)摄影)"
#: A trainee who reports with the paper's reporter and signs after them (``某某晚报记者
#: 某某 实习生 某某/文``), in traditional print too; no grade of 记者, a role word of its own.
TRAINEE = r"(?:实习生|實習生)"
#: A reporter's role word with what may stand before it in a byline: ``本报记者``,
#: ``特约通讯员``, ``本报见习记者``, ``记者``.
ROLE_WORD = rf"{OWN}?{GRADE}?{ROLE}"
#: A reporter's role word or a trainee's: what a name in a credit's list may follow
#: (``记者某甲 实习生某乙``), the name keeping the role it gives.
ROLE_OR_TRAINEE = rf"(?:{ROLE_WORD}|{TRAINEE})"
#: The paper, station, site or media centre a reporter writes for, named before the role
#: word (``某某职工报记者``, ``某某县融媒体中心记者``, ``某某网记者``): a copy from another
#: paper keeps its reporter's paper. A paper's app is named so too (``工人日报客户端记者
#: 某某``, with its trainees after: a workers' daily's app copy reposted on a provincial
#: news site, read on a real page, s40).
PAPER = r"[\u4e00-\u9fff]{2,10}?(?:报社|报|報|网|網|台|社|中心|站|客户端)"
#: A role word, perhaps qualified by the reporter's paper: ``某某日报记者``, ``本报记者``.
QUALIFIED_ROLE_WORD = rf"(?:{PAPER})?{ROLE_WORD}"
#: The roles that sign an article after a body's or a paper's name (``某某报评论员``,
#: ``某某网记者``): the reporters' and the commentator's.
SIGNING_ROLE = r"(?:记者|通讯员|评论员)"
#: Words that say the name after them wrote the item, not as a reporter: an author
#: (``作者``), a reader's letter (``读者``), a yearbook entry's or an item's writer
#: (``撰稿``, ``撰稿人``, ``撰写人``, ``撰文``).
AUTHOR_WORD = r"(?:读者|作者|撰稿人|撰稿|撰写人|撰文)"
#: The marks that close a photo credit after its names: who took the photo (``摄``,
#: ``摄影``), a photo report (``摄影报道``), the body or place that supplied it (``供图``).
#: Read by :mod:`cues` (a credit's names, a credit closing a caption, a slashed credit)
#: and :mod:`photo_sources` (the agency after the mark).
#: 文摄 (text and photos, 文/摄 without its slash) only after a blank or a slash: glued to
#: a name (某文摄) the 文 is the name's and the mark 摄. 图 (pictures by: ``某某 图``, as
#: city papers credit a photo) likewise only after a blank or a slash: glued to a word it
#: names a picture (示意图, 效果图), no credit; after 文/ it is the writer's byline's
#: (某某 文/图), which :mod:`cues` reads.
PHOTO_MARK = r"(?:摄影报道|摄影|(?<=[\s/／])文摄|摄|(?<=[\s/／])(?<!文[/／])图|供图)"
#: The marks a feature prints before its byline (``□本报记者 某某``), and so before a part's
#: label in the byline's place (``■编后``, ``●记者手记``: :mod:`part_labels`).
BYLINE_MARKS = "□■◇◆○●◎"
#: What parts the names of a byline or a credit, one from the next: blanks, enumeration
#: commas and commas (``记者 某某、某某``, ``某某，某某 摄``). Read by :mod:`cues`,
#: :mod:`end_credits`, :mod:`role_titles` and :mod:`title_marks`.
NAME_SEPARATOR = r"[\s、，,]+"
