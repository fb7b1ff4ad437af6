"""Who organised an activity: the body its sentence says held it (由X主办), one opening
its name, the subject of an organising verb, or, with none named, the union whose work
the passage reports; never a venue, a guest, a host for another or a body cited."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.background import in_directive_clause
from gonghui_build.extract.activities.bystanders import is_bystander, joined_posts
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import TALK_TITLE, words
from gonghui_build.extract.facts import OrgFact, ResolvedOrg
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import ner
from gonghui_build.text.clauses import clause_start, in_spans, quoted_spans
from gonghui_build.text.names import split_name
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.text.places import DIVISION_END_CHARS
from gonghui_build.vocabulary import UNION_TYPES, Category

Resolver = Callable[[str, Paragraph, int], ResolvedOrg | None]


@functools.cache
def _going_to() -> re.Pattern[str]:
    return re.compile(rf"(?:{words('going_verbs').pattern})[^，。；：]*$")


@functools.cache
def _listed_after() -> re.Pattern[str]:
    """A list opened by a word of a venue or a guest, up to an item's 、 (在甲厂、)."""
    return re.compile(
        rf"(?:{words('venue_or_guest').pattern})[^，。；：、]{{1,24}}(?:、[^，。；：、]{{1,24}})*、$"
    )


@functools.cache
def _coordination() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{words('coordinating_adverbs').pattern})?(?:{words('coordinating_words').pattern})"
    )


def _coordinated(between: str) -> re.Match[str] | None:
    """The words between two bodies join them as one subject (甲工会联合乙公司, 甲、乙共同):
    a joining word, and at most a short word of the second body's name the recogniser left
    outside it (某街道工会联合会联合建行某支行: 建行, the bank's short name; real pages,
    s38: a Changsha street's union federation and a bank branch holding a workers' event
    together), no clause mark nor verb of organising in it."""
    joined = _coordination().match(between)
    if joined is None:
        return None
    rest = between[joined.end() :]
    if joined.end() == len(between):
        return joined
    short_word = len(rest) <= _LEFT_OUT and re.fullmatch("[\u4e00-\u9fff]+", rest)
    return joined if short_word and not words("verbs").in_text(rest) else None


#: The most characters of a body's name the recogniser may leave before it (建行, 中国).
_LEFT_OUT = 2


def is_venue_or_guest(text: str, start: int) -> bool:
    """An organisation after 在, 邀请… or a verb of going in its clause is the place or a
    guest of an activity, not its organiser (在区党校举办, 来到…服务站); so is a later
    item of a list such a word opens (在县钨矿、县农械厂开展…竞赛)."""
    if words("venue_or_guest").ending(text[max(0, start - 3) : start]):
        return True
    begin = clause_start(text, start)
    if _listed_after().search(text, begin, start):
        return True
    going = _going_to().search(text[begin:start])
    words("going_verbs").note_in(going[0][:2] if going else None)
    return bool(going)


#: An anniversary celebrated (庆祝某总工会成立100周年暨…竞赛): the body named is the one
#: celebrated, not the one holding the event.
_ANNIVERSARY = re.compile(rf"成立[\d{COUNT_NUMERALS}]+周年")


