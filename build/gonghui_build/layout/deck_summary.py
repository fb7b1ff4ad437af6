"""A subtitle of sentences printed under a headline, over its dateline.

An archive's text layer of an old paper prints an article's deck (引题 / 主题 / 副题) over
its dateline, and the 副题 is often a sentence or two that sums the story up
(``党和国家领导人出席大会。大会号召全国职工……``): a line of text, read as the article's
first paragraph, so that the dateline right under it seemed to open a second article
with no head. One line of such text, right under the head and right over the dateline,
is that head's subtitle, and the dateline goes on the same article. So is one such line
under a web copy's header rows (``来源：某某网 2022-07-20``), over the site's dateline: the
summary a news aggregator prints between its header and the text (session 35).
"""

from __future__ import annotations

from gonghui_build.layout.cues import dateline_prefix, item_marker
from gonghui_build.layout.display import opens_with_news_lead, restates
from gonghui_build.layout.index import title_key
from gonghui_build.layout.reader import Draft, Reader
from gonghui_build.layout.shapes import Shape
from gonghui_build.text.chars import without_spaces

#: Longest subtitle of sentences (characters): a deck's line, not a news item's text.
SUMMARY_MAX = 80


def summary_under_head(r: Reader, cur: Draft | None, anchor: int) -> bool:
    """The open article is a head and one line of text right under it, and ``anchor``
    (a dateline) follows that line: the line is the head's subtitle — not a brief's
    text, which names the headline's subject first and says it again."""
    if cur is None or cur.closed or cur.texted or cur.headline is None or len(cur.body) != 1:
        return False
    line = cur.body[0]
    block = r.blocks[line]
    text = without_spaces(block.plain)
    rows = range(max(cur.roles) + 1, line)
    web = bool(rows) and all(r.shapes[i] is Shape.FURNITURE for i in rows)
    return (
        r.shapes[line] is Shape.BODY
        and r.shapes[anchor] is Shape.DATELINE
        and (line == max(cur.roles) + 1 or web)
        and anchor == line + 1
        and len(block.lines) == 1
        and len(text) <= SUMMARY_MAX
        and dateline_prefix(text) is None
        and item_marker(text) is None
        and (web or not _brief_text(r, cur, text))
    )


def _brief_text(r: Reader, cur: Draft, text: str) -> bool:
    """The line reads as a brief's text under its head: it opens with a day or a word for
    lately, or names the headline's subject first and says it again. Under a web copy's
    header rows the line is the summary a news aggregator prints over the text, which
    says the title again by its nature (``某市总工会日前为…``, then ``某某网讯 …``)."""
    return opens_with_news_lead(text) or restates(title_key(r.blocks[cur.headline].plain), text)


def take_summary(cur: Draft) -> None:
    """The line becomes the head's subtitle (or stays the text's first paragraph when
    the head prints a subtitle of its own)."""
    if "subtitle" not in cur.roles.values():
        cur.roles[cur.body.pop()] = "subtitle"
