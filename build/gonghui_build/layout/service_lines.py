"""Service lines: the paper's or the site's own fields (``登报咨询电话：63522410``,
``发行热线:63523266 广告热线:63522410``, ``地址：某某路8号 邮编：100000``).

A cue word (``热线``, ``电话``, ``地址``, ``发行`` …, reviewed in
``reference/page_furniture.yaml``) is no evidence alone: headlines and news end on the
same words (``某某作品集出版发行``, ``市总工会公布维权热线``, ``12351热线：职工的…``). A line
is a service line only in a field's shape:

* a **short label** ending on the cue (at most ``LABEL_PREFIX_MAX`` characters before it,
  no digits), opening the line or after a blank, then a colon and a **value that is a
  field's** (digits, an e-mail; any value for a cue that takes text, ``地址``, ``联系人``),
  or the label glued to a phone number (``服务热线12351``); a longer label (a footer's
  ``某某集团读者监督电话:66660000``) only with a phone number;
* or a **bare label** alone on its line (``联系电话：`` over its number, a column's
  banner ``基层传真``, a site's name ``某某热线``), at most ``BARE_LABEL_MAX`` characters,
  maybe after the hotline's number (``12351职工热线``).
"""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon

#: Most characters of a label before its cue (``登报咨询`` in ``登报咨询电话``).
LABEL_PREFIX_MAX = 6
#: Most characters before the cue of a long label whose value is a phone number (a
#: footer's ``某某集团读者监督电话:66660000``).
LONG_LABEL_PREFIX_MAX = 14
#: Longest label alone on its line (``联系电话``, ``基层传真``, ``登报咨询电话``).
BARE_LABEL_MAX = 6
#: Fewest digits of a phone number after a label (a post code has six, a hotline five).
PHONE_DIGITS_MIN = 5


#: What may stand before a label: anything but a word's character — the line's start, a
#: blank or a bar between fields, an opening bracket (``（本报热线：63522410）``,
#: ``【服务热线】12351``), a slash or a list mark between two cues (``电话/传真：…``), the
#: semicolon after the field before (``主办：某某工会；电话：…``).
_LABEL_START = "(?<![\\u4e00-\\u9fff\\dA-Za-z])"
#: A phone number's run: digits, dashes, brackets, an extension, blanks inside it
#: (``010-6352 2410``, ``(029)87339475``, ``63522410转8``).
_PHONE_RUN = re.compile(r"[\d\-－()（）转/+ \u3000]*")
#: What ends a field's value: a blank or a bar before the next field.
_VALUE_END_RE = re.compile(r"[\s|｜]")
#: A label with digits or Latin letters in it is no short label of words.
_NOT_WORDS_RE = re.compile(r"[\dA-Za-z]")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = lexicon.load("page_furniture.yaml")
    cues = lexicon.alternation(data["service_cues"])
    label = f"(?P<label>[\\u4e00-\\u9fff\\dA-Za-z]{{0,{LONG_LABEL_PREFIX_MAX}}}?(?P<cue>{cues}))"
    # the label ends on its cue: a bracket, a blank, a colon, a digit or the line's end
    after = "(?=[】\\]\\s:：\\d]|$)[】\\]]?[ \\t\\u3000]*"
    field = re.compile(
        f"{_LABEL_START}{label}{after}(?P<colon>[:：])?[ \\t\\u3000]*(?=(?P<rest>.*))"
    )
    # a banner of a hotline's number and its label (``12351职工热线``) is one, too
    bare = re.compile(f"^(?:\\d{{5,}})?([\\u4e00-\\u9fff]{{0,{BARE_LABEL_MAX}}}(?:{cues}))[:：]?$")
    return field, bare, frozenset(data["service_text_cues"])


def _is_a_field(match: re.Match[str], text_cues: frozenset[str]) -> bool:
    """A field's value after its label. A short label of words only (at most
    ``LABEL_PREFIX_MAX`` before the cue) and a colon: digits (a phone, a post code, an
    issue code), an e-mail, or any value of a cue that takes text (which may follow a
    blank too). Any other label (longer, with digits, no colon) only with a phone number
    right after it: ``12351热线：职工的…`` names the line's subject, no field."""
    label, cue, rest = match["label"], match["cue"], match["rest"]
    value = _VALUE_END_RE.split(rest, maxsplit=1)[0]
    phone = _PHONE_RUN.match(rest).group()  # the run may be empty, never missing
    if sum(ch.isdigit() for ch in phone) >= PHONE_DIGITS_MIN:
        return True
    short = len(label) - len(cue) <= LABEL_PREFIX_MAX and not _NOT_WORDS_RE.search(label)
    if not short or not value:
        return False
    if cue in text_cues:
        return True
    return match["colon"] is not None and ("@" in value or any(ch.isdigit() for ch in value))


def is_service_line(compact: str, text: str) -> bool:
    """A service line by its field shape (see the module's docstring); ``compact`` is
    ``text`` without its blanks, ``text`` keeps the blanks that part its fields."""
    field, bare, text_cues = _patterns()
    banner = bare.match(compact)
    if banner and len(banner.group(1)) <= BARE_LABEL_MAX:
        return True
    return any(_is_a_field(m, text_cues) for m in field.finditer(text.strip()))


#: The day's weather a WeChat morning digest prints under its title (``今日，全省阴天。最高
#: 气温：…℃；最低气温：…℃``): the day, then the highest or lowest temperature in degrees.
_FORECAST_RE = re.compile(r"^(?:今日|今天|明日|明天)[，,：:].*?(?:最高|最低)气温.*?℃")


def is_forecast(compact: str) -> bool:
    """The day's weather forecast, the digest's own field like a hotline's, no news."""
    return _FORECAST_RE.match(compact) is not None
