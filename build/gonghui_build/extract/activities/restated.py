"""A later plain name that restates an activity already read, in a frame that refers
back: 作为本年首场线上职工读书分享活动 (作为…), “暖冬行动”是帮助…的专项活动 (the
predicate of 是 whose subject is an activity), 某街道此次职工大联欢主题活动 (此次 inside
the name). A plain name is one with no unit, title, edition or place of its own; a name
in such a frame with a day of its own is left alone. (在…中 is no such frame: 在分组讨论中,
在去年的技能比武中拿了第二名 tell other sessions and other contests.) A bare 活动 that
opens its clause (活动在某山举办) is the subject taking up the activity just read. A
quoted short form made of the first characters of a quoted name's items (“访、听、解”
活动 after “访企业、听心声、解难题”活动) is that name again. A name again, or a photo
caption much like an activity's sentence, is that activity (:func:`same_activity`)."""

from __future__ import annotations

import re

from gonghui_build.extract.activities import links, naming
from gonghui_build.extract.activities.cues import activity_subject
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.extract.activities.same_names import same_name, similarity
from gonghui_build.extract.activities.specific_names import has_proper_element
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category, Status

#: How alike a photo caption and the sentence of an activity must be to be the same.
CAPTION_SIMILARITY = 0.15


def _refers_back(text: str, s_start: int, m: Mention) -> bool:
    """The name stands in a frame that refers to an activity already reported."""
    clause = clause_start(text, m.start, s_start)
    before = text[clause : m.start]
    # the copula may stand clauses before its predicate (是促进…，为…提供服务的专项活动)
    said = text[s_start : m.start]
    copula = re.search("(?<![一二三四五六七八九十])是[^。；！？]*的$", said)
    subject = re.split("[，,]", said[: copula.start()])[-1] if copula else ""
    return bool(
        before.startswith("作为")
        or (copula and ("”" in subject or patterns().trigger.search(subject)))
        or words("anaphora").in_text(text[m.start + 1 : m.end])
    )


def restated(
    found: list[ActivityDraft], text: str, span: tuple[int, int], m: Mention
) -> int | None:
    """The index in ``found`` of the latest activity of the mention's category that the
    mention restates, or None."""
    if not m.trigger or has_proper_element(text[m.start : m.end]):
        return None
    if not _refers_back(text, span[0], m):
        return None
    if any(d.day or d.month for d in find_dates(text[span[0] : span[1]])):
        return None  # 3月8日，…: one with a day of its own
    for i in range(len(found) - 1, -1, -1):
        if found[i].category == m.category:
            return i
    return None


def bare_subject(
    found: list[ActivityDraft], paragraph: int, text: str, span: tuple[int, int], m: Mention
) -> int | bool:
    """活动在某山脚下举办, 活动吸引了五千多名职工参与: a bare head (活动, 行动) that opens
    its clause with no word of its own is the subject that takes up the activity just
    read, whatever its kind (a walk, a fair), so what its clause says (the place, the
    count) is that activity's. Asked only of a mention no activity of its own kind
    takes up. The latest activity, of this paragraph or the one before; False (no
    activity) otherwise."""
    bare = text[m.start : m.end]
    if not found or bare != m.trigger or bare not in words("campaign_heads"):
        return False
    if clause_start(text, m.start, span[0]) != m.start:
        return False  # 开展活动, 参加活动: the object of a verb, told by other rules
    return len(found) - 1 if found[-1].paragraph >= paragraph - 1 else False


def _items(name: str) -> list[str]:
    """The items of the quotation a name opens with (its opening mark may be cut)."""
    quoted = re.match("“?([^“”]+)”", name)
    return quoted.group(1).split("、") if quoted else []


def abbreviated(known: list[tuple[str | None, Category]], name: str, kind: Category) -> int | None:
    """The index of the activity of ``kind`` read so far whose quoted items ``name``'s
    quoted items begin, one for one (“访、听、解” of “访企业、听心声、解难题”): the
    short form the report uses once the name is given, not another programme."""
    short = _items(name)
    if len(short) < 2 or any(len(item) > 2 for item in short):
        return None
    for i, (full, full_kind) in enumerate(known):
        items = _items(full.lstrip("“") if full else "")
        if (
            full_kind == kind
            and len(items) == len(short)
            and all(len(k) > len(s) and k.startswith(s) for k, s in zip(items, short, strict=True))
        ):
            return i
    return None


