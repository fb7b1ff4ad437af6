"""Activities of a build scored against the gold (``tests/fixtures/ANNOTATION.md``).

A gold activity is matched, one to one and best-fitting pairs first, with a build
activity of the article the gold names: one whose sentence holds the gold anchor, or
whose name is like the gold name. A gold activity without an article (a digest item
printing no headline) is looked for in whichever article of the page holds its anchor.

**Either grain for lists.** ``A、B等系列活动`` may be annotated, and built, as one
activity or as one per item: the gold and build activities that stand in one such list
form a group; a group found on both sides counts once (its best pair is scored), and
its other members are neither misses nor extras.

Besides F1, per matched activity: category, status, dates, the participant count (number,
unit and qualifier), duration, organiser, parent; and the place, two ways: **right**
where the gold gives one (the same words, or one containing the other when the shorter
is at least :data:`PLACE_OVERLAP` of the longer: 区委党校 for 朝阳区委党校), and the
**share given where the gold gives none** (a wrong place: lower is better).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from gonghui_dev.tally import _norm

if TYPE_CHECKING:
    from gonghui_dev.scoring import Build, Scores

#: How much of the longer of two places the shorter must be when one contains the other.
PLACE_OVERLAP = 0.6
#: A list of items closed by 等 and an activity head (健康讲座、技能比武、云课堂等“三八”
#: 系列活动): the scorer's own shape, apart from the build's rules.
LIST = re.compile(
    r"(?P<items>(?:“[^“]{1,20}“|[^，。；：、“]{2,20})(?:、(?:“[^“]{1,20}“|[^，。；：、“]{2,20}))+)"
    r"等[^，。；：]{0,14}?(?:活动|行动)"
)
#: The fit a pair within one list group gets when nothing else ties them.
GROUP_FIT = 0.1


def _bigrams(text: str) -> set[str]:
    text = _norm(text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def _similar(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x | y)


def _fit(gold: dict, candidate: dict, paragraphs: dict) -> float:
    """How well a build activity matches a gold one: 0 when it does not."""
    anchor = _norm(gold.get("anchor"))
    where = _norm(paragraphs[candidate["paragraph_id"]]["text"])
    sentence = _norm(candidate["evidence"])
    in_sentence = bool(anchor) and (anchor in sentence or sentence in anchor)
    near = bool(anchor) and anchor in where
    name = _similar(gold.get("name"), candidate["name"])
    same = candidate["category"] == gold["category"]
    if not (in_sentence or name >= 0.5):
        return 0.0
    return 2.0 * in_sentence + 0.5 * near + 2.0 * name + 0.5 * same


def same_place(gold: str, found: str | None) -> bool:
    """The build's place is the gold's: the same words, or one inside the other and the
    shorter most of the longer."""
    g, f = _norm(gold), _norm(found)
    if not f:
        return False
    if g == f:
        return True
    short, long = sorted((g, f), key=len)
    return short in long and len(short) >= PLACE_OVERLAP * len(long)


def _normalised(text: str) -> tuple[str, list[int]]:
    """``_norm(text)`` and, for each of its characters, the offset in ``text``."""
    kept = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    return _norm("".join(ch for _, ch in kept)), [i for i, _ in kept]


@dataclass(frozen=True)
class _List:
    paragraph_id: str
    start: int  # in the paragraph's normalised text
    end: int


class _Page:
    """The build's articles, paragraphs and activities of one page, as the matcher needs
    them."""

    def __init__(self, build: Build, page: str, paragraphs: dict[str, dict]):
        self.articles = build.articles_by_page.get(page, [])
        ids = {a["article_id"] for a in self.articles}
        self.by_headline = {_norm(a["headline"]): a["article_id"] for a in self.articles}
        self.activities: dict[str, list[dict]] = defaultdict(list)
        for act in build.tables["activities"]:
            if act["article_id"] in ids:
                self.activities[act["article_id"]].append(act)
        mine = sorted(
            (p for p in paragraphs.values() if p["article_id"] in ids), key=lambda p: p["seq"]
        )
        self.text: dict[str, tuple[str, list[int]]] = {
            p["paragraph_id"]: _normalised(p["text"]) for p in mine
        }
        self.article_text = {
            aid: "".join(self.text[p["paragraph_id"]][0] for p in mine if p["article_id"] == aid)
            for aid in ids
        }
        self.lists = [
            _List(pid, m.start(), m.end())
            for pid, (text, _) in self.text.items()
            for m in LIST.finditer(text)
        ]

    def pool(self, gold: dict) -> list[dict]:
        """The build activities a gold activity may be: of its article, or of the
        articles holding its anchor when the gold names none."""
        if gold.get("article"):
            return self.activities.get(self.by_headline.get(_norm(gold["article"]), ""), [])
        anchor = _norm(gold.get("anchor"))
        holding = [aid for aid, text in self.article_text.items() if anchor and anchor in text]
        return [act for aid in holding or self.article_text for act in self.activities[aid]]

    def list_of_gold(self, gold: dict) -> _List | None:
        """The list a gold activity's anchor stands in, if any."""
        anchor = _norm(gold.get("anchor"))
        for lst in self.lists:
            text = self.text[lst.paragraph_id][0]
            for m in re.finditer(re.escape(anchor), text) if anchor else ():
                if m.start() < lst.end and lst.start < m.end():
                    return lst
        return None

    def list_of_build(self, act: dict) -> _List | None:
        """The list a build activity's name stands in, if any."""
        if act["paragraph_id"] not in self.text:
            return None
        offsets = self.text[act["paragraph_id"]][1]
        start = next((i for i, o in enumerate(offsets) if o >= act["text_start"]), len(offsets))
        end = next((i for i, o in enumerate(offsets) if o >= act["text_end"]), len(offsets))
        return next(
            (
                lst
                for lst in self.lists
                if lst.paragraph_id == act["paragraph_id"] and start < lst.end and lst.start < end
            ),
            None,
        )


