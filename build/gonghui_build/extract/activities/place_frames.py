"""The frames news puts an activity's place in (``在区委党校举办``, ``来到…服务中心``,
``一行到昌吉回族自治州调研``, ``参观了…施工现场``, ``…开幕，比赛地点在…``): the words that
open one and what may close it, and the spans of a text a frame may hold a place in.
What a span holds is judged a place or not by :mod:`.places`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.grammar import not_going_dao_openers, words

#: The longest a place may be, in characters.
LONGEST = 24


@dataclass(frozen=True)
class Frame:
    """Words before a place and what may follow it."""

    opens: re.Pattern[str]
    closes: re.Pattern[str]
    sites: bool = False  # 参观了A、B: each site its own visit, no list
    going: bool = False  # 来到…，开展…: the place of what the next clause reports
    building: bool = False  # 某文化宫隆重举行…: only a building opening the clause
    labelled: bool = False  # 地点在…: the place of what the sentence reported before it


@functools.cache
def frames() -> tuple[Frame, ...]:
    """The frames a place stands in: where an activity is held, then where a party goes
    or a site stands named (the order is the order they are tried in)."""
    return (*_held_at(), *_gone_to())


def _held_at() -> tuple[Frame, ...]:
    """Frames of the place an activity is held or received at (在…举办, 位于…的, 利用…开办)."""
    holding = words("holding_verbs").pattern
    adverbs = words("holding_adverbs").pattern
    localisers = words("localisers").pattern
    subject = _not_after_so()
    return (
        # 在区委党校举办, 在昌平区体育馆落幕, 于9月在武汉隆重举行
        # 在某产业园内举行: a localiser between the place and the verb; 在某影剧院观看电影:
        # a trigger that is its own verb (verb_object_triggers) closes it as a verb does
        Frame(
            re.compile(f"{subject}(?:在|于)"),
            re.compile(
                f"(?:{localisers})?(?:{adverbs})?"
                f"(?:{holding}|{words('verb_object_triggers').pattern})"
            ),
        ),
        # 在某文化宫为职工宣讲, 在加工车间为学员演示, 在某社区为居民举办: the place, then
        # whom the activity is for, then its verb (of holding, teaching or serving), or a
        # talk given by its kind (在某中学为师生作事迹报告)
        Frame(
            re.compile(f"{subject}在"),
            re.compile(
                f"(?:{localisers})?(?:{words('beneficiary_words').pattern})"
                f"[^，。；：在]{{1,12}}?(?:{holding}|{words('teaching_verbs').pattern}"
                f"|{words('serving_verbs').pattern}"
                f"|作了?(?:一场)?(?:{words('talk_report_kinds').pattern}))"
            ),
        ),
        # 位于某街道某园区一号厂房内的职工书屋正式开放: where what opens stands
        Frame(re.compile("位于"), re.compile(f"(?:{localisers})?的")),
        # 利用厂俱乐部开办职工业余夜校: premises turned to the activity's use
        Frame(
            re.compile(words("premises_openers").pattern),
            re.compile(f"(?:{adverbs})?(?:{words('premises_verbs').pattern})"),
        ),
        # 在北京捧回了全国五一劳动奖章: where an award was received (:mod:`.awards`)
        Frame(re.compile("在"), re.compile(words("award_receipts").pattern)),
    )


def _gone_to() -> tuple[Frame, ...]:
    """Frames of a place gone to or named (来到…, 一行到…调研, a building opening its
    clause, 地点在…, 参观了…)."""
    adverbs = words("holding_adverbs").pattern
    visiting = words("visit_verbs").pattern
    return (
        # 来到酒仙桥街道职工服务中心, 走进…纪念馆，赴江苏苏州疗休养; 来到某物流园区一线，
        # 慰问…: the site, before the front line of it; 来到某街道困难职工某某家中: the
        # locality before the household
        Frame(
            re.compile(words("place_verbs").pattern),
            re.compile(
                f"(?:{words('site_front_lines').pattern})(?=[，。；]|$)|[，。；]|(?:{visiting})|$"
                f"|(?=(?:{words('household_owners').pattern})[^，。；]{{0,8}}家中)"
            ),
            going=True,
        ),
        # 一行到昌吉回族自治州调研: 到 only before a verb of visiting
        Frame(re.compile(f"(?<![{not_going_dao_openers()}])到"), re.compile(visiting)),
        # 某主席带队到某公司，慰问…: 到 after a party led there (the words of a delegation,
        # activities.yaml delegations: travel, not 感到/达到), the place up to the clause's
        # end, the place of the visit the next clause reports
        Frame(
            re.compile(f"(?:{words('delegations').pattern})到"),
            re.compile("[，。；]|$"),
            going=True,
        ),
        # 某市总工会女职工委员会到某项目工地，为…开展健康义诊: 到 right after a union or
        # its committee going there itself (工会, 委员会; not 体会到, 学会到, nor 动员会到场,
        # 区总工会到2025年底: 到 before 场/会/位 or a date), the place of
        # what the next clause reports (act25: real_dev25's gold, a photo page's caption)
        Frame(re.compile(r"(?<=工会|员会)到(?![场会位\d])"), re.compile("[，。；]|$"), going=True),
        # 某市工人文化宫隆重举行…表彰大会, 市工人文化宫将举行…书画展: a building that
        # opens its clause, the subject of 举行, done or planned
        Frame(
            re.compile("(?:^|(?<=[，。；：！？　 ]))"),
            re.compile(
                f"(?:{words('venue_subject_plans').pattern})?(?:{adverbs})?"
                f"(?:{words('venue_subject_verbs').pattern})"
            ),
            building=True,
        ),
        # …联赛开幕，比赛地点在市体育中心: the place set out after the event, to the
        # clause's end
        Frame(re.compile(words("place_labels").pattern), re.compile("[，。；]|$"), labelled=True),
        # 参观了北京新机场航站楼施工现场, 走访中关村软件园
        Frame(
            re.compile(f"(?:{words('site_verbs').pattern})了?"),
            re.compile("[，。；、]|等|$"),
            sites=True,
        ),
    )


def _not_after_so() -> str:
    """What may stand before a frame's 在: not the 正, 现, 存, 实 of 正在, 现在, 存在, 实在,
    nor the 所 of 所在 (其所在单位), unless that 所 ends a body's name
    (``org_suffixes.yaml``: 律师事务所, 研究所, 派出所…), the subject holding the
    activity there (某律师事务所在某服务中心举办讲座)."""
    bodies = [s for s in lexicon.words("org_suffixes.yaml", "suffixes") if s.endswith("所")]
    after_body = "".join(f"|(?<={re.escape(b)})" for b in bodies)
    return f"(?:(?<![正现存所实]){after_body})"


def frame_spans(frame: Frame, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans a frame may hold a place in: after each opening, up to each closing
    within :data:`LONGEST` characters, shortest first; no clause ends inside."""
    out = []
    for m in frame.opens.finditer(text, lo, hi):
        end = min(hi, m.end() + LONGEST)
        stop = re.search("[，。；：！？]", text[m.end() : end])
        end = m.end() + stop.start() + 1 if stop else end
        for c in frame.closes.finditer(text, m.end() + 1, min(hi, end)):
            out.append((m.end(), c.start()))
    return out