def told_talk(found: list[ActivityDraft], paragraph: int, text: str, m: Mention) -> int | None:
    """The held talk event (某某劳模工匠宣讲活动, 某宣讲团报告会) of this paragraph or the
    one before that a talk told by its head alone, or with a word of its kind or manner
    (劳模工匠A、B、C开展事迹宣讲, 三位劳模工匠分别进行了宣讲, 为40余名职工开展精彩宣讲),
    is part of: its index in ``found``, or None. The event's name holds the head, or
    names an event made of talks (劳模事迹报告会…报告会邀请三位劳模作事迹宣讲)."""
    head = m.trigger
    if m.category != Category.lecture or head not in words("told_talk_heads"):
        return None
    own = text[m.start : m.end - len(head)]
    if len(own) > 2 or "“" in own or has_proper_element(own):
        return None
    # 报告会邀请…作事迹宣讲 names the event it tells of: a caption may stand between
    reach = 3 if words("talk_events").in_text(text[: m.start]) else 1
    for i in range(len(found) - 1, -1, -1):
        d = found[i]
        if d.paragraph < paragraph - reach:
            return None
        held_talks = head in d.name or words("talk_events").in_text(d.name)
        if d.category == Category.lecture and held_talks and d.name != d.trigger:
            words("told_talk_heads").found(head)
            return i
    return None


def totalled_visits(
    found: list[ActivityDraft], text: str, span: tuple[int, int], m: Mention
) -> int | None:
    """The round of visits a sentence of totals tells again (…组成4个慰问组，分赴各县走访
    慰问…。 …截至目前已走访慰问企业87家、职工5300余人): an unnamed visit after a
    totals opening (``totals_openings``) is the latest visit or campaign of the article
    read as held, part of nothing; not the totals of every level's unions (全市各级工会
    共慰问…: a season's campaign, :func:`.cues.season_totals`)."""
    if m.category != Category.visit or "“" in text[m.start : m.end]:
        return None
    # up to the verb: the name of a visit told by its verb may open with the totals' words
    verb = text.rfind(m.trigger, m.start, m.end) if m.trigger else m.start
    before = text[span[0] : verb if verb >= 0 else m.start]
    if not words("totals_openings").in_text(before) or words("all_level_unions").in_text(before):
        return None
    if tallies_rounds(text, m):
        return None  # 据统计，2023年度…共开展各类帮扶慰问活动37场次: a tally of its own
    for i in range(len(found) - 1, -1, -1):
        d = found[i]
        if d.category in (Category.visit, Category.campaign) and d.parent is None:
            return i if d.status != Status.planned else None
    return None


#: A count of rounds held (37场次, 42场, 三期): what a tally of many events counts; not an
#: ordinal (第3期培训班: one round of a series) nor a single round (一场, 1次).
_ROUND_UNITS = "(?:场次|场|期|次|轮)"
_TALLIED_ROUNDS = re.compile(
    rf"(?<![第\d{COUNT_NUMERALS}])(?!(?:1|一){_ROUND_UNITS})"
    rf"(?:\d+|[{COUNT_NUMERALS}]+){_ROUND_UNITS}(?!人)"
)


def tallies_rounds(text: str, m: Mention) -> bool:
    """The mention's clause counts the rounds held (共开展各类帮扶慰问活动37场次): a
    year's tally of many events, one programme of its own, not the round of visits just
    read told again (one round is counted by the homes and people visited, never in
    场次). Real shape: a county union's item on its Spring Festival visits closing with
    the past year's totals (real_dev31's gold has the tally a row of its own)."""
    return _TALLIED_ROUNDS.search(text[m.start : clause_end(text, m.start)]) is not None


