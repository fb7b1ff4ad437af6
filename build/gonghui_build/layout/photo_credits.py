"""A photo's credit (``冯一帆 摄``, ``本报记者 宋川 本报通讯员 梁立新 摄``, ``摄影/冯一帆``,
``/ 某地 供图``): the names it gives, and where it starts at the end of a caption's
line. :mod:`cues` reads the other cues of a line's start and end, and passes these on."""

from __future__ import annotations

import re

from gonghui_build.extract.people.composed import of_elements
from gonghui_build.layout import photo_sources, role_words
from gonghui_build.layout.credit_roles import credit_role
from gonghui_build.layout.end_credits import DOTTED_NAME_RE
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.names import is_name_shaped

#: A photo credit ends with one of these: ``冯一帆 摄``, ``…摄影报道``, ``…供图``.
_PHOTO_MARK_RE = re.compile(rf"\s*[/／]?\s*{role_words.PHOTO_MARK}$")
#: A photo's key before the names: with a slash or a colon (``摄影/某某``, ``摄影：某某``),
#: or a blank alone (``摄影 某某``, ``摄影 卢  某``: a photo page's credit under a caption).
_PHOTO_LEAD_RE = re.compile(r"^(?:摄影|图|摄)(?:\s*[/／:：]\s*|[ \u3000]+)")
_PHOTO_CREDIT_TAIL_RE = re.compile(
    r"(?:(?<=[。！？\s])|^)((?:本报记者\s*)?(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}\s*){1,3}"
    r"(?:[/／]?\s*摄影?|(?<=[\s/／])图)。?)$"
)
#: A photo credit set off from its caption's last sentence by a slash (``…参加。/ 某某 摄``,
#: ``…毛巾。/ 某地 供图``): a photo page's credit, naming a photographer or the place or
#: body that sent the photo.
_SLASH_CREDIT = rf"[/／]\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,11}}\s*{role_words.PHOTO_MARK}"
_SLASH_CREDIT_RE = re.compile(_SLASH_CREDIT)
_SLASH_CREDIT_TAIL_RE = re.compile(rf"(?<=[。！？”])\s*({_SLASH_CREDIT})$")
#: A body's credit for the photo it supplied, set off from the caption's last sentence by a
#: blank (``…参加培训。 某县总工会供图``): the union or the firm that sent the photo.
_SUPPLIED_TAIL_RE = re.compile(r"(?<=[。！？”])[ \u3000]+([\u4e00-\u9fff]{2,16}供图)$")


#: Marks that a square's byline prints for its writer who took the photos too.
_TEXT_AND_PHOTO_MARKS = ("文/", "文／", "文、")

#: A mark of text and photos after a blank (``某某 某某 文/摄``): the names wrote the text
#: too, a byline's, not a photo's credit alone (the lone 文 is not the end of the name before it).
_TEXT_AND_PHOTO_RE = re.compile(r"(?<=\s)文\s*[/／、]\s*摄$")

#: A photo credit's mark closed by a full stop, as old pages print it (``某某 摄。``).
_CLOSED_MARKS = ("摄。", "摄影。")


def credit_names(text: str) -> list[str] | None:
    """The names of a photo credit (``冯一帆 摄``, ``本报记者 宋川 本报通讯员 梁立新 摄``,
    ``摄影/冯一帆``), or None if ``text`` is not one."""
    plain = photo_sources.credit_text(text)  # 新华社发（某某 摄）, 某某摄（人民视觉）
    squared = plain[:1] in role_words.BYLINE_MARKS  # □某某 摄: a byline's square before it
    if squared:
        plain = plain[1:].strip()
    if plain.endswith(_CLOSED_MARKS):
        plain = plain[:-1]  # 记者 某某 摄。: an old page closes its credit as a sentence
    if plain[:1] in "（(" and plain[-1:] in "）)":
        plain = plain[1:-1].strip()
    if is_slash_credit(plain):
        plain = plain[1:].strip()  # / 某某 摄: a photo page's credit after its caption
    if _TEXT_AND_PHOTO_RE.search(plain):
        return None  # 某某 某某 文/摄: the writers' byline, read by the byline's reader
    body = _PHOTO_MARK_RE.sub("", plain)
    if body == plain:
        lead = _PHOTO_LEAD_RE.match(plain)
        if not lead:
            return None
        body = plain[lead.end() :]
    names = []
    roled = False  # a role word stands before the names (本报记者 某某 摄)
    for token in joined_letters(re.split(role_words.NAME_SEPARATOR, body)):
        while token and (role := credit_role(token)):
            token = token[role.end() :]
            roled = True
        if token:
            names.append(token)
    if not 1 <= len(names) <= 6 or len(without_spaces(body)) > 40:
        return None
    if not all(_credit_name(n, roled) for n in names):
        return None
    if squared and (roled or any(mark in plain for mark in _TEXT_AND_PHOTO_MARKS)):
        return None  # □本报记者 某某 摄, □某某 文/摄: a feature's byline, read as one
    return names


