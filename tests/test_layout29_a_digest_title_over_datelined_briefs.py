"""A digest's title (``简讯``, ``工会简讯``) over a run of briefs that each open with a bare
dateline and print no headline (``本报讯 …（某某）``) is the page's furniture, as over
bulleted briefs, not the first brief's headline. A headline over one datelined item,
the next item under a headline of its own, stays that item's. Invented briefs in the
shape of an old workers' paper's column."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

_BRIEFS = [
    "本报讯 市纺织工业局工会最近举办了第三期工会干部培训班，七十多名基层工会干部参加了学习。（徐敏）",
    "本报讯 市二轻局工会日前召开女工工作会议，总结交流了开展“五好家庭”活动的经验。（何平）",
]


def _headlines(lines: list[str]) -> tuple[list[str | None], list[str]]:
    parsed = parse_page(page_from_bytes("p.txt", "\n".join(lines).encode()))
    heads = []
    for a in parsed.articles:
        found = [p.text for p in parsed.paragraphs_of(a.index) if p.role == "headline"]
        heads.append(found[0] if found else None)
    furniture = [p.text for p in parsed.paragraphs if p.role == "furniture"]
    return heads, furniture


def test_a_digest_title_over_datelined_briefs_is_furniture() -> None:
    heads, furniture = _headlines(["工会简讯", *_BRIEFS])
    assert heads == [None, None]
    assert "工会简讯" in furniture


def test_a_digest_title_under_a_page_label_over_datelined_briefs_is_furniture() -> None:
    heads, furniture = _headlines(["第二版", "简讯", *_BRIEFS])
    assert heads == [None, None]
    assert "简讯" in furniture


def test_a_headline_over_one_datelined_item_stays_its_headline() -> None:
    lines = ["工会简讯", _BRIEFS[0], "二轻局工会召开女工工作会议", _BRIEFS[1]]
    heads, _ = _headlines(lines)
    assert heads == ["工会简讯", "二轻局工会召开女工工作会议"]