def told_by_its_subject(
    found: list[ActivityDraft], paragraph: int, text: str, span: tuple[int, int], m: Mention
) -> int | None:
    """举办“清凉送健康”义诊活动。活动邀请某医院医生为200余名环卫工人义诊。: a sentence
    whose subject is the activity just read (活动, 此次活动: :func:`.cues.activity_subject`)
    tells that activity's work; a mention of its own kind there, with no name or day of
    its own, is that activity told again (real pages, s37 acts32: a Fujian district's and
    an Inner Mongolia street union's free clinics, told by 活动 and then by what the
    doctors did). The latest activity, of this paragraph only (a campaign's parts told in
    the next paragraph by 此次…活动重点开展… are parts, not the campaign again), if it is
    of the mention's kind."""
    if not found or found[-1].paragraph != paragraph or found[-1].category != m.category:
        return None
    if not activity_subject(text, (span[0],)) or has_proper_element(text[m.start : m.end]):
        return None
    if any(d.day or d.month for d in find_dates(text[span[0] : span[1]])):
        return None  # 活动于7月9日再次走进…: a round of its own
    return len(found) - 1


def launched_in_its_sentence(
    found: list[ActivityDraft], paragraph: int, text: str, span: tuple[int, int], m: Mention
) -> int | None:
    """…系列活动在某公园启动，近两千名职工参加了启动仪式: a bare launch ceremony in the
    sentence that launches the campaign just read is that launch told again, no event of
    its own (one told in a later sentence is: :func:`.launch_venues.launch_at_its_venue`)."""
    if not found or m.trigger not in words("launch_ceremonies"):
        return None
    last = found[-1]
    bare = text[m.start : m.end] == m.trigger
    here = (last.paragraph, last.sentence) == (paragraph, span)
    return len(found) - 1 if bare and here and last.category == Category.campaign else None


def told_before(
    found: list[ActivityDraft],
    paragraph: int,
    text: str,
    span: tuple[int, int],
    campaigns_and_words: tuple[list[int], str],
    m: Mention,
) -> int | None:
    """The activity already read that the mention ``m`` tells again or is a part of, asked
    in turn: a thing given within it; a visit of a campaign of the sentence (开展“两节”送
    温暖活动，…走访慰问困难职工; 行动期间，…逐户走访: ``campaigns_and_words``, the
    sentence's campaigns and words); the same visit; a restatement (作为首次举办的…线上
    活动); a talk of a talk event read (劳模工匠A、B开展事迹宣讲); the visits a sentence
    of totals counts (截至目前已走访慰问…). None when it is none."""
    campaigns, sentence_words = campaigns_and_words
    lookups = (
        lambda: links.given_within(found, paragraph, text, span, m),
        lambda: launched_in_its_sentence(found, paragraph, text, span, m),
        lambda: links.campaign_hosting(found, campaigns, sentence_words, m),
        lambda: links.same_visit(found, paragraph, text, span, m),
        lambda: restated(found, text, span, m),
        lambda: spoken_at(found, text, m),
        lambda: session_of_meeting(found, text, span, m),
        lambda: told_talk(found, paragraph, text, m),
        lambda: totalled_visits(found, text, span, m),
        lambda: told_by_its_subject(found, paragraph, text, span, m),
        lambda: subjects_of_the_course(found, paragraph, text, span, m),
    )
    return next((i for lookup in lookups if (i := lookup()) is not None), None)


def spoken_at(found: list[ActivityDraft], text: str, m: Mention) -> int | None:
    """在座谈会上发言, 在推进会上表示: a bare trigger framed by 在…上, the very word of an
    activity already read in the article, is the occasion someone spoke at, that activity
    again, not another (act25: real_dev26's gold, a research tour's forum where two
    people spoke). A name of its own before the trigger (在随后召开的八届一次全委会上) is
    a meeting of its own."""
    t_start = m.end - len(m.trigger)
    if not m.trigger or text[t_start - 1 : t_start] != "在" or text[m.end : m.end + 1] != "上":
        return None
    return next((i for i in range(len(found) - 1, -1, -1) if found[i].trigger == m.trigger), None)


