"""Authors a web copy's header line names (``来源：京工网 作者：宋雨桐``): a line of
furniture, read for its author only, apart from the bylines and credits of the text
(:mod:`bylines`), whose byline reader it borrows for a value with role words."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.byline_tokens import role_marks
from gonghui_build.extract.bylines import FILE, parse_byline
from gonghui_build.extract.credits import names_a_paper
from gonghui_build.extract.facts import AuthorFact
from gonghui_build.extract.people.composed import of_elements
from gonghui_build.extract.spans import span_of
from gonghui_build.layout.end_credits import names_a_body
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.record_rows import COLON_KEY_GAP, spaced_keys
from gonghui_build.layout.square_credits import unpadded
from gonghui_build.text.names import is_name_shaped, is_transliterated
from gonghui_build.vocabulary import AuthorRole


@functools.cache
def _header_author_re() -> re.Pattern[str]:
    keys = lexicon.words(FILE, "header_author_keys").pattern
    # a colon, or a post's bar for one (``作者 | 某某``, as layout.furniture reads the field)
    # the value ends at its field's closing bracket (【作者：通讯员 某某】 【责任编辑：某某】)
    value = r"[^\s：:|丨｜】］\]]+"
    return re.compile(rf"(?:{keys})(?:[：:]|\s*[|丨｜])\s*({value}(?:[ 、，,]{value})*)")


def header_authors(p: Paragraph, page_source: str = "") -> list[AuthorFact]:
    """``来源：京工网 作者：宋雨桐``: the author a web copy's header line names (a line of
    furniture, read for its author only); a value with role words (作者：记者 某某 通讯员
    某某, 作者：见习记者 某某 摄) or role marks (作者：文/图 某某: the writer took the
    photos too, two rows as under a title) is read as a byline, each name in its role.
    ``page_source``: the source another row of the page names (``来源：某区总工会`` over
    the text, ``（作者：某某 编辑：某某）`` under it), for a row that names none."""
    match = _header_author_re().search(p.text)
    if match is None:
        return source_row_authors(p)
    value = _less_glued_key(match.group(1).rstrip("】］]）)"))  # 作者：某某信息来源：…
    value = _less_next_key(p.text, match.end(1), value)  # 作者：通讯员 某某 摄影：某某
    if lexicon.words(FILE, "role_words").in_text(value) or _marked(value):
        # 作者：记者 某某 通讯员 某某: the value is a byline, its role words no names
        found = [
            AuthorFact(
                a.name, a.role, None, span_of(p, a.start + match.start(1), a.end + match.start(1))
            )
            for a in parse_byline(value)
        ]
        return found + [a for a in field_authors(p) if all(b.name != a.name for b in found)]
    out = []
    # 作者：宣传部 某某: a writer of the institution's news office, the site's reporter
    office = any(names_a_body(t) for t in re.split(r"[ 、，,]+", value))
    role = AuthorRole.reporter if office else _header_role(p.text, page_source)
    keys = lexicon.words("page_furniture.yaml", "header_keys")  # 作者：某某 来源：…
    # 作者：芮 晓: a two-character name a site pads to the width of three, as a column pads
    # a byline's (■晏 飞), one name when it has a name's shape; two one-character names
    # are none
    if (name := unpadded(value)) != value:
        start, end = match.start(1), match.start(1) + len(value)
        return (
            [AuthorFact(name, role, None, span_of(p, start, end))] if is_name_shaped(name) else []
        )
    for name in re.finditer(r"[^ 、，,]+", value):  # less its closing bracket
        # 作者：宣传部 罗晶: the writer's department before the name names no author
        token = name.group(0)
        named = is_name_shaped(token) or is_transliterated(token)  # 作者：阿依古丽·吐尔逊
        named = named or of_elements(token)  # 作者：苏和巴雅尔: a Mongolian name, no surname
        if named and token not in keys and not names_a_body(token):
            start, end = match.start(1) + name.start(), match.start(1) + name.end()
            out.append(AuthorFact(token, role, None, span_of(p, start, end)))
    # 作者：某某　摄影：某某　来源：…: the row's other writers' fields, each in its role
    return out + [a for a in field_authors(p) if all(b.name != a.name for b in out)]


#: A field's colon and its value, up to the next blank or colon (``：某某县总工会``).
_FIELD_VALUE = r"\s*[：:]\s*([^\s：:]+)"
#: A header row's source field and its value (``来源：某某县总工会``).
_SOURCE_RE = re.compile(rf"来源{_FIELD_VALUE}")


def source_named(row: str) -> str:
    """The value of a header row's source field (``来源：某某县总工会``), a key glued after
    it left out; "" when the row has none."""
    return _field_value(_SOURCE_RE, row)


@functools.cache
def _unit_re() -> re.Pattern[str]:
    """A row's field naming the writer's unit (``单位：某区总工会``), after a blank or at
    the row's start (so no ``主办单位：`` of a footer)."""
    keys = lexicon.words(FILE, "writer_unit_keys").pattern
    return re.compile(rf"(?:^|(?<=\s))(?:{keys}){_FIELD_VALUE}")