def is_cited(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """An organisation named inside a quoted title (a course on “转型期某工会的职能”) or
    as the body whose anniversary is celebrated is cited, never the organiser."""
    s_start, s_end = sentence
    quoted = quoted_spans(text[s_start:s_end])
    return in_spans(start - s_start, quoted) or bool(_ANNIVERSARY.match(text, end))


#: The title a talk is given under, before the speaker's verb (以《…》为题授课): the one
#: form of a talk's title (``grammar.TALK_TITLE``).
_TALK_TITLE = re.compile(TALK_TITLE)


def person_role(text: str, end: int) -> str | None:
    """What the person whose post an organisation ending at ``end`` opens does: "leads"
    a delegation (…副主席某某一行到…, …主席某某带队走访), comes as a "guest"
    (…主席某某出席启动仪式, …副主任某某为学员讲授), "goes" somewhere alone (…副主席
    某某到某支队调研: a visit of one official), or does something else ("person"); None
    when no person follows (titles and the name only between them)."""
    tagged = ner.words(text)
    after = [w for w in tagged if w.start >= end][:6]
    person = next((k for k, w in enumerate(after) if w.tag == "PER"), None)
    if person is None or not all(_in_post(text, w) for w in after[:person]):
        return None
    end = _without_glued_follower(text, after[person].start, after[person].end)
    rest = text[end : end + 48]
    rest = rest[len(words("speaker_titles").starting(rest) or "") :]  # 某某教授作…讲座
    rest = rest[len(words("person_fillers").starting(rest) or "") :]
    # 某学院副教授某某以《…》为题授课: the talk's title stands before the teacher's verb
    rest = rest[titled.end() :] if (titled := _TALK_TITLE.match(rest)) else rest
    rest = rest[:12]
    if words("leading_words_of_person").starting(rest):
        return "leads"
    if words("guest_verbs").starting(rest) or words("teaching_verbs").starting(rest):
        return "guest"
    if titled and words("titled_telling_verbs").in_text(rest):
        return "guest"  # 某协会副主席某某以“…”为题，与职工分享…: a speaker told by the title
    if rest.startswith("到") or words("going_verbs").starting(rest):
        return "goes"  # 某总工会副主席某某到某支队调研: one official's own visit
    return "person"


def _in_post(text: str, word) -> bool:
    """A word between a body and a person's name that is part of a post: a noun, a
    mark, or a title's modifier the recogniser tags as an adjective (盟行政公署|副|盟长),
    or a bracketed note on how the post is held (副主席|（|挂职|）: title_notes)."""
    if word.tag in ("n", "nz", "w"):
        return True
    if text[word.start : word.end] in lexicon.words("titles.yaml", "title_notes"):
        return True
    return (
        lexicon.titles().modifiers.starting(text[word.start : word.end])
        == text[word.start : word.end]
    )


def _hosts(text: str, here: list[OrgFact]) -> set[int]:
    """The organisations (indices in ``here``) that host an activity for another (乙承
    办, 丙协办), with those joined to them (乙、丙承办): never its organiser while another
    body is named."""
    hosts: set[int] = set()
    for k in range(len(here) - 1, -1, -1):
        # the words up to the clause's next mark: 乙大学继续教育学院承办的, 丙共同承办
        after = re.match("[^，。；、的]{0,12}", text[here[k].span.text_end :])[0]
        # 乙大学继续教育学院、丙培训基地承办: the item listed before a host
        end = here[k].span.text_end + len(after)
        between = text[end : here[k + 1].span.text_start] if k + 1 in hosts else ""
        joined = (
            between[:1] == "、" or bool(_coordination().fullmatch(between))
        ) and not re.search("[，。；]", between)
        if words("hosting_verbs").ending(after) or joined:
            hosts.add(k)
    return hosts if len(hosts) < len(here) else set()


def _subject(draft: ActivityDraft, p: Paragraph, here: list[OrgFact]) -> ResolvedOrg | None:
    """The subject of the activity's sentence followed by an organising verb: the one
    nearest the verb (公司工会坚持每年开展…, not the company named in the speaker's
    title before it), the first of coordinated subjects (通州区总工会和…共同召开)."""
    hosts = _hosts(p.text, here)
    for k in range(len(here) - 1, -1, -1):
        o = here[k]
        if k in hosts:
            continue  # 甲委托举办，乙、丙承办的培训班: the hosts run it for 甲
        if in_directive_clause(p.text, o.span.text_start):
            continue  # 落实某区委…要求: the body whose directive is carried out
        if words("speaker_titles").starting(p.text[o.span.text_end : o.span.text_end + 4]):
            continue  # 某学院副教授X作专题辅导: the guest's institution
        between = p.text[o.span.text_end : draft.name_start]
        if o.span.text_end <= draft.name_start and words("verbs").in_text(between):
            while k > 0 and (
                joined := _coordinated(p.text[here[k - 1].span.text_end : here[k].span.text_start])
            ):
                words("coordinating_adverbs").note_in(joined[0])
                words("coordinating_words").note_in(joined[0])
                k -= 1
            return here[k].resolved
    return None


def first_body(written: str) -> str:
    """The first of the bodies a written organiser joins (甲与乙联合 → 甲; 甲总工会和乙工
    会 → 甲总工会): 和 only after a body's last word (…会), as it joins words inside names
    (人力资源和社会保障局)."""
    joiners = words("organiser_joiners")
    joiners.note_in(written)
    first = re.split(joiners.pattern, written)[0]
    return re.split("(?<=会)和", first)[0]


def organiser_of(
    draft: ActivityDraft, p: Paragraph, orgs: Sequence[OrgFact], resolve_org: Resolver
) -> ResolvedOrg | None:
    """Who organised an activity, as the text says: 由X承办; an organisation opening its
    name (北京排水集团…培训班; a visit's names its host instead); or the subject of its
    sentence followed by an organising verb. A venue (在…) or a guest (邀请…专家) is not
    an organiser."""
    if draft.organiser_text:
        found = resolve_org(draft.organiser_text, p, draft.organiser_offset or 0)
        first = first_body(draft.organiser_text)
        if found is None and first != draft.organiser_text:
            found = resolve_org(first, p, draft.organiser_offset or 0)
        if found:
            return found
    s_start, _ = draft.sentence
    here = sorted(
        (
            o
            for o in orgs
            if o.span.paragraph == p.seq
            and s_start <= o.span.text_start < draft.trigger_end
            and not is_venue_or_guest(p.text, o.span.text_start)
            and not is_cited(p.text, o.span.text_start, o.span.text_end, draft.sentence)
        ),
        key=lambda o: o.span.text_start,
    )
    roles = joined_posts(p.text, here, [person_role(p.text, o.span.text_end) for o in here])
    # 省总工会副主席某某一行到某市慰问: the delegation's; 某总工会副主席某某到某支队调研:
    # the visit of one official going there is the official's union's as well
    going = ("leads", "goes") if draft.category == Category.visit else ("leads",)
    leading = [o for o, role in zip(here, roles, strict=True) if role in going]
    if leading:
        return leading[-1].resolved
    if "guest" in roles:
        # A的副主席甲，B的主席乙出席…: every post listed before the guests' verb is a guest's
        last = max(k for k, role in enumerate(roles) if role == "guest")
        here = [o for k, o in enumerate(here) if k > last or roles[k] is None]
    for o in here:
        in_name = draft.name_start <= o.span.text_start < draft.trigger_end
        if in_name and draft.category != Category.visit and not is_cadres_word(p.text, o):
            return o.resolved
    return _subject(draft, p, here)


def is_cadres_word(text: str, o: OrgFact) -> bool:
    """An area's union read out of 工会干部, union officials (某县工会干部培训班, 某区工会
    干部履职能力提升专题培训班): those the course is for, no body holding it; the county's
    or district's federation that holds such a course is named as 总工会 where it is
    named (real pages, s37: three county and district courses of three provinces so)."""
    return bool(_AREA_UNION.fullmatch(o.name_as_written)) and text.startswith(
        "干部", o.span.text_end
    )


#: An area's name and 工会, not 总工会 (某县工会, 某区工会): read out of 某县工会干部.
_AREA_UNION = re.compile(f"[^总]{{1,12}}[{DIVISION_END_CHARS}]工会")


def unions_in_order(orgs: Sequence[OrgFact], texts: dict[int, str]) -> list[tuple]:
    """The union bodies an article names, each with where it is named (paragraph in
    reading order, offset), but for those named only as overseeing, honoured or acting in
    a passive (:mod:`.bystanders`): read once for all the article's activities."""
    order = {seq: i for i, seq in enumerate(texts)}
    return [
        ((order.get(o.span.paragraph, -1), o.span.text_start), o.resolved, _acting(o, texts))
        for o in orgs
        if o.resolved.type in UNION_TYPES
        and not (o.span.paragraph in texts and is_bystander(texts[o.span.paragraph], o, orgs))
        and not (o.span.paragraph in texts and is_cadres_word(texts[o.span.paragraph], o))
    ]


def _acting(o: OrgFact, texts: dict[int, str]) -> bool:
    """Whether a union is named as one that may act, not as a venue, a guest or a partner
    (在某工会, 邀请某工会, 与某工会开展座谈交流: ``venue_or_guest``)."""
    text = texts.get(o.span.paragraph)
    return text is None or not is_venue_or_guest(text, o.span.text_start)


def nearest_union(unions: list[tuple], here: tuple[int, int]):
    """The union body named last before ``here`` (:func:`unions_in_order`): the union
    whose work the passage reports (in an interview round-up, the speaker's, not the
    article's first). A lead reporting its event before any body (…培训班在区委党校举办;
    区总工会主席…作开班动员 after it) has the first union named after it in that
    paragraph or the next, but for one named as a venue, a guest or a partner there
    (…并与某学院工会开展了座谈交流: the body the group met, not the one that sent it)."""
    before = [(where, resolved) for where, resolved, _ in unions if where < here]
    if before:
        return max(before, key=lambda u: u[0])[1]
    after = [
        (where, resolved)
        for where, resolved, acting in unions
        if acting and where > here and where[0] <= here[0] + 1
    ]
    return min(after, key=lambda u: u[0])[1] if after else None


def names_other_bodies(draft: ActivityDraft, p: Paragraph, orgs: Sequence[OrgFact]) -> bool:
    """Whether the sentence names, before the activity, a body that is no union and not
    a venue or guest: then no union organised it by default."""
    return names_before(draft, p, orgs, draft.name_start, unions=False)


def names_before(
    draft: ActivityDraft, p: Paragraph, orgs: Sequence[OrgFact], end: int, unions: bool
) -> bool:
    """Whether the activity's sentence names, before ``end``, a body that is a union
    (``unions``) or that is none, and is no venue or guest there."""
    s_start = draft.sentence[0]
    return any(
        o.span.paragraph == p.seq
        and s_start <= o.span.text_start < end
        and (o.resolved.type in UNION_TYPES) == unions
        and not is_venue_or_guest(p.text, o.span.text_start)
        for o in orgs
    )


def _without_glued_follower(text: str, start: int, end: int) -> int:
    """Where a person span the recogniser read ends, without a word following names it
    glued to a three-character name (苗振华为学员讲授: ``people.yaml`` name_followers, as
    :func:`..people.glued_followers.before_a_glued_verb` cuts it); a four-character span a
    name's shape fits (欧阳振为) is kept whole."""
    if end - start != 4 or split_name(text[start:end]) is not None:
        return end
    followers = lexicon.words("people.yaml", "name_followers")
    return end - 1 if followers.starting(text, end - 1) else end
