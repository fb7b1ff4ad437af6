"""Authors a web copy's header line names (``来源：京工网 作者：宋雨桐``): a line of
furniture, read for its author only, apart from the bylines and credits of the text
(:mod:`bylines`), whose byline reader it borrows for a value with role words."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.bylines import FILE, parse_byline
from gonghui_build.extract.facts import AuthorFact
from gonghui_build.extract.spans import span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.names import is_name_shaped
from gonghui_build.vocabulary import AuthorRole


@functools.cache
def _header_author_re() -> re.Pattern[str]:
    keys = lexicon.words(FILE, "header_author_keys").pattern
    return re.compile(rf"(?:{keys})[：:]\s*([^\s：:]+(?:[ 、，,][^\s：:]+)*)")


def header_authors(p: Paragraph) -> list[AuthorFact]:
    """``来源：京工网 作者：宋雨桐``: the author a web copy's header line names (a line of
    furniture, read for its author only); a value with role words (作者：记者 某某 通讯员
    某某, 作者：见习记者 某某 摄) is read as a byline, each name in its role."""
    match = _header_author_re().search(p.text)
    if match is None:
        return []
    value = match.group(1).rstrip("】］]）)")
    if lexicon.words(FILE, "role_words").in_text(value):
        # 作者：记者 某某 通讯员 某某: the value is a byline, its role words no names
        return [
            AuthorFact(
                a.name, a.role, None, span_of(p, a.start + match.start(1), a.end + match.start(1))
            )
            for a in parse_byline(value)
        ]
    out = []
    keys = lexicon.words("page_furniture.yaml", "header_keys")  # 作者：某某 来源：…
    for name in re.finditer(r"[^ 、，,]+", match.group(1)):
        if is_name_shaped(name.group(0)) and name.group(0) not in keys:
            start, end = match.start(1) + name.start(), match.start(1) + name.end()
            out.append(AuthorFact(name.group(0), AuthorRole.reporter, None, span_of(p, start, end)))
    return out