def _match(
    gold_rows: list[dict], page: _Page, paragraphs: dict
) -> tuple[dict[int, dict], set[int], set[str]]:
    """Gold index → build activity, one to one, best-fitting pairs first; and the gold
    indices and build ids absorbed into a list group found on both sides."""
    gold_lists = {i: page.list_of_gold(g) for i, g in enumerate(gold_rows)}
    build_lists = {
        c["activity_id"]: page.list_of_build(c) for cs in page.activities.values() for c in cs
    }
    pairs = []
    for i, g in enumerate(gold_rows):
        for c in page.pool(g):
            fit = _fit(g, c, paragraphs)
            in_list = gold_lists[i]
            if not fit and in_list is not None and in_list == build_lists[c["activity_id"]]:
                fit = GROUP_FIT
            pairs.append((fit, i, c["activity_id"], c))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    assigned: dict[int, dict] = {}
    used: set[str] = set()
    for fit, i, activity_id, c in pairs:
        if fit > 0 and i not in assigned and activity_id not in used:
            assigned[i] = c
            used.add(activity_id)
    # a list with members on both sides, one of them matched: found once
    both = set(gold_lists.values()) & set(build_lists.values())
    matched = {gold_lists[i] for i in assigned} | {build_lists[c] for c in used}
    found_lists = (both & matched) - {None}
    absorbed_gold = {i for i, lst in gold_lists.items() if i not in assigned and lst in found_lists}
    absorbed_build = {
        aid for aid, lst in build_lists.items() if aid not in used and lst in found_lists
    }
    return assigned, absorbed_gold, absorbed_build


def _score_pair(g: dict, best: dict, label: str, build: Build, scores: Scores) -> None:
    """The fields of a matched activity."""
    scores.activity_category.add(
        best["category"] == g["category"], f"{label}: gold {g['category']} build {best['category']}"
    )
    scores.activity_status.add(
        best["status"] == g["status"], f"{label}: gold {g['status']} build {best['status']}"
    )
    if g.get("start"):
        ok = str(g["start"]) == (best["start_date"] or "") and str(g.get("end") or "") == (
            best["end_date"] or ""
        )
        scores.activity_dates.add(
            ok,
            f"{label}: gold {g['start']}..{g.get('end')} "
            f"build {best['start_date']}..{best['end_date']}",
        )
    if g.get("participants") is not None:
        ok = (
            g["participants"] == best["participants"]
            and g.get("participants_qualifier") == best["participants_qualifier"]
            and g.get("participants_unit") == best["participants_unit"]
        )
        scores.activity_participants.add(
            ok,
            f"{label}: gold {g['participants']} {g.get('participants_qualifier')} "
            f"{g.get('participants_unit')} build {best['participants']} "
            f"{best['participants_qualifier']} {best['participants_unit']}",
        )
    if g.get("duration_days") is not None:
        scores.activity_duration.add(
            best["duration_days"] == g["duration_days"],
            f"{label}: gold {g['duration_days']} build {best['duration_days']}",
        )
    if g.get("organiser"):
        found = build.orgs.get(best["organiser_id"] or "", "")
        scores.activity_organiser.add(
            _norm(found) == _norm(g["organiser"]), f"{label}: gold {g['organiser']} build {found}"
        )
    if g.get("place"):
        scores.activity_place.add(
            same_place(g["place"], best["place"]),
            f"{label}: gold {g['place']} build {best['place']}",
        )
    else:
        scores.activity_place_given_none.add(best["place"] is None, f"{label}: {best['place']}")


def score_activities(build: Build, gold_files: list[Path], scores: Scores) -> None:
    paragraphs = {p["paragraph_id"]: p for p in build.tables["paragraphs"]}
    for path in gold_files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        page_name = gold["page"]
        page = _Page(build, page_name, paragraphs)
        gold_rows = gold.get("activities") or []
        assigned, absorbed_gold, absorbed_build = _match(gold_rows, page, paragraphs)
        gold_to_build: dict[str, str] = {}
        for i, g in enumerate(gold_rows):
            label = f"{page_name[:3]} {g.get('name') or g.get('anchor')}"
            best = assigned.get(i)
            if best is None:
                if i not in absorbed_gold:
                    scores.activities.fn += 1
                    scores.activities.misses.append(label)
                continue
            gold_to_build[_norm(g.get("name") or g.get("anchor"))] = best["activity_id"]
            scores.activities.tp += 1
            _score_pair(g, best, label, build, scores)
        for g in gold_rows:
            if g.get("parent"):
                child = gold_to_build.get(_norm(g.get("name") or g.get("anchor")))
                parent = gold_to_build.get(_norm(g["parent"]))
                if child and parent:
                    scores.activity_parent.add(
                        build.activities[child]["parent_activity_id"] == parent,
                        f"{page_name[:3]} {g.get('name')} in {g['parent']}",
                    )
        used = {c["activity_id"] for c in assigned.values()} | absorbed_build
        extras = [c for cs in page.activities.values() for c in cs if c["activity_id"] not in used]
        scores.activities.fp += len(extras)
        scores.activities.extras += [
            f"{page_name[:3]} {c['name']} ({c['category']})" for c in extras
        ]
