"""Whether an activity's name names one activity (2023年密云区…培训班, “安康杯”竞赛,
职工读书月) or only a kind (此次培训, 校园文化活动): a proper element, a quoted title,
a programme's or a period's name. Apart from :mod:`naming`, which finds where a name
starts and what category it is, since many readers ask only this."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.editions import is_edition
from gonghui_build.extract.activities.grammar import categories, patterns, words
from gonghui_build.extract.dates.article import events_in
from gonghui_build.text import tokenizer
from gonghui_build.vocabulary import Category


def without_modifiers(rest: str) -> str:
    """A name's words before its trigger without the generic ones (此次, 专题, 相关)."""
    changed = True
    while changed and rest:
        changed = False
        for mod in words("generic_modifiers"):
            if rest.startswith(mod):
                rest, changed = rest[len(mod) :], True
                words("generic_modifiers").found(mod)
            if rest.endswith(mod):
                rest, changed = rest[: -len(mod)], True
                words("generic_modifiers").found(mod)
    return rest.strip("的、")


def is_specific(name: str, trigger: str, quote_closes: bool = False) -> bool:
    """A name of its own: more than the trigger and generic modifiers (此次, 专题, 相关).
    ``quote_closes``: a quotation mark closes right after the trigger."""
    rest = name[: len(name) - len(trigger)] if name.endswith(trigger) else name
    if re.search(r"“[^”]+”|《", rest) or (quote_closes and re.search(r"“[^”]", rest)):
        # a quoted title (“安康杯”竞赛, “…知识培训”), not a quotation that opens a
        # sentence (“竞赛不是…, “晁书记一路给我们讲解…)
        return True
    written, rest = rest, without_modifiers(rest)
    if trigger in words("needs_name"):
        # 活动, 培训… alone name a kind: a name needs a proper element (a year, a place,
        # an organisation, an event): 校园文化活动 is generic, 2023年密云区…培训 is not
        # (a long description names one too: 新就业形态劳动者集中入会活动)
        long = len(rest) >= 6 and "、" not in rest and trigger in words("campaign_heads")
        # …or a programme the unions run under that name, or an event of its own kind:
        # 送温暖活动, 健步走活动 (not 竞赛活动)
        kind = any(
            categories()[t.group(0)] in (Category.campaign, Category.other)
            and t.group(0) not in words("generic_heads")
            for t in patterns().trigger.finditer(rest)
        )
        # …or a head of contests after a contest's kind (职工马拉松系列赛事)
        contest = trigger in words("contest_heads") and any(
            categories()[t.group(0)] == Category.competition
            for t in patterns().trigger.finditer(rest)
        )
        proper = len(rest) >= 2 and has_proper_element(rest)
        return (
            proper
            or long
            or kind
            or contest
            or named_for_its_period(rest)
            or named_for_its_delivery(written)  # 送文化进基层: 基层 is no modifier here
        )
    return len(rest) >= 2


def named_for_its_delivery(rest: str) -> bool:
    """A programme named for what it brings where (送法进企业, 送文化进基层, 送戏下乡,
    送法律到工地): a name of its own, quoted or not, as the unions print their standing
    programmes, after the body that runs them or alone (某市总工会送文化下基层慰问演出);
    not a gift's clause (送上一场演出: no going word after what is brought)."""
    return _delivery().search(rest) is not None


@functools.cache
def _delivery() -> re.Pattern[str]:
    """送|法|进|企业: an opener of what is brought, it, a going word, where it goes."""
    openers = words("delivery_openers").pattern
    goers = words("delivery_goers").pattern
    return re.compile(rf"(?:{openers})[\u4e00-\u9fff]{{1,3}}?(?:{goers})[\u4e00-\u9fff]{{1,4}}$")


#: 组织劳模工匠进企业、进校园开展…: a group sent to places (进 and a place, listed with 、)
#: right before a verb of holding, in the clause before an activity's name.
_SENT_TO_PLACES = re.compile(
    r"(?:组织|带领)[^，。；：“”]{1,12}?进(?![入行一])[\u4e00-\u9fff]{1,4}"
    r"(?:、进[\u4e00-\u9fff]{1,4})*"
    r"(?:开展|举办)了?$"
)


def sent_to_places(text: str, s_start: int, start: int, t_start: int, word: str) -> bool:
    """Whether a campaign's head (活动, 行动) is held by a group the union sends to places
    (组织劳模工匠进企业、进校园开展技能传承活动): the going makes one programme of it, as
    a name of delivery does (送法进企业: :func:`named_for_its_delivery`), though its words
    stand before the verb. s45 acts57: real pages of provincial and county unions sending
    model workers and craftsmen to firms and schools, and real_dev6's interview. The
    head needs words of its own (组织职工进社区开展活动: 活动 alone names none)."""
    if word not in words("campaign_heads") or len(without_modifiers(text[start:t_start])) < 2:
        return False
    return _SENT_TO_PLACES.search(text[s_start:start]) is not None


def named_for_its_period(rest: str) -> bool:
    """A programme named for the period it runs (职工读书月, 工会就业服务月, 安全宣传周,
    要约季): a name of its own, as a quoted one is; not a time (五月, 本月, 每周)."""
    if len(rest) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", rest):
        return False
    end = words("period_name_ends").ending(rest)
    if end is None:
        return False
    return rest[-len(end) - 1] not in words("period_name_not_after")


def has_proper_element(text: str) -> bool:
    if re.search(r"\d{4}年|“[^”]+”|《", text):
        return True
    if is_edition(text):
        return True  # 第十二届委员会第二次全体会议, 第三期培训: one edition of a series
    if words("formal_words").in_text(text):
        return True  # 全委（扩大）会议, 职代会
    places = lexicon.places()
    if places.district_regex.search(text) or words("proper_places").in_text(text):
        return True
    if events_in(text):
        return True
    return any(
        t.tag in ("nt", "nz", "j")
        or (  # jieba tags some common nouns as places (福利): a place must look like one
            t.tag == "ns"
            and (
                places.district(t.word) is not None
                or len(t.word) >= 3
                or words("place_endings").ending(t.word)
            )
        )
        for t in tokenizer.tag_tokens(text)
    )
