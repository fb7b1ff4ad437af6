"""A briefs column may bullet its items with a photo's pointer (``▲某厂职工之家挂牌 日前，
…（某某）``) or print each item's head in 【】 after the bullet (``■【某县工会举办…】5月3日，
…``, the bold brackets of an e-paper's text layer): each brief is an article headed by its
run-in head (without the mark or the brackets), its text the body and the credit closing it
the byline. A ``▲`` before a sentence with a photographer's credit stays a photo's caption,
and a bracketed label too short for a title heads no article. Invented text in the shape of
provincial workers' papers' briefs pages (session 43)."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = "第03版：工会动态\n2023年5月16日 星期二\n"
BRIEFS = [
    (
        "青河县电力公司职工之家挂牌",
        "日前，青河县电力公司职工之家正式挂牌，活动室同步开放。",
        "（韩雪）",
    ),
    (
        "南塘区总工会举办焊工技能比武",
        "5月12日，南塘区总工会举办焊工技能比武，28名选手参赛。",
        "（吴强）",
    ),
    ("西岭镇工会慰问一线环卫职工", "近日，西岭镇工会为120名环卫职工送去慰问品。", "（周敏）"),
]


def _heads(articles: list[list[tuple[str, str]]]) -> list[str]:
    return [text for a in articles for role, text in a if role == "headline"]


def test_briefs_bulleted_with_a_pointer_are_headed_by_their_run_in_heads() -> None:
    page = PAGE + "".join(f"▲{head}\u3000{text}{credit}\n" for head, text, credit in BRIEFS)
    articles = layout_articles(page)
    assert len(articles) == 3
    assert _heads(articles) == [head for head, _, _ in BRIEFS]
    assert all(role != "photo_caption" for a in articles for role, _ in a)
    assert ("byline", "（吴强）") in articles[1]


def test_bracketed_heads_after_a_bullet_head_their_briefs() -> None:
    for mark in "■▲●":
        page = PAGE + "".join(f"{mark}【{head}】{text}{credit}\n" for head, text, credit in BRIEFS)
        articles = layout_articles(page)
        assert len(articles) == 3
        assert _heads(articles) == [head for head, _, _ in BRIEFS]
        assert ("body", BRIEFS[2][1]) in articles[2]


def test_a_pointer_before_a_credited_photo_sentence_stays_a_caption() -> None:
    page = (
        PAGE
        + "▲选手们在焊工项目比赛中认真操作。（韩雪 摄）\n"
        + "".join(f"▲{head}\u3000{text}{credit}\n" for head, text, credit in BRIEFS[1:])
    )
    articles = layout_articles(page)
    captions = [text for a in articles for role, text in a if role == "photo_caption"]
    assert captions == ["▲选手们在焊工项目比赛中认真操作。"]
    assert _heads(articles) == [head for head, _, _ in BRIEFS[1:]]


def test_a_short_bracketed_label_heads_no_brief() -> None:
    page = PAGE + "■【简讯】5月12日，南塘区总工会举办焊工技能比武，28名选手参赛。（吴强）\n"
    articles = layout_articles(page)
    assert len(articles) == 1
    assert _heads(articles) == []