def unit_named(row: str) -> str:
    """The value of a row's writer's-unit field (``作者：某某  单位：某区总工会``), a key
    glued after it left out; "" when the row has none."""
    return _field_value(_unit_re(), row)


def _field_value(field: re.Pattern[str], row: str) -> str:
    """The value ``field`` (a key, its colon, the value) finds in ``row``, a key glued after
    it left out (``来源：某区总工会发布时间：…``, no blank between); "" when none."""
    found = field.search(row)
    return _less_glued_key(found.group(1)) if found else ""


def _header_role(row: str, page_source: str = "") -> AuthorRole:
    """The role of a name a header row's 作者 field gives with no role word: a reporter
    when the row's source is a paper, a site or an agency (``来源：京工网``) or it names
    none (``来源：本站``); a union's or another body's own writer (``来源：某县总工会
    作者：某某``, a union's site posting its staff's text), no journalist: an author. The
    writer's unit the row names (``作者：某某  单位：某区总工会``) says it as a source
    does. A row that names neither (a closing ``（作者：某某 编辑：某某）``) takes the
    source ``page_source`` the page's header row names (a portal posting a union's item)."""
    value = source_named(row) or unit_named(row) or page_source
    own = value.startswith("本")  # 来源：本站: the site's own newsroom
    if value and names_a_body(value) and not names_a_paper(value) and not own:
        return AuthorRole.author
    return AuthorRole.reporter


def _less_next_key(text: str, end: int, value: str) -> str:
    """``作者：通讯员 某某 摄影：某某``: a value that runs to a colon ends with the next
    field's key (摄影), no word of its own: the value without it (a row of a county news
    site's fields, read on real pages, s42)."""
    if text[end : end + 1] not in ("：", ":"):
        return value
    head, blank, _key = value.rpartition(" ")
    return head.rstrip() if blank and head.strip() else value


def _less_glued_key(value: str) -> str:
    """``来源：某区总工会发布时间：…``: a site that prints its row's fields with no blank
    between glues the next field's key to the source; the key is no part of the source
    (the row under a district union's post, read on a real page, s40)."""
    key = lexicon.words("page_furniture.yaml", "header_keys").ending(value)
    return value[: -len(key)] if key and key != value else value


