"""People named in an article, and the titles the text gives them.

Rules, strongest first:

* **captions and speaker lines** — ``东城区总工会主席 高立群``: the whole block is a title
  chain and a name;
* **title before name** — ``市总工会党组书记、副主席严卫东``: a title (``reference/
  titles.yaml``) directly followed by a name-shaped string (a surname from
  ``reference/surnames.yaml`` and one or two given-name characters) that is followed
  by a word that follows names (表示, 在, 说…) or punctuation;
* **speech verb** — ``…，陶文静表示``: a name-shaped string between punctuation and a
  verb of saying;
* **repeated name** — a name found by a rule above, printed again in the article;
* **surname and title** — ``李主席``, ``郭书记``: the one person of the article with that
  surname.

jieba is one signal among these: its dictionary vetoes common words that look like names
(融会贯通, 高兴), and its segmentation settles a name's length when the words after
it do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations import PLACE_LEVELS, is_bare_suffix, org_ending_at
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_plausible_name, parse_titled_name, split_name
from gonghui_build.text.tokenizer import Token, tag_tokens

#: Words that follow a name in running text.
NAME_FOLLOWERS = (
    "表示",
    "说",
    "认为",
    "介绍",
    "指出",
    "强调",
    "谈道",
    "谈到",
    "说道",
    "坦言",
    "提出",
    "建议",
    "希望",
    "告诉",
    "透露",
    "在",
    "作",
    "做",
    "就",
    "也",
    "等",
    "同志",
    "一行",
    "代表",
    "结合",
    "根据",
    "同样",
    "为",
    "对",
    "向",
    "到",
    "来",
    "和",
    "与",
    "及",
    "主持",
    "出席",
    "参加",
    "宣讲",
    "讲话",
    "致辞",
    "带领",
    "率",
    "一起",
    "分别",
    "先后",
    "还",
    "则",
    "更",
    "首先",
    "现场",
    "以",
    "从",
    "通过",
    "针对",
    "的",
    "是",
    "有",
    "将",
    "要",
    "已",
    "曾",
    "作为",
    "任",
    "兼",
    "会见",
    "看望",
    "慰问",
    "调研",
    "考察",
    "陪同",
    "很",
    "深",
    "同",
    "主讲",
    "授课",
    "作了",
)
#: Verbs of saying that follow a name with no title before it.
SPEECH_VERBS = (
    "表示",
    "认为",
    "介绍",
    "指出",
    "强调",
    "谈道",
    "谈到",
    "说道",
    "坦言",
    "提出",
    "透露",
    "感慨",
    "告诉记者",
    "笑着说",
    "说",
)
#: Characters before a name that leave it standing alone (start of a clause).
_CLAUSE_START = "，。；：！？、“”‘’（）《》 \n"
_SEGMENT_SEPS = "、，,"
_CHAIN_STOPS = "。；：！？“”‘’（）《》\n"


@dataclass(frozen=True)
class TitleClaim:
    """One title of a chain, with the organisation as written (or inherited)."""

    title: str
    title_normalised: str
    org_written: str | None  # as written, e.g. 区总工会; None when the text names none
    org_offset: int | None  # offset of the organisation text in the paragraph
    start: int  # span of organisation + title in the paragraph
    end: int
    from_caption: bool = False


@dataclass(frozen=True)
class NameHit:
    name: str
    start: int  # span of the name as printed in the paragraph
    end: int
    source: str
    confidence: float
    claims: tuple[TitleClaim, ...] = ()


def _follows_name(text: str) -> bool:
    if not text:
        return True
    if not is_cjk(text[0]):
        return True
    return text.startswith(NAME_FOLLOWERS)


def name_after(text: str, pos: int, tokens: list[Token] | None = None) -> str | None:
    """The name that starts at ``pos``, judged by the words after it."""
    sizes = (4, 3) if text[pos : pos + 2] in lexicon.surnames().compound else (3, 2)
    for size in sizes:
        candidate = text[pos : pos + size]
        if len(candidate) < size or not is_plausible_name(candidate, strong_context=True):
            continue
        if _follows_name(text[pos + size : pos + size + 4]):
            return candidate
    # the words after it do not settle the length: ask jieba
    tokens = tokens if tokens is not None else tag_tokens(text)
    after = [t for t in tokens if t.start >= pos][:2]
    if not after or after[0].start != pos:
        return None
    first = after[0].word
    if len(first) == 1 and len(after) > 1 and len(first + after[1].word) <= 3:
        first += after[1].word  # jieba split the name: 赵/秦岭
    if 2 <= len(first) <= 3 and is_plausible_name(first, strong_context=True):
        return first
    return None


def _segment_start(text: str, end: int) -> int:
    k = end - 1
    while k >= 0 and text[k] not in _SEGMENT_SEPS + _CHAIN_STOPS:
        k -= 1
    return k + 1


def parse_chain(
    text: str, end: int, tokens: list[Token] | None = None, caption: bool = False
) -> list[TitleClaim]:
    """The title chain that ends at ``end``: ``密云区政协副主席、区总工会党组书记、主席``.

    Read right to left, one segment (organisation? + title) between separators at a
    time. A segment without an organisation inherits the one to its left; ``工会主席``
    after ``北京现代党委副书记`` is the 主席 of 北京现代工会.
    """
    titles = lexicon.titles()
    tokens = tokens if tokens is not None else tag_tokens(text)
    raw: list[tuple[int, int, re.Match[str], str]] = []  # start, end, title, org as written
    pos = end
    while pos > 0:
        seg_start = _segment_start(text, pos)
        match = titles.at_end.search(text[seg_start:pos])
        if not match:
            break
        title_start = seg_start + match.start()
        org_text = text[seg_start:title_start]
        more = True  # whether the chain may go on to the left
        if org_text and not caption:
            span = org_ending_at(text, title_start, tokens)
            if span is None:
                org_text, seg_start, more = "", title_start, False
            else:
                org_text, more = span.written, span.start == seg_start
                seg_start = span.start
        raw.insert(0, (seg_start, pos, match, org_text))
        if not more or seg_start == 0 or text[seg_start - 1] not in _SEGMENT_SEPS:
            break
        pos = seg_start - 1
    claims: list[TitleClaim] = []
    inherited: tuple[str, int] | None = None
    for start, stop, match, org_text in raw:
        org: tuple[str, int] | None
        if (
            org_text
            and inherited
            and is_bare_suffix(org_text)
            and inherited[0].endswith(PLACE_LEVELS)
        ):
            org = (inherited[0] + org_text, start)  # 青龙湖镇 + 总工会
            inherited = org
        elif org_text:
            org = (org_text, start)
            inherited = org
        else:
            org = inherited
        if match.group("union"):
            base = org[0] if org else ""
            org = (base + titles.union_body, org[1] if org else stop - len(match.group(0)))
        claims.append(
            TitleClaim(
                title=match.group(0),
                title_normalised=titles.normalise(match),
                org_written=org[0] if org else None,
                org_offset=org[1] if org else None,
                start=start,
                end=stop,
                from_caption=caption,
            )
        )
    return claims


def caption_person(text: str) -> NameHit | None:
    """The person of a portrait caption or speaker line, with their titles."""
    titled = parse_titled_name(text)
    if titled is None:
        return None
    # read the chain without spaces (工 会常 务副主席), then map back to the text
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in positions)
    name_start = positions[titled.name_offset]
    name_end = positions[titled.name_offset + len(titled.name) - 1] + 1
    claims = [
        replace(
            c,
            start=positions[c.start],
            end=positions[c.end - 1] + 1,
            org_offset=positions[c.org_offset] if c.org_offset is not None else None,
        )
        for c in parse_chain(compact, titled.name_offset, caption=True)
    ]
    return NameHit(titled.name, name_start, name_end, "", 0.95, tuple(claims))


def titled_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """Names right after a title in running text, with the chain of titles before."""
    hits = []
    titles = lexicon.titles()
    surnames = lexicon.surnames()
    for match in titles.regex.finditer(text):
        name = name_after(text, match.end(), tokens)
        if not name:
            continue
        before = text[max(0, match.start() - 1) : match.start()]
        if surnames.is_surname(before) and (
            match.start() < 2 or not is_cjk(text[match.start() - 2])
        ):
            continue  # 宁主席张罗的队伍: 宁主席 addresses someone; what follows is no name
        claims = parse_chain(text, match.end(), tokens)
        if not any(c.org_written and not is_bare_suffix(c.org_written) for c in claims):
            # a title of no particular body (听企业工会主席谈体会) may be generic: the
            # name must not be an ordinary word
            surname, given = split_name(name) or (name[:1], name[1:])
            if not surnames.is_common(surname) and tokenizer.frequency(given) >= 200:
                continue
        weak = match.group("base") in titles.weak and not match.group("mod")
        if weak:
            # 劳模代表郜秀梅: a weak title of no body is a description, not a post
            claims = [c for c in claims if c.org_written]
        hits.append(
            NameHit(
                name,
                match.end(),
                match.end() + len(name),
                "title_before_name",
                0.7 if weak else 0.9,
                tuple(claims),
            )
        )
    return hits


#: Titles that may follow a name directly (习近平总书记, 韩立平书记, 张三主席).
TITLES_AFTER_NAME = (
    "总书记",
    "书记",
    "主席",
    "董事长",
    "总经理",
    "局长",
    "部长",
    "区长",
    "市长",
    "县长",
    "镇长",
    "院长",
    "校长",
    "主任",
    "同志",
)


def names_before_titles(text: str, tokens: list[Token]) -> list[NameHit]:
    """``习近平总书记指出``, ``韩立平书记的讲话``: a name jieba reads as one word, right
    before a title that is not itself followed by a name."""
    hits = []
    titles = "|".join(TITLES_AFTER_NAME)
    for match in re.finditer(titles, text):
        start = match.start()
        token = next((t for t in tokens if t.end == start), None)
        if token is None or not 2 <= len(token.word) <= 3:
            continue
        if name_after(text, match.end(), tokens):
            continue  # 区委书记张三: the name follows the title
        if token.tag in ("nr", "nrfg") and is_plausible_name(token.word, strong_context=True):
            title = match.group(0)
            claim = TitleClaim(title, title, None, None, token.start, match.end())
            claims = () if title == "同志" else (claim,)
            hits.append(
                NameHit(token.word, token.start, token.end, "name_before_title", 0.85, claims)
            )
    return hits


def appositive_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """``毋晓红，延庆区香水园街道总工会主席，去年…``: a name opening a clause, then its
    title chain set off by commas."""
    hits = []
    titles = lexicon.titles()
    for match in re.finditer(r"(?:^|(?<=[。！？；”\n]))([\u4e00-\u9fff]{2,4})，", text):
        name = match.group(1)
        if not is_plausible_name(name, strong_context=True):
            continue
        rest = match.end()
        stop = min((i for i in (text.find(p, rest) for p in "，。；") if i >= 0), default=len(text))
        if not titles.at_end.search(text[rest:stop]):
            continue
        claims = parse_chain(text, stop, tokens)
        if not claims or claims[0].start != rest:
            continue
        hits.append(
            NameHit(name, match.start(1), match.end(1), "name_before_title", 0.85, tuple(claims))
        )
    return hits


def speech_names(text: str, known: set[str]) -> list[NameHit]:
    """``…，陶文静表示``: a name at the start of a clause before a verb of saying."""
    hits = []
    verbs = lexicon.alternation(SPEECH_VERBS)
    for match in re.finditer(verbs, text):
        v = match.start()
        for size in (3, 2, 4):
            start = v - size
            if start < 0:
                continue
            candidate = text[start:v]
            after_noun = text[:start].endswith(lexicon.titles().person_nouns)
            if start > 0 and text[start - 1] not in _CLAUSE_START + "的" and not after_noun:
                continue
            if candidate not in known and not is_plausible_name(candidate, strong_context=False):
                continue
            surname = split_name(candidate)[0]  # type: ignore[index]
            common = lexicon.surnames().is_common(surname)
            # “…。”蔚玉芬说: the speaker of a quotation just closed
            quoted = start > 0 and text[start - 1] == "”"
            if candidate not in known and not (common or after_noun or quoted):
                continue
            hits.append(
                NameHit(candidate, start, v, "speech_verb", 0.9 if candidate in known else 0.6)
            )
            break
    return hits


def repeated_names(text: str, names: set[str], taken: list[tuple[int, int]]) -> list[NameHit]:
    """Further occurrences of names already found in the article."""
    hits = []
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(re.escape(name), text):
            s, e = match.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            glued = (
                len(name) == 2 and s > 0 and is_cjk(text[s - 1]) and text[s - 1] not in "、和与及"
            )
            if glued and not lexicon.titles().at_end.search(text[max(0, s - 8) : s]):
                continue  # a two-character name glued to the word before: only after a title
            hits.append(NameHit(name, s, e, "repeated_name", 0.85))
            taken.append((s, e))
    return hits


def surname_titles(text: str, people: dict[str, set[str]]) -> list[NameHit]:
    """``李主席``: the one person of the article with that surname (and that title)."""
    hits = []
    bases = lexicon.alternation(lexicon.titles().bases)
    for match in re.finditer(f"([\u4e00-\u9fff])({bases})", text):
        surname, base = match.group(1), match.group(2)
        if (
            match.start() > 0
            and is_cjk(text[match.start() - 1])
            and text[match.start() - 1] not in "、和与及"
        ):
            continue
        candidates = [
            n for n, bases_of in people.items() if split_name(n) and split_name(n)[0] == surname
        ]  # type: ignore[index]
        if len(candidates) != 1:
            continue
        name = candidates[0]
        if people[name] and not any(b.endswith(base) for b in people[name]):
            continue
        hits.append(NameHit(name, match.start(1), match.end(2), "surname_title", 0.75))
    return hits
