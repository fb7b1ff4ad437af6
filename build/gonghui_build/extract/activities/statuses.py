"""Whether a sentence reports an activity as held, planned or ongoing: the words
around its mention (正在开展的, 将于…举行, 了), a plan governing it, or a campaign
reported with its totals or on a day."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities import naming
from gonghui_build.extract.activities.grammar import patterns, words
from gonghui_build.extract.activities.mentions import Mention
from gonghui_build.extract.dates.article import plan_markers
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.expressions import words as date_words
from gonghui_build.reference import Words
from gonghui_build.text.clauses import clause_end, clause_start, in_spans, quoted_spans
from gonghui_build.text.tokenizer import has_word
from gonghui_build.vocabulary import Category, Status


def status(text: str, sentence: tuple[int, int], mention: Mention) -> Status | None:
    """held, planned or ongoing, from the sentence around the mention; None when
    nothing marks it (the sentence before may say)."""
    s_start, s_end = sentence
    c_end = clause_end(text, mention.end, s_end)
    # an item of a list is governed by the words before the list (开展了A、B、C等活动)
    opens = mention.start if mention.list_start is None else min(mention.list_start, mention.start)
    governing = text[max(s_start, opens - 8) : opens]
    after = text[mention.end : mention.end + 2]
    since_done = _held_since(text, s_start, governing, mention)
    if _running_before(text, s_start, mention.start, governing, since_done):
        return Status.ongoing  # 以正在开展的…教育实践活动为契机
    done = bool(words("done").in_text(governing)) or after.startswith(("了", "已"))
    # a plan governs what it announces, even a yearly one (从明年起每年举办…); an
    # activity that is the subject of a plan (…运动会将于本月中下旬举行) is planned
    if not done and _habit_duty(text, s_start, mention.start):
        return Status.ongoing  # 工作室每年还要到社区开展两次…体验课: a habit, not a plan
    if not done and (
        _plan_before(text, s_start, mention.start)
        or planned_subject(text, mention.end)
        or _opening_put_ahead(text, mention)
    ):
        return Status.planned
    if _ongoing_word(text, s_start, c_end, mention, since_done):
        return Status.ongoing
    if _kept_on_a_schedule(text, s_start, c_end, s_end, mention):
        return Status.ongoing  # 开设了“她课堂”云课堂，每周三晚上直播一期
    if words("standing_services").ending(text[mention.start : mention.end].rstrip("”")):
        return Status.ongoing  # 开通了“职工维权热线”: a service that runs from then
    if done:
        return Status.held
    if mention.category == Category.campaign:
        # a campaign reported in the present runs (深入开展…教育实践活动); one reported
        # with its totals (共发放…20万份, 受教育人数50万人) has been held
        total = _total_held(text, s_start, s_end)
        words("total_units").note_in(total[0] if total else None)
        if not total and not _held_on_a_day(text, s_start, mention):
            return Status.ongoing
    return None


def _kept_on_a_schedule(text: str, s_start: int, c_end: int, s_end: int, mention: Mention) -> bool:
    """The clause right after the mention gives it a weekly or monthly schedule (开设了
    “她课堂”云课堂，每周三晚上直播一期; …志愿服务活动，每个周末清扫责任路段): it runs on.
    Not a visit or a meeting (what follows them tells of whom they met), nor what its
    sentence dates to a day before it (6月3日…举办插花培训，每周…: one occasion)."""
    if mention.category in (Category.visit, Category.meeting) or c_end >= s_end:
        return False
    if text[c_end] not in "，," or not words("schedule_openings").starting(text, c_end + 1):
        return False
    return not any(d.day is not None for d in find_dates(text[s_start : mention.start]))


@functools.cache
def _habit_duty_re() -> re.Pattern[str]:
    """每年还要, 每年都要: a habit word right before the duty's 要 (``habit_duties``)."""
    return re.compile(rf"(?:{words('habit_words').pattern})(?:{words('habit_duties').pattern})")


