"""How many took part in an activity: the count its stretch of a sentence gives, in
the units it is best counted in (teams for a competition, bodies for a campaign,
people or attendances for the rest), not a count of something else (households or
people its name prints, people hired, a number of years, a rank, the winners, those
who reached a hiring intent, the size of a side in a game's name)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.count_roles import (
    elected,
    honoured_besides,
    invited_experts,
    nearest_attending,
    speakers,
    won,
)
from gonghui_build.extract.activities.grammar import FILE, patterns, words
from gonghui_build.extract.activities.places import counted_places
from gonghui_build.extract.activities.venue_counts import counts_sites
from gonghui_build.text.clauses import (
    CLAUSE_PUNCT,
    clause_end,
    clause_start,
    in_spans,
    quoted_spans,
)
from gonghui_build.text.numbers import (
    Quantity,
    estimated,
    number_re,
    parse_number,
    qualifier_after_unit,
)
from gonghui_build.vocabulary import Category, Qualifier, Unit

Count = tuple[int, Quantity, Unit, str]  # start in the sentence, quantity, unit, as written
#: The longest a place's name in a list closed by a count of places may be (characters).
LIST_ITEM = 12


def _counts(
    sentence: str, lo: int, hi: int, name: tuple[int, int] = (0, 0), printed: bool = False
) -> list[Count]:
    out = []
    slogans = _slogans(sentence)
    printed = printed and not _serves(sentence, name[0])
    for match, unit in _matches(sentence, lo, hi):
        q = parse_number(match)
        if q is None or q.value <= 0 or match.group("num") == "一":
            continue  # 一家三甲医院, 一家快递分拨中心: an indefinite article, not a count
        if in_spans(match.start(), slogans):
            continue  # “工会进万家”走访慰问活动, 送到千家万户: a slogan's or idiom's numeral
        if unit == Unit.people and words("side_size").starting(sentence, match.end()):
            continue  # 五人制足球比赛: the size of a side, not those who took part
        if unit != Unit.people and _counts_facilities(sentence, match.end()):
            continue  # 借助九个职工驿站: stations counted, not bodies taking part
        if unit != Unit.people and _counts_listed_places(sentence, match.start()):
            continue  # 在马坊、峪口两个乡镇举办: the places listed, not bodies taking part
        if unit != Unit.people and counts_sites(sentence, match.start(), match.end()):
            continue  # 在全集团42个项目部开展: the sites it is held at, not bodies taking part
        if name[0] <= match.start() < name[1] and (unit != Unit.people or printed):
            continue  # 送福进万家活动, 万名职工免费体检活动: a count the name prints is its title's
        tail = sentence[match.end() : match.end() + 12]
        if unit == Unit.people and _other_unit(tail):
            continue
        if words("not_attendance").ending(sentence[max(0, match.start() - 2) : match.start()]):
            continue  # 新增22名: a count of people hired, not of participants
        if unit == Unit.people and _ranked(sentence, match.start()):
            continue  # 前三名: a rank
        if unit != Unit.person_times and elected(sentence, match):
            continue  # 选举产生委员9名, 由11名委员组成的委员会: those returned, not present
        if unit != Unit.person_times and honoured_besides(sentence, match, name):
            continue  # 某某等12个单位受到表彰 at a plenary: the honoured, not those present
        if unit == Unit.people and speakers(sentence, match):
            continue  # 三位劳模工匠作事迹宣讲，200余名职工聆听: those who spoke, not the audience
        if unit == Unit.people and invited_experts(sentence, match):
            continue  # 邀请10名专家为职工义诊: the guests who serve, not those served
        if unit != Unit.person_times and won(sentence, match):
            # 36名选手分获…奖, 25个单位分获…称号, 达成意向203人, 5名专家担任评委; no
            # attendances (人次), which nobody wins
            continue
        post = qualifier_after_unit(sentence, match.end())
        if post is not None:
            q = replace(q, qualifier=post)
        elif q.qualifier == Qualifier.exact and estimated(
            sentence[clause_start(sentence, match.start()) : match.start()]
        ):
            q = replace(q, qualifier=Qualifier.about)  # 预计培训…三百人: an estimate
        out.append((match.start(), q, unit, match.group(0)))
    return out


def _matches(sentence: str, lo: int, hi: int) -> list[tuple[re.Match[str], Unit]]:
    """Each count in ``sentence[lo:hi]`` with its unit, in order: a number and its unit
    (300名, 20家), or a number right before the people it counts with no unit
    (千余职工, 近1500职工: ``bare_counted``) when a word of approximation shows it a
    count (12351职工服务热线 is a hotline's number)."""
    out = [
        (
            m,
            _teams_headed(
                sentence, m, patterns().unit_of[lexicon.words(FILE, "units").found(m["unit"])]
            ),
        )
        for m in patterns().count.finditer(sentence, lo, hi)
    ]
    starts = {m.start() for m, _ in out}
    for m in patterns().bare_count.finditer(sentence, lo, hi):
        if m.start() not in starts and (m["pre"] or m["more"] or m["more2"]):
            out.append((m, Unit.people))
    for m in _noun_first().finditer(sentence, lo, hi):
        # 参赛班组28个: the count after the noun it counts, in 个
        noun = words("units_before_count").found(m["noun"])
        out.append((m, Unit(lexicon.keyed(FILE, "units_before_count")[noun])))
    return sorted(out, key=lambda c: c[0].start())


@functools.cache
def _noun_first() -> re.Pattern[str]:
    """A noun of ``units_before_count``, then a number and 个, not of months or hours."""
    return re.compile(
        f"(?P<noun>{words('units_before_count').pattern})(?:共|达|为)?"
        f"(?:{number_re().pattern})个(?![月小工星百人])"
    )


@functools.cache
def _team_head() -> re.Pattern[str]:
    """A few words of a side's name from a count's unit to a team's head noun, in one
    phrase (12个镇街工会代表队, 18家企业职工代表队)."""
    return re.compile(rf"[^，。；：、的和与及\d]{{0,8}}?(?:{words('team_heads').pattern})")


def _teams_headed(sentence: str, match: re.Match[str], unit: Unit) -> Unit:
    """A count whose unit is a body's (个镇街, 家) but whose phrase ends in a team's head
    noun counts teams: 全区12个镇街工会代表队同台竞技 names twelve sides, one from each
    town, as 十二支代表队 does."""
    if unit != Unit.organisations or not _team_head().match(sentence, match.end()):
        return unit
    return Unit.teams


def _serves(sentence: str, start: int) -> bool:
    """The words taken for a name open after a preposition of whom a deed is for
    (为5000多名一线职工送清凉, 为全区一千五百名女职工发放…): those it serves are told,
    no title printed (``gift_prepositions``)."""
    return bool(words("gift_prepositions").ending(sentence[:start]))


def _slogans(sentence: str) -> list[tuple[int, int]]:
    """Where a numeral counts nothing: a quoted title or slogan (“工会进万家”, “千名劳模进
    百校”: a quotation with no clause mark in it, unlike a speaker's words) and a set
    phrase of ``numeral_idioms`` (千家万户)."""
    titles = [(a, b) for a, b in quoted_spans(sentence) if not _has_clause_mark(sentence[a:b])]
    idioms = words("numeral_idioms")
    return titles + [(m.start(), m.end()) for m in idioms.finditer(sentence)]


@functools.cache
def _facility_after() -> re.Pattern[str]:
    """A facility's name opening at a count's unit: the unit's noun itself (9个工会驿站)
    or a few words before the facility's head (30家户外劳动者驿站), in one phrase."""
    return re.compile(rf"[^，。；：、的和与及\d]{{0,5}}?(?:{words('facility_heads').pattern})")


def _counts_facilities(sentence: str, end: int) -> bool:
    """The count's unit opens the name of a facility (借助全镇9个工会驿站和两个司机之家为…,
    建成30家户外劳动者驿站): stations or homes are counted, not the bodies or teams that
    take part; none when a verb of taking part stands between (30家单位参加职工之家…)."""
    found = _facility_after().match(sentence, end)
    if found is None or words("joining_verbs").in_text(found[0]):
        return False
    words("facility_heads").note_in(found[0])
    return True


def _counts_listed_places(sentence: str, start: int) -> bool:
    """马坊、峪口|两个乡镇, 平谷、密云|两区县: a count of places (:func:`.places.
    counted_places`) closing the list of them before it in its clause, part of where the
    activity was held (its place), not the bodies taking part (s40 acts42: a county's
    night schools opened in two towns were counted as two bodies)."""
    if counted_places().match(sentence, start) is None:
        return False
    before = sentence[clause_start(sentence, start) : start]
    listed = before.rfind("、")
    return listed >= 0 and 0 < len(before) - listed - 1 <= LIST_ITEM


def _has_clause_mark(quoted: str) -> bool:
    """A speaker's words, not a title: the quotation holds clause punctuation."""
    return any(ch in CLAUSE_PUNCT for ch in quoted)


def _other_unit(tail: str) -> bool:
    """The words after a count of people make it a count of something else (50万元, 3
    天, 40岁): a unit of another kind within its clause; not 此次 or 本次 (60余人参与此
    次培训: this time, not a number of times), nor a word inside the quoted title that
    names the people counted (一百名“技术状元”每人…: 元 of the title is no money)."""
    tail = re.sub(r"^“[^“”，。]{1,10}”", "", tail)
    this_time = words("time_determiners")
    shape = rf"[^，。]{{0,6}}?(?<![{''.join(this_time.words)}])"
    other = re.match(rf"{shape}(?:{words('not_people_units').pattern}|\d年)", tail)
    this_time.note_in(tail[: other.end()] if other else tail)
    words("not_people_units").note_in(other[0] if other else None)
    return other is not None


def _ranked(sentence: str, start: int) -> bool:
    """前三名, 第一名: a place in a ranking, not a count of people; not a time word
    that ends in 前 (目前300名职工)."""
    before = sentence[max(0, start - 2) : start]
    if not words("rank_words").ending(before):
        return False
    return not words("time_words_before").ending(before)


def _actually_present(sentence: str, counts: list[Count]) -> Count | None:
    """The count a congress's roll call gives as present (应到会员代表86名，实到81名): the
    attendance, not those called (``actual_attendance`` a few words before it, in its
    clause)."""
    for c in counts:
        before = sentence[clause_start(sentence, c[0]) : c[0]]
        present = words("actual_attendance").regex.search(before[-8:])
        if present is not None and not re.search("[，、；]", before[present.end() :]):
            words("actual_attendance").note_in(present[0])
            return c
    return None


def _modifies_next(sentence: str, count: Count, counts: list[Count]) -> bool:
    """31家企业的1100余名职工: a count of units that qualifies the next count."""
    later = [c for c in counts if c[0] > count[0]]
    return bool(later) and "的" in sentence[count[1].end : later[0][0]]


def count(
    sentence: str,
    lo: int,
    hi: int,
    category: Category = Category.other,
    name: tuple[int, int] = (0, 0),
    printed: bool = False,
):
    """The participant count of an activity in its stretch of the sentence (from its
    name to the next activity): the count nearest before a verb of taking part (二十余家
    企业参加招聘, 1100余名职工参赛), else the first. Competitions and campaigns are
    counted in the units that enter them when the clause gives both (400余家企事业单位
    超过4.2万名职工参与); others by the people or the attendances, the first of them
    (预计培训一千人次), before the bodies (新建驿站三十家). Not a number of households or
    bodies inside the activity's ``name``, nor one of people when the name is the one
    ``printed`` for it (万名职工免费体检活动), not its words told again, where whom it serves
    are counted (为三百余名外卖骑手免费健康检查)."""
    counts = _counts(sentence, lo, hi, name, printed)
    if not counts:
        return None
    present = _actually_present(sentence, counts)
    if present is not None:
        return present
    prefer = _PREFERRED.get(category, _PEOPLE)
    for m in words("joining_verbs").finditer(sentence[lo:hi]):
        j = lo + m.start()
        start = clause_start(sentence, j)
        before = [c for c in counts if c[0] < j]
        same_clause = [c for c in before if c[0] >= start]
        for units in prefer:
            # 十二支代表队的九十六名选手参赛: the teams compete, whoever is in them
            preferred = [
                c
                for c in same_clause
                if c[2] in units
                and (Unit.teams in units or not _modifies_next(sentence, c, counts))
            ]
            if preferred:
                return _listed_total(sentence, counts, nearest_attending(sentence, preferred))
        if before:
            return _listed_total(sentence, counts, before[-1])
        told_after = _after_joining(sentence, j, counts, prefer)
        if told_after is not None:
            return told_after
    first = _first_in_units(sentence, counts, counts, prefer)
    return (
        first
        if first is not None
        else _listed_total(sentence, counts, _head_count(sentence, counts))
    )


def _qualifying(sentence: str, c: Count, counts: list[Count]) -> bool:
    """A count of bodies that qualifies the next count through 的 (14个镇街的72名厨师):
    where those counted come from, not who took part."""
    return c[2] == Unit.organisations and _modifies_next(sentence, c, counts)


def _head_count(sentence: str, counts: list[Count]) -> Count:
    """The first count that is no count of bodies qualifying the next (汇聚全市14个镇街的
    72名厨师同台竞技: the cooks), else the first."""
    return next((c for c in counts if not _qualifying(sentence, c, counts)), counts[0])


def _after_joining(
    sentence: str, j: int, counts: list[Count], prefer: tuple[frozenset[Unit], ...]
) -> Count | None:
    """The count told after a verb of taking part in its clause when none stands before
    it (共举办劳动和技能竞赛380项，参赛职工达31万人次): those who took part, in the
    preferred units first; not a count of a later clause (新建驿站46家)."""
    end = clause_end(sentence, j)
    after = [c for c in counts if j < c[0] < end]
    first = _first_in_units(sentence, counts, after, prefer)
    if first is not None:
        return first
    return _listed_total(sentence, counts, after[0]) if after else None


def _first_in_units(
    sentence: str, counts: list[Count], among: list[Count], prefer: tuple[frozenset[Unit], ...]
) -> Count | None:
    """The first count of ``among`` in the best of the ``prefer``red units any of them is
    in, totalled with the counts listed beside it; None when none is in any: the one
    choice a sentence's counts and those after a verb of taking part are read by. Not a
    count of bodies that qualifies the next count (汇聚全市14个镇街的72名厨师同台竞技: the
    cooks compete, from the towns), as a verb of taking part reads it; teams still do
    (十二支代表队的九十六名选手: the teams compete)."""
    for units in prefer:
        preferred = [c for c in among if c[2] in units and not _qualifying(sentence, c, counts)]
        if preferred:
            return _listed_total(sentence, counts, preferred[0])
    return None


def _listed_total(sentence: str, counts: list[Count], chosen: Count) -> Count:
    """The count of everyone a list of counts in one unit names together (120名劳动模范和
    40名先进工作者受到表彰: 160; 职工100余人、家属50人参加: more than 150): each joined to
    the next by a list mark (``list_joiners``, :func:`_joined`). The sum is exact when
    every part is; else it takes the first part's approximation."""
    run = [chosen]
    i = j = counts.index(chosen)
    while i > 0 and _joined(sentence, counts[i - 1], run[0]):
        i -= 1
        run.insert(0, counts[i])
    while j + 1 < len(counts) and _joined(sentence, run[-1], counts[j + 1]):
        j += 1
        run.append(counts[j])
    if len(run) == 1:
        return chosen
    first, last = run[0], run[-1]
    inexact = [c[1].qualifier for c in run if c[1].qualifier != Qualifier.exact]
    total = replace(
        first[1], value=sum(c[1].value for c in run), qualifier=(inexact or [Qualifier.exact])[0]
    )
    return (first[0], total, first[2], sentence[first[0] : last[0] + len(last[3])])


def _joined(sentence: str, left: Count, right: Count) -> bool:
    """Two counts in one unit, the second listed after the first (…名劳动模范和40名, 100余
    人、家属50人, 近2000名来自各行各业的代表和50余名特邀代表): one list mark between them,
    within a few words and no clause mark nor a 的 after the mark (31家企业的1100余名职工
    lists nothing: the bodies qualify the people, in another unit)."""
    if left[2] != right[2]:
        return False
    gap = sentence[left[0] + len(left[3]) : right[0]]
    if len(gap) > 24 or _has_clause_mark(gap) or _totals(gap, right[3]):
        return False
    marks = list(words("list_joiners").finditer(gap))
    # 25个乡镇街道和委局公司的1000多家企事业单位: a 的 after the mark makes the first count
    # part of what qualifies the second, not a group listed beside it
    return len(marks) == 1 and "的" not in gap[marks[0].end() :]


def _totals(gap: str, count_text: str) -> bool:
    """Whether the second count is opened by 共 (…等学员共110人, 共计): it totals the list
    before it, no further item to add. Only right before the count: 共 inside a word of
    the gap (共青团员, 公共服务) opens no total."""
    return gap.endswith(("共", "共计")) or count_text.startswith("共")


def counted_by_bodies_only(category: Category, unit: Unit) -> bool:
    """A count of bodies or teams for an activity counted by its people (联合六家企业举办
    培训班，培训职工八百余人次): the bodies it was held with, read only for want of a
    count of people; one of people said for it in the same sentence is its count."""
    return _PREFERRED.get(category, _PEOPLE) == _PEOPLE and unit in (
        Unit.organisations,
        Unit.teams,
    )


#: The units an activity's count is preferably read in, best first: competitions by
#: the teams, then the bodies that enter them; campaigns by the bodies taking part;
#: others by the people or the attendances, whichever comes first (入场求职的职工达四千
#: 余人次，达成意向的有八百余人).
_PEOPLE = (frozenset({Unit.people, Unit.person_times}),)
_PREFERRED = {
    Category.competition: (frozenset({Unit.teams}), frozenset({Unit.organisations})),
    Category.campaign: (frozenset({Unit.organisations}),),
}
