"""The activity scorer on a made-up build and gold: digest items matched wherever their
anchor is, either grain for lists, and the place scores."""

from __future__ import annotations

import math
from types import SimpleNamespace

from gonghui_dev.activity_scoring import same_place, score_activities
from gonghui_dev.scoring import Scores

DIGEST = "▲溪翁庄镇总工会组织七十余名职工开展应急救护培训。"
SERIES = "通州区总工会开展健康讲座、技能比武、云课堂等“三八”系列活动，惠及四千余人次。"
SERIES_GOLD = (
    "  - {article: 标题, name: “三八”系列活动, anchor: 开展健康讲座、技能比武、云课堂等“三八”系列活动,"
    " category: campaign, status: held}\n"
)


def _build(paragraphs: list[tuple[str, str]], activities: list[dict]) -> SimpleNamespace:
    """A build of one page: (article id, text) paragraphs, article ``a1`` headed."""
    articles = sorted({a for a, _ in paragraphs})
    paras = [
        {"paragraph_id": f"p{n}", "article_id": a, "seq": n, "text": t}
        for n, (a, t) in enumerate(paragraphs)
    ]
    rows = []
    for n, act in enumerate(activities):
        text = paras[act["paragraph"]]["text"]
        start = text.index(act["name"])
        rows.append(
            {
                "activity_id": f"x{n}",
                "article_id": paras[act["paragraph"]]["article_id"],
                "paragraph_id": f"p{act['paragraph']}",
                "text_start": start,
                "text_end": start + len(act["name"]),
                "evidence": text,
                "name": act["name"],
                "category": act.get("category", "other"),
                "status": "held",
                "start_date": None,
                "end_date": None,
                "participants": None,
                "participants_unit": None,
                "participants_qualifier": None,
                "duration_days": None,
                "organiser_id": None,
                "parent_activity_id": None,
                "place": act.get("place"),
            }
        )
    return SimpleNamespace(
        articles_by_page={
            "p.txt": [
                {"article_id": a, "headline": "标题" if a == "a1" else None} for a in articles
            ]
        },
        tables={"activities": rows, "paragraphs": paras},
        orgs={},
        activities={r["activity_id"]: r for r in rows},
    )


def _score(tmp_path, gold: str, build) -> Scores:
    path = tmp_path / "p.activities.yaml"
    path.write_text("page: p.txt\nactivities:\n" + gold, encoding="utf-8")
    scores = Scores()
    score_activities(build, [path], scores)
    return scores


def test_a_digest_item_without_headline_is_found_in_the_article_holding_its_anchor(tmp_path):
    build = _build(
        [("a1", "第一条消息。"), ("a2", "另一条消息。"), ("a3", DIGEST)],
        [{"paragraph": 2, "name": "应急救护培训", "category": "training"}],
    )
    gold = (
        "  - {article: null, name: 应急救护培训, anchor: 开展应急救护培训,"
        " category: training, status: held}\n"
    )
    s = _score(tmp_path, gold, build)
    assert (s.activities.tp, s.activities.fp, s.activities.fn) == (1, 0, 0)


def test_a_list_of_activities_counts_once_at_either_grain(tmp_path):
    per_item = _build(
        [("a1", SERIES)],
        [{"paragraph": 0, "name": n} for n in ("健康讲座", "技能比武", "云课堂")],
    )
    s = _score(tmp_path, SERIES_GOLD, per_item)
    assert (s.activities.tp, s.activities.fp, s.activities.fn) == (1, 0, 0)
    item_gold = "".join(
        f"  - {{article: 标题, name: {n}, anchor: {n}, category: other, status: held}}\n"
        for n in ("健康讲座", "技能比武", "云课堂")
    )
    one = _build([("a1", SERIES)], [{"paragraph": 0, "name": "“三八”系列活动"}])
    s = _score(tmp_path, item_gold, one)
    assert (s.activities.tp, s.activities.fp, s.activities.fn) == (1, 0, 0)


def test_an_activity_outside_the_list_is_still_an_extra(tmp_path):
    build = _build(
        [("a1", SERIES), ("a1", "另外召开了座谈会。")],
        [{"paragraph": 0, "name": "“三八”系列活动"}, {"paragraph": 1, "name": "座谈会"}],
    )
    s = _score(tmp_path, SERIES_GOLD, build)
    assert (s.activities.tp, s.activities.fp, s.activities.fn) == (1, 1, 0)


def test_places_right_and_places_given_where_the_gold_has_none(tmp_path):
    text = "朝阳区总工会在区委党校举办培训班。会后召开座谈会。"
    build = _build(
        [("a1", text)],
        [
            {"paragraph": 0, "name": "培训班", "category": "training", "place": "朝阳区委党校"},
            {"paragraph": 0, "name": "座谈会", "category": "meeting", "place": "会后"},
        ],
    )
    gold = (
        "  - {article: 标题, name: 培训班, anchor: 举办培训班, category: training,"
        " status: held, place: 区委党校}\n"
        "  - {article: 标题, name: 座谈会, anchor: 召开座谈会, category: meeting,"
        " status: held, place: null}\n"
    )
    s = _score(tmp_path, gold, build)
    assert s.activity_place.total == 1 and s.activity_place.value == 1.0
    assert s.activity_place_given_none.total == 1 and s.activity_place_given_none.value == 1.0
    assert math.isnan(Scores().activity_place_given_none.value)


def test_a_place_is_right_when_it_is_the_same_or_most_of_it():
    assert same_place("区委党校", "朝阳区委党校") and same_place("园博园", "园博园")
    assert not same_place("区委党校", None) and not same_place(
        "东乌珠穆沁旗", "东乌珠穆沁旗的矿区和牧场"
    )
    assert not same_place("了解党史", "党史")