def _habit_duty(text: str, s_start: int, start: int) -> bool:
    """A habit word right before 要 (工作室每年还要到社区开展两次彩灯制作体验课) tells what a
    body does every year, not a plan: the activity runs (real_dev6's gold: ongoing). A plan
    word before the habit (今后将每年都要举办…) still makes it a plan."""
    duties = list(_habit_duty_re().finditer(text, s_start, start))
    if not duties:
        return False
    duty = duties[-1]
    words("habit_duties").note_in(duty[0])
    return not _plan_before(text, s_start, duty.start())


def _total_held(text: str, s_start: int, s_end: int) -> re.Match[str] | None:
    """The first total of the sentence (共发放…20万份) not in a clause of a plan (今年将为
    全区3000名职工免费体检: a target, the campaign just launched runs on; the tuning gold
    of real_dev11 reads such a season ongoing). A number inside a quoted name is no
    total (“工会进万家”服务活动, “送温暖进万家”: 万家 is a word of the slogan; real_dev3's
    gold reads that campaign, just launched, ongoing)."""
    quoted = [(a + s_start, b + s_start) for a, b in quoted_spans(text[s_start:s_end])]
    for total in patterns().total.finditer(text, s_start, s_end):
        if in_spans(total.start(), quoted):
            continue
        if not _plan_before(text, clause_start(text, total.start(), s_start), total.start()):
            return total
    return None


def held_by_totals(text: str, s_start: int, s_end: int) -> bool:
    """The sentence gives a total of work done (走访慰问一线职工1200余人), no target of a
    plan: what it tells of was held."""
    return _total_held(text, s_start, s_end) is not None


def _held_since(text: str, s_start: int, governing: str, mention: Mention) -> bool:
    """今年以来，某区总工会先后举办了A、B和C: events (a course, a talk, a contest) a verb
    with 了 reports, itself or as an item of the list after it, under a time since which
    the union has worked (今年以来, 3月以来), were held; the time sums the year up, it does
    not make them run (real_dev2's gold: 今年以来举办了交谊舞学习班, held). A campaign so
    reported still runs."""
    if mention.category == Category.campaign:
        return False
    lead = text[clause_start(text, mention.start, s_start) : mention.start]
    return governing.endswith("了") or bool(_ITEM_AFTER_LE.search(lead))


# An item of a list a verb with 了 governs (举办了A、B和C: B and C).
_ITEM_AFTER_LE = re.compile(r"了[^，,。；;：:]+(?:、|和|及|与)$")


def _is_since(word: str) -> bool:
    """今年以来, 3月以来: a time since which a union has worked (``since_words``)."""
    return bool(words("since_words").ending(word))


def _running_before(
    text: str, s_start: int, start: int, governing: str, since_done: bool = False
) -> bool:
    """A word of a running programme right before the mention (正在开展的…, 每年举办的…);
    a yearly habit or a monthly or weekly schedule a plan sets up (决定从明年起每年举办…,
    将从10月起每月为环卫工开展…) is a plan, told by the plan words before it, not a
    programme already running."""
    running = words("ongoing").in_text(governing)
    if running is None or (since_done and _is_since(running)):
        return False
    set_up = running in words("habit_words") or running in words("schedule_openings")
    return not set_up or not _plan_before(text, s_start, start)


def _ongoing_word(text: str, lo: int, hi: int, mention: Mention, since_done: bool) -> bool:
    """A word of a running programme in ``text[lo:hi]``, not one that opens a phrase
    describing someone or somewhere the activity meets (走访了正在休产假的女工, 来到正在
    建设中的项目部): that is what they are doing, not the activity's status. A phrase
    ending just before the mention (正在开展的“送清凉”活动) or holding its verb (正在走访
    慰问辖区内的困难职工) still tells its status."""
    cuts = [
        (m.start(), m.end())
        for m in _describing().finditer(text, lo, hi)
        if not (m.start() < mention.start <= m.end() + _GOVERNS or _holds_trigger(m[0], mention))
    ]
    if since_done:  # 今年以来…举办了: the time since sums up what was held
        cuts += [
            (m.start(), m.end()) for m in words("ongoing").finditer(text, lo, hi) if _is_since(m[0])
        ]
        cuts.sort()
    return _has_word_between_cuts(text, lo, hi, cuts, words("ongoing"))


