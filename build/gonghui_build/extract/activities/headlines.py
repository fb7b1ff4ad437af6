"""An activity named only in its article's headline: a report whose body tells of the
event in words that name none of their own (原本九点开始的报告会…, 会上…, 当日…) while its
headline names it (某地劳模事迹巡回报告会走进某市, 某区总工会赴某地召开返乡务工者座谈会).
Read only when the body names no activity, so a headline restating the body's event
adds nothing. A news item's lead reports the headline's event (11月18日，…赴某市…; 连日来，
…每天有200名职工前来就餐): its place and count are the activity's, read as the body's
activities read theirs. A title line printing a speech's occasion (——在某县工会第三次代表
大会上的报告) names the meeting it was given at, held, beside the body's own activities."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.activities.grammar import categories, words
from gonghui_build.extract.activities.participant_counts import count
from gonghui_build.extract.activities.places import place_of
from gonghui_build.extract.activities.same_names import same_name
from gonghui_build.extract.facts import Participants
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text import tokenizer
from gonghui_build.vocabulary import Category, Status

#: The lines above a body that title its article (the kicker may name the event:
#: 市总工会开展“…”公益活动 over a headline quoting a worker).
HEADLINE_ROLES = ("kicker", "headline", "subtitle")
#: A title line that is the occasion of the speech printed under it, the whole line (a
#: clause citing a speech in a body, 学习…在某会上的讲话, is background: ``background``).
_SPEECH_TITLE = re.compile(
    r"^(?P<lead>\s*在)(?P<occasion>[^，。；]{4,40}?)上的(?:重要|主题|总结)?"
    r"(?:讲话|工作报告|报告|致辞|发言)$"
)


def headline_activities(
    paragraphs: Sequence[Paragraph],
) -> tuple[list[Paragraph], list[ActivityDraft]]:
    """The article's title lines and the activities they name, each draft's
    ``paragraph`` an index into those lines. Only named ones: a headline's unnamed visit
    (某区总工会走访慰问一线职工) sums up the body's own trips (先后到…工地), which the
    body reports."""
    heads = [p for p in paragraphs if p.role in HEADLINE_ROLES]
    drafts = find_activities([_occasion_only(_without_dash(p.text)) for p in heads])
    return heads, [d for d in drafts if d.titled]


def _occasion_only(line: str) -> str:
    """A speech's title line with all but its occasion blanked, offsets kept (在…上的报告
    read whole is a speech cited, no news); any other line as it is."""
    found = _SPEECH_TITLE.match(line)
    if found is None:
        return line
    start, end = found.span("occasion")
    return " " * start + line[start:end] + " " * (len(line) - end)


def with_speech_occasion(
    paragraphs: Sequence[Paragraph], body: list[Paragraph], drafts: list[ActivityDraft]
) -> tuple[list[Paragraph], list[ActivityDraft]]:
    """The body's activities (:func:`placed_by_headline`) and, after them, the meeting a
    title line names as the occasion of the speech the article prints, held (a work report
    to a union congress tells of the years' campaigns, the congress is the day's event),
    or the meeting the headline names when the body goes on telling it bare
    (:func:`_goes_on_bare`), unless the body names it itself; its title line joins the
    ``body`` the drafts index."""
    lines, heads = headline_activities(paragraphs)
    drafts = named_by_headline(lines, heads, placed_by_headline(lines, heads, drafts))
    continued = _goes_on_bare(body)
    body, known = list(body), [(d.name, d.category) for d in drafts]
    for head in heads:
        line = lines[head.paragraph]
        if head.category != Category.meeting or not head.name:
            continue
        said = _SPEECH_TITLE.match(_without_dash(line.text))
        if (said is None and not continued) or same_name(known, head.name) is not None:
            continue
        body.append(line)
        drafts.append(replace(head, paragraph=len(body) - 1, status=Status.held))
    return body, drafts


def _goes_on_bare(body: Sequence[Paragraph]) -> bool:
    """The body's first paragraph opens by speaking of a meeting bare (大会选举产生了…,
    会议听取了…): it tells the rest of the meeting its headline names, never named in the
    body (a jump page's rest of a congress report, 上接第1版; real_dev30's gold keeps the
    congress beside the plenary held after it). A body naming its own meeting first
    (某日，某工会召开…) is read as it stands. The meeting word must be a word of its own
    followed by what the meeting did or when (a verb, an adverb, a preposition, 期间):
    会议室, 大会堂, 会议精神 and 会议中心 open with the same characters and tell no meeting."""
    first = next((p.text.lstrip() for p in body if p.role == "body"), "")
    if words("meeting_back_references").starting(first) is None:
        return False
    tokens = tokenizer.tag_tokens(first[:12])
    return (
        len(tokens) > 1
        and tokens[0].word in words("meeting_back_references")
        and tokens[1].tag.startswith(_TELLING_TAGS)
    )


#: The parts of speech after a bare meeting word that go on telling the meeting: a verb
#: (选举, 听取), an adverb (还), a preposition (由) or a word of place and time (期间, 上).
_TELLING_TAGS = ("v", "d", "p", "f")


def named_by_headline(
    lines: Sequence[Paragraph], heads: Sequence[ActivityDraft], drafts: Sequence[ActivityDraft]
) -> list[ActivityDraft]:
    """The body's first activity, an unnamed visit in its first paragraph (连日来，…带领
    机关干部走访A、B等12家单位，为…送去防暑降温用品), is the programme its headline names
    under a quoted title no activity of the body names (区总工会深入企业开展“夏送清凉”活动,
    某县总工会开展“冬送温暖”走访慰问活动): it takes that name and kind; a campaign's round
    of sites is no one place (act25: real_dev25's and real_dev26's gold, three round-ups
    of a season's visits under their campaign's title). A headline going on to a site
    (“夏送清凉”走进轴承企业) names a visit: the kind and the place stay (real_dev5)."""
    out = list(drafts)
    first = out[0] if out else None
    if first is None or (first.name and first.titled) or first.paragraph != 0:
        return out
    if first.category != Category.visit:
        return out
    known = [(d.name, d.category) for d in out]
    for head in heads:
        if not head.name or "“" not in head.name or same_name(known, head.name) is not None:
            continue
        if head.category not in (Category.campaign, Category.visit):
            continue
        # a programme of visits by its title (“冬送温暖”走访慰问活动) stays a visit
        kind = Category.visit if _visits_by_title(head, lines) else head.category
        place = None if kind == Category.campaign else first.place
        out[0] = replace(first, name=head.name, titled=True, category=kind, place=place)
        break
    return out


def _visits_by_title(head: ActivityDraft, lines: Sequence[Paragraph]) -> bool:
    """A programme whose title holds a verb of visiting (“冬送温暖”走访慰问活动), or a
    headline going on after it to a site (“夏送清凉”走进轴承企业)."""
    visiting = [w for w, kind in categories().items() if kind == Category.visit]
    after = lines[head.paragraph].text[head.trigger_end :]
    return any(w in (head.name or "") for w in visiting) or words("going_verbs").in_text(after)


def _without_dash(text: str) -> str:
    """A subtitle's opening dash (——某某活动群像素描) blanked, offsets kept: no part of
    the name."""
    dashes = len(text) - len(text.lstrip("—"))
    return " " * dashes + text[dashes:]


def reported_in_lead(draft: ActivityDraft, lead: str) -> ActivityDraft:
    """A headline's activity with the place and participant count its article's
    ``lead`` paragraph gives: the caller passes only a lead that opens with a date, the
    occasion it reports, in a news item or a feature (one opening 今年以来… sums up a
    year's work and reports no one occasion). The whole paragraph is the mention the
    readers look around: its first sentence may set the scene (近日，某地连降大雪。…
    为200余名快递员送去热饮…)."""
    if not lead.strip():
        return draft
    whole = (0, len(lead))
    place = draft.place or place_of(lead, whole, whole, draft.category == Category.visit)
    participants = draft.participants
    if participants is None:
        found = count(lead, 0, len(lead), draft.category)
        if found:
            _, q, unit, written = found
            participants = Participants(int(q.value), unit, q.qualifier, written)
    return replace(draft, place=place, participants=participants)


def placed_by_headline(
    lines: Sequence[Paragraph],
    heads: Sequence[ActivityDraft],
    drafts: Sequence[ActivityDraft],
) -> list[ActivityDraft]:
    """The body's activities, the first one the headline names again with its place
    given that place when the body gives none (某县第三届职工运动会在县体育馆开幕 over
    9月12日，…某县第三届职工运动会开幕。): the headline says where the body's event was
    held. Only a headline activity with a name of its own, of the same kind and whose
    name is the body's, or holds it or is held in it. ``lines`` and ``heads``: the
    article's :func:`headline_activities`, read once by the caller."""
    if all(d.place for d in drafts):
        return list(drafts)
    placed = [h for h in heads if h.place and not _launched(h, lines[h.paragraph].text)]
    out = []
    for d in drafts:
        same = next((h for h in placed if d.place is None and _restated(h, d)), None)
        if same is not None:
            placed.remove(same)
            d = replace(d, place=same.place)
        out.append(d)
    return out


def _launched(head: ActivityDraft, line: str) -> bool:
    """A campaign, or one launched where the headline says (…系列活动在某公园启动): the
    place is the launch's, the programme runs on elsewhere, as the tuning gold of
    real_dev2 and real_dev3 reads programmes launched at a venue."""
    launch = words("starting_verbs").in_text(line[head.trigger_end :])
    return head.category == Category.campaign or launch is not None


def _restated(head: ActivityDraft, body: ActivityDraft) -> bool:
    """The body's activity is the headline's: of one kind, one name holding the other
    (quotation marks aside), more than the trigger word."""
    if head.category != body.category or not head.name or not body.name:
        return False
    a, b = (n.replace("“", "").replace("”", "") for n in (head.name, body.name))
    short, long = sorted((a, b), key=len)
    return len(short) > len(body.trigger) + 1 and short in long