#: Least dictionary frequency of the words of a phrase that is no name (会议, 现场).
COMMON_WORD_FREQ = 100
#: A name after a role word that no surname list knows (萨仁高娃, 次仁多吉).
_ROLED_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,5}")


def _credit_name(token: str, roled: bool) -> bool:
    """A name in a credit: name-shaped, a dotted name, or (after a role word) any
    plausible name (a Mongolian or Tibetan name of four characters)."""
    if is_name_shaped(token) or DOTTED_NAME_RE.fullmatch(token) or of_elements(token):
        return True  # 苏和巴雅尔 摄: a Mongolian name of elements, with no role word too
    if not roled or not _ROLED_NAME_RE.fullmatch(token):
        return False
    words = tokenizer.cut(token)  # 会议现场: common words, no name
    return not all(len(w) >= 2 and tokenizer.frequency(w) >= COMMON_WORD_FREQ for w in words)


def joined_letters(tokens: list[str]) -> list[str]:
    """Single characters an OCR space parted (``刘 安``) joined back into one token."""
    out: list[str] = []
    for token in tokens:
        if len(token) == 1 and out and len(out[-1]) < 3 and out[-1][-1:] != "/":
            out[-1] += token
        else:
            out.append(token)
    return out


def is_slash_credit(text: str) -> bool:
    """A photo credit set off by a slash, cut from its caption (``/ 某某 摄``, ``/ 某地 供图``)."""
    return bool(_SLASH_CREDIT_RE.fullmatch(text.strip()))


def photo_credit_start(text: str) -> int | None:
    """Where a photo credit closing a caption starts (``图为比赛现场。许卫东 摄``, its
    agency perhaps after it: ``…小麦。某某摄（影像中国）``)."""
    sent = photo_sources.sent_credit_start(text)  # …。新华社发（某某 摄）
    if sent is not None and credit_names(text[sent:]):
        return sent
    alone = photo_sources.sent_alone_start(text)  # …。新华社发: no photographer named
    if alone is not None:
        return alone
    text = photo_sources.without_photo_source(text)
    tail = _SLASH_CREDIT_TAIL_RE.search(text.rstrip()) or _SUPPLIED_TAIL_RE.search(text.rstrip())
    if tail:  # ``/ 某某 摄`` or ``某县总工会供图`` after the caption's last sentence
        return tail.start(1)
    match = _PHOTO_CREDIT_TAIL_RE.search(text.rstrip())
    if not match or match.start(1) == 0:
        return None
    names = credit_names(match.group(1))
    return match.start(1) if names else None


#: A caption that opens with its credit (``某报记者 某某 报道 “职工书屋”里，…。``,
#: ``记者 某某 摄 比赛现场，…。``): a role word perhaps, one to three names, the mark
#: (摄, 报道) and a blank, then the caption's one sentence; web copies of e-papers print
#: the photo's credit first, over the byline and dateline of the text it illustrates.
_CREDIT_FIRST_RE = re.compile(
    r"^(?P<credit>(?:[\u4e00-\u9fff]{0,10}(?:记者|通讯员)[ \u3000]*)?"
    r"[\u4e00-\u9fff]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff]{2,4}){0,2}[ \u3000]*(?:摄影?|报道))"
    r"[ \u3000]+(?P<caption>\S.{4,80})$"
)
#: Longest caption after a credit that opens it.
CREDIT_FIRST_CAPTION_MAX = 80


def credit_opens_caption(text: str) -> bool:
    """A photo's caption whose credit comes first, its names name-shaped and the caption
    one sentence at most (it ends with 。 and holds no other)."""
    match = _CREDIT_FIRST_RE.match(text.strip())
    if not match:
        return False
    caption = match.group("caption").rstrip()
    if not caption.endswith("。") or "。" in caption[:-1]:
        return False
    credit = re.sub(r"报道$", "摄", match.group("credit"))
    return credit_names(credit) is not None
