"""Posts printed between a body's name and a person's (某公司技术主管、高级技师某某,
某厂农机站站长某某): whether a phrase reads as a post, the posts of a list of them, and
the unit of the body a post names before it. Split from :mod:`.titles` (which re-exports
these for its importers) so that the chain reader and the described-post reader each
keep a module of their own size."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text.chars import is_written_word_char

#: The longest phrase read as a described post between a body's name and a person's.
MAX_POST = 7


def is_post(phrase: str) -> bool:
    """A phrase ending like a title (主任医师, 数控班班长), an occupation (细纱挡车工,
    快递员) or another post held at a body (技术主管, 民警), and no noun that states no
    post (职工); in Chinese characters (〇 among them: 二〇一车间主任)."""
    titles = lexicon.titles()
    if not phrase or not all(is_written_word_char(c) for c in phrase):
        return False
    if lexicon.words("titles.yaml", "not_posts").ending(phrase):
        return False  # 职工, and 老职工, 一线职工: a kind of person, no post
    if titles.at_end.search(phrase) or lexicon.words("titles.yaml", "post_endings").ending(phrase):
        return True
    return lexicon.words("people.yaml", "occupation_endings").ending(phrase) is not None


def posts_of(phrase: str) -> list[tuple[int, str]]:
    """The posts of a phrase between a body's name and a person's, with their offsets
    in it: the phrase itself, or each post of a list of them (某公司技术主管、高级技师
    张三 holds both at the body), when each part is a phrase of a post's length and
    reads as a post or a kind of person (某公司工人、高级技师张三: 工人 is no post, yet
    stands in the list) and the last, the one printed next to the name, is a post: a
    part ending in a name (某区委书记甲、区长乙) makes the phrase a list of people, each
    with their own title."""
    parts = phrase.split("、")
    if not parts[-1] or not _post_sized(parts[-1]):
        return []
    if any(not part or not (_post_sized(part) or _listed_post(part)) for part in parts[:-1]):
        return []
    kinds = lexicon.words("titles.yaml", "not_posts")
    if not all(is_post(part) or kinds.ending(part) for part in parts[:-1]):
        return []
    if not is_post(parts[-1]):
        return []
    posts, offset = [], 0
    for part in parts:
        if is_post(part) and not kinds.ending(part):
            posts.append((offset, part))
        offset += len(part) + 1
    return posts


#: The longest post of a list of a person's posts before its last (某院某型号总设计师、
#: 研究员某某; 某公司某事业部某产线钣金工、高级技师某某): award lists print
#: the first post with the unit and line it is held at, the last next to the name.
_MAX_LISTED_POST = 16


#: The longest phrase of posts read between a body's name and a person's: a long first
#: post, the 、, and a post next to the name.
MAX_POSTS_PHRASE = _MAX_LISTED_POST + MAX_POST + 2


def _listed_post(part: str) -> bool:
    """A post before the 、 of a list of a person's posts, however long its unit: it
    ends like a post and holds no name (the 、 then joins two people)."""
    return len(part) <= _MAX_LISTED_POST and is_post(part)


#: The longest unit of a body read before a post longer than ``MAX_POST`` with it.
_MAX_UNIT_BEFORE_POST = 6


def _post_sized(part: str) -> bool:
    """A part of a post's length: a post of ``MAX_POST`` characters or fewer, or one
    with a unit of the body before it (质检部|值班调度长, 研发质量部|试验线班长: a
    department's or a section's name, ``_unit_before_post``), an award list's usual
    way of naming where the post is held."""
    if len(part) <= MAX_POST:
        return True
    unit, post = _unit_before_post(part)
    return bool(unit) and _unit_sized(unit) and len(post) <= MAX_POST


#: The longest works or branch of a body read before a unit of its own in a post.
_MAX_WORKS = 7


def _unit_sized(unit: str) -> bool:
    """A unit of a unit's length before a post (精整车间), or a works or branch of the
    body and a unit of it (热轧厂|精整车间, 炼油厂|常减压车间: ``org_suffixes.yaml``
    works_with_units), each of a unit's length: an enterprise's report names the
    workshop a post is held at inside the works it belongs to."""
    if len(unit) <= _MAX_UNIT_BEFORE_POST:
        return True
    works = lexicon.words("org_suffixes.yaml", "works_with_units")
    for end in range(2, min(_MAX_WORKS, len(unit) - 2) + 1):
        ending = works.ending(unit, end)
        if ending and len(ending) < end and len(unit) - end <= _MAX_UNIT_BEFORE_POST:
            return True  # the works' name, more than its ending, then a unit's
    return False


#: The particle that may join a unit and its head's title (装卸队|的|队长).
_PARTICLE = "的"


def unit_and_head(post: str) -> tuple[str, str]:
    """``农机站站长``, ``数控班副班长``, ``装卸队的队长``: a unit named by the character its
    head's title opens with (站|站长, 班|班长, 队|的|队长: the particle 的 may join them)
    is the organisation the title is held at, inside the body before it; ("", post)
    when the post names no unit."""
    match = lexicon.titles().at_end.search(post)
    if match is None or match.start() == 0 or match.group("union") or match.group("inner"):
        return _unit_before_post(post)
    base, unit_end = match.group("base"), match.start()
    if unit_end > 2 and post[unit_end - 1] == _PARTICLE:
        unit_end -= 1  # 装卸队|的|队长: the team's head
    if len(base) < 2 or post[unit_end - 1] != base[0]:
        return _unit_before_post(post)
    return post[:unit_end], match.group(0)


def _unit_before_post(post: str) -> tuple[str, str]:
    """``法律援助站律师``, ``铸锻分厂电焊工``, ``心内科主任医师``: a unit of the body (its
    name ending like a unit, ``org_suffixes.yaml`` unit_endings, or like a department,
    ``titles.yaml`` department_endings, as a title chain reads it) printed before the post
    is the organisation the post
    is held at, inside the body before it; the shortest such unit leaving a post of two
    characters or more wins; the ending alone (分厂厂长) names no unit; ("", post) when
    the post names none."""
    units = lexicon.words("org_suffixes.yaml", "unit_endings")
    departments = lexicon.words("titles.yaml", "department_endings")
    for end in range(2, len(post) - 1):
        unit = units.ending(post, end) or departments.ending(post, end)
        rest = post[end + 1 :] if post[end] == "的" else post[end:]  # 某车间|的|维修电工
        if unit and len(unit) < end and is_post(rest):
            return post[:end], rest
    return "", post