@functools.cache
def _source_row_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A header row's field key and its colon (``来源：``, ``发布时间：``), and a role word
    opening a credit in the row (``记者 某某``, after a blank, the row's start or the
    paper's name it is glued to: ``某某日报记者 某某``)."""
    keys = lexicon.words("page_furniture.yaml", "header_keys").pattern
    roles = lexicon.alternation(lexicon.keyed(FILE, "role_words"))
    papers = "".join(re.escape(m) for m in lexicon.words(FILE, "paper_marks").words if len(m) == 1)
    key_re = re.compile(rf"(?:{keys})\s*[：:]")
    return key_re, re.compile(rf"(?:^|(?<=[\s{papers}]))(?:{roles})")


def source_row_authors(p: Paragraph) -> list[AuthorFact]:
    """``2023-07-12 10:21 来源：某某日报 记者 某某``, ``记者：某某 来源：某某报``: a web
    copy's header row with no 作者 field that names the source's reporters by their role
    words, in the source's field or a field of their own. The names after the first role
    word, up to the row's next key, are read as a byline, each in its role; a row with
    no field key (no header row) or no role word gives nothing."""
    key_re, role_re = _source_row_res()
    if not key_re.search(p.text) or (role := role_re.search(p.text)) is None:
        return []
    after = key_re.search(p.text, role.end())
    credit = p.text[role.start() : after.start() if after else len(p.text)]
    credit = credit.rstrip(_FIELD_FRAME)
    return [
        AuthorFact(a.name, a.role, None, span_of(p, role.start() + a.start, role.start() + a.end))
        for a in parse_byline(credit)
        if is_name_shaped(a.name)
    ]


def _marked(value: str) -> bool:
    """A header's author value holding a role mark of its own (``文/图 某某``,
    ``某某 摄``): a byline's marks, which give each name its roles."""
    return any(token in role_marks() for token in value.split())


#: What may stand around a credit line's fields: its brackets, bars and blanks.
_FIELD_FRAME = " \t\u3000\u00a0（）()【】[]|｜丨"


@functools.cache
def _field_keys() -> tuple[re.Pattern[str], frozenset[str]]:
    """A field's key opening a furniture line's field (``撰稿：``, ``审核：``, ``编  辑：``,
    ``文/``), and the keys among them that name a writer: the keyed roles and the role
    words of ``bylines.yaml``. The others are an editor's or a header's keys of
    ``page_furniture.yaml``, whose values name no author."""
    furniture = lexicon.load("page_furniture.yaml")
    writers = [*lexicon.keyed(FILE, "keyed_roles"), *lexicon.keyed(FILE, "role_words")]
    others = [k for k in [*furniture["editor_keys"], *furniture["header_keys"]] if k not in writers]
    keys = spaced_keys([*writers, *others], COLON_KEY_GAP)
    frame = re.escape(_FIELD_FRAME)
    key_re = re.compile(rf"(?:^|(?<=[{frame}]))({keys})\s*[:：/／|｜丨]")
    return key_re, frozenset(writers)


def _despaced(key: str) -> str:
    return re.sub(r"\s", "", key)  # 编  辑 → 编辑


def field_authors(p: Paragraph) -> list[AuthorFact]:
    """``（撰稿：某某　审核：某某）``, ``拟稿人：某某 核稿人：某某 来源：某工会``,
    ``（通讯员：某某 编辑：某某）``: a credit line the layout keeps as furniture for its
    editor's or its source's field, whose other fields key the item's writers. Each
    writer's field is read as a byline (:func:`parse_byline`); the editors, reviewers and
    sources are no authors. A line that is not all fields, or whose fields are all a
    writer's (a yearbook's ``（撰稿：某某）`` under all its entries), gives nothing."""
    key_re, writers = _field_keys()
    keys = list(key_re.finditer(p.text))
    head = p.text[: keys[0].start()] if keys else ""
    out = _worded_head(p, head)  # （记者 某某 通讯员 某某 一审：某某）: writers before the fields
    if not keys or (head.strip(_FIELD_FRAME) and not out):
        return []
    if not out and all(_despaced(k.group(1)) in writers for k in keys):
        return []  # （撰稿：某某） alone: a yearbook's credit under all its entries, no field row
    for key, after in zip(keys, [*keys[1:], None], strict=True):
        if _despaced(key.group(1)) not in writers:
            continue
        end = after.start() if after else len(p.text)
        field = p.text[key.start() : end].rstrip(_FIELD_FRAME)
        out += [
            AuthorFact(a.name, a.role, None, span_of(p, key.start() + a.start, key.start() + a.end))
            for a in parse_byline(field)
        ]
    return out


def _worded_head(p: Paragraph, head: str) -> list[AuthorFact]:
    """``（记者 某某 通讯员 某某 一审：某某 终审：某某）``: a county media centre's closing
    credit names its writers after role words and a blank, then its reviewers in keyed
    fields (read on a real page, s42): the writers before the first field are a byline,
    read by :func:`parse_byline`; nothing when the head opens with no role word."""
    lead = len(head) - len(head.lstrip(_FIELD_FRAME))
    if not lexicon.words(FILE, "role_words").starting(head, lead):
        return []
    return [
        AuthorFact(a.name, a.role, None, span_of(p, lead + a.start, lead + a.end))
        for a in parse_byline(head[lead:].rstrip(_FIELD_FRAME))
    ]