def session_of_meeting(
    found: list[ActivityDraft], text: str, span: tuple[int, int], m: Mention
) -> int | None:
    """会上，代表们…分组讨论; 大会期间，代表们还分组讨论了…: a session held in groups
    (``meeting_sessions``) told in a sentence opening inside a meeting (``after_meeting``)
    is that meeting's business: the latest meeting read, no row of its own."""
    if m.trigger not in words("meeting_sessions") or not words("after_meeting").starting(
        text, span[0]
    ):
        return None
    return next(
        (i for i in range(len(found) - 1, -1, -1) if found[i].category == Category.meeting), None
    )


#: The bare word of teaching whose list of subjects a course read before may go on with.
_BARE_TRAINING = "培训"


def subjects_of_the_course(
    found: list[ActivityDraft], paragraph: int, text: str, span: tuple[int, int], m: Mention
) -> int | None:
    """The course just read in this sentence, when the mention is its subjects taken part
    in: a bare 培训 after a list of subjects (开办再就业培训班，八十六名职工参加为期一个月
    的烹饪、家电维修和财会培训), with an attending verb and no other activity between the
    course and the list. A subject jieba tags as an abbreviation (家电) made the list read
    as a name of its own, one course too many (s45 acts57; real pages of county unions'
    re-employment and skills classes list their subjects so)."""
    if m.trigger != _BARE_TRAINING or not found:
        return None
    subjects = text[m.start : m.end - len(m.trigger)]
    last = found[-1]
    same_sentence = last.paragraph == paragraph and last.sentence == span
    if not same_sentence or last.category != Category.training or not re.search("[、和]", subjects):
        return None
    between = text[last.trigger_end : m.start]
    if not words("attending_verbs").in_text(between) or patterns().trigger.search(between):
        return None
    if re.search("[。；]", between):
        return None
    return len(found) - 1


def same_activity(
    found: list[ActivityDraft], texts: list[str], text: str, m: Mention, caption: bool
) -> int | None:
    """An activity already read that this mention names again: by name, or for a photo
    caption by the likeness of its text (``text``, the mention's paragraph) to the
    activity's sentence."""
    bare = text[m.start : m.end].lstrip("“")
    same = same_name([(d.name, d.category) for d in found], bare.strip("，、 "))
    if same is None and not m.trigger:
        same = _service_again(found, naming.printed_name(bare.strip("，、 "), m.trigger), m)
    if same is None:
        # “访、听、解”活动 after “访企业、听心声、解难题”活动: the name again
        same = abbreviated([(d.name, d.category) for d in found], bare, m.category)
    if same is None and caption:
        same = next(
            (
                i
                for i, d in enumerate(found)
                if d.category == m.category
                and similarity(texts[d.paragraph][slice(*d.sentence)], text) >= CAPTION_SIMILARITY
            ),
            None,
        )
    return same


def _service_again(found: list[ActivityDraft], given: str, m: Mention) -> int | None:
    """A service given again under part of its name (为四千余人次农民工提供法律咨询 after
    为农民工提供法律咨询、代写文书和代理诉讼服务): services are named without their verb
    (:func:`.naming.printed_name`), so the words given are looked for in a service read
    before, of the mention's kind."""
    if len(given) < 4:
        return None
    return next(
        (
            i
            for i, d in enumerate(found)
            if not d.trigger and d.category == m.category and d.name and given in d.name
        ),
        None,
    )


def counted_on_its_own(found: list[ActivityDraft], text: str, m: Mention) -> bool:
    """A mention of a kind (工会干部培训班) with a count of its rounds right after it, in
    words no activity read before is named by: a year's tally counts classes of another
    kind (全年举办各类职工技能培训班42期…；举办工会干部培训班8期), no later mention of the
    first (s40 acts41: yearbook entries of city unions and a county's year report count
    their courses so, kind by kind). Only after one of the kind: a plain name counted
    with none before stays no activity (backed out at stop 45, acts28's test)."""
    name = text[m.start : m.end]
    if not m.trigger or len(name) <= len(m.trigger) or not naming.rounds_after(text, m.end):
        return False
    if links.antecedent(found, m.category) is None:
        return False  # 全年共开展各类职工培训126场 alone: a plain name counted stays none
    return all(name not in d.name and d.name not in name for d in found)