def _has_word_between_cuts(
    text: str, lo: int, hi: int, cuts: list[tuple[int, int]], wanted: Words
) -> bool:
    """A word of ``wanted`` in ``text[lo:hi]`` outside the spans ``cuts`` (in order)."""
    bounds = [lo, *(x for cut in cuts for x in cut), hi]
    return any(
        has_word(text, a, b, wanted)
        for a, b in zip(bounds[::2], bounds[1::2], strict=True)
        if b > a
    )


def _holds_trigger(phrase: str, mention: Mention) -> bool:
    """The phrase holds the mention's own verb (正在走访慰问…的): it tells the activity's
    status. A site visit (来到…项目部) has no trigger word to hold."""
    return bool(mention.trigger) and mention.trigger in phrase


# How far before a mention a describing phrase may end and still describe it (正在开展的
# “…”活动: a quotation mark, or a word such as 全市, between them).
_GOVERNS = 3


@functools.cache
def _describing() -> re.Pattern[str]:
    """正在休产假的, 仍在建设中的: a marker of a thing going on, a few words with no
    stop, then 的: a phrase before the noun it describes."""
    marker = words("describing_markers").pattern
    return re.compile(f"(?:{marker})[^，,。；;：:！？、“”\\s]{{1,10}}?的")


def _held_on_a_day(text: str, s_start: int, mention: Mention) -> bool:
    """A campaign its clause reports on a day (7月17日上午，某区总工会开展“送清凉”活动;
    近日，某社区工会在某驿站举办“端午送安康”活动) or at a festival's season in a clause
    before it (端午节来临之际，…开展慰问活动; 春节前后，…) was held then, unless it was
    launched then (启动), to run on."""
    before = text[s_start : mention.start]
    if words("starting_verbs").in_text(text[s_start : clause_end(text, mention.end)]):
        return False
    past = date_words("past_days")
    if any(d.day is not None or (d.relative or "") in past for d in find_dates(before)):
        return True
    # 新春佳节来临之际，某区总工会开展…慰问活动: held in the season its clause names
    return any(words("occasion_endings").ending(c) for c in re.split("[，,]", before)[:-1])


def planned_subject(text: str, end: int) -> bool:
    """The words right after a mention announce when or where it will be held (…大赛将于
    5月举行, …联谊会拟在…举办): the mention is the subject of a plan."""
    return bool(date_words("plan_after_subject").starting(text, end + text.startswith("”", end)))


def _opening_put_ahead(text: str, mention: Mention) -> bool:
    """A facility's opening put ahead in the clause after its quoted name (命名成立“某某
    工作室”，计划于今年6月挂牌): the clause has no subject of its own, so the plan is the
    facility's."""
    after_name = mention.end if text.startswith("，", mention.end) else -1
    return mention.opening and after_name > 0 and planned_subject(text, after_name + 1)


def _plan_before(text: str, lo: int, hi: int) -> bool:
    """A word of a plan in ``text[lo:hi]``, not one of a time coming (中秋佳节将至)."""
    cuts = [(m.start(), m.end()) for m in date_words("approaching").finditer(text, lo, hi)]
    return _has_word_between_cuts(text, lo, hi, cuts, plan_markers())


def again_as_plan(told: Status, text: str, span: tuple[int, int], m: Mention) -> bool:
    """A held activity (``told``) named again in a plan of another round (将…再开展八场…
    讲座, 全年计划举办洽谈会六次); not in a call to keep at it (各级工会要把“两节”送温暖作为
    当前的重要任务)."""
    before = text[clause_start(text, m.start, span[0]) : m.start]
    rounds = naming.counted_rounds(before) or naming.rounds_after(text, m.end)
    return (
        told == Status.held
        and bool(words("again_words").in_text(before) or rounds)
        and status(text, span, m) == Status.planned
    )
