"""A national or provincial workers' paper's long kicker (引题) over a feature's headline,
ending with a dash, that the text layer of its e-paper or PDF broke over two lines
(``…让技术工人有奔`` / ``头——``): it read as the page's standfirst over the first head,
or as the last paragraph of the item above. It is the headline's kicker. A standfirst of
sentences, and a paragraph that ends with a full stop, keep their roles. Invented pages in
the shape of a national workers' daily's PDF pages read in session 43 (layout43)."""

from __future__ import annotations

from tests.conftest import layout_articles

TOP = "工人日报/2024 年/6 月/12 日/第 003 版工会新闻\n"
KICKER = "湖南工会持续深化产业工人队伍建设改革,搭建成长平台,拓宽发展通道,让技术工人有奔\n头——\n"
FEATURE = (
    "技能“金钥匙”打开职工成长之门\n"
    "本报记者 孟青川 本报通讯员 陆思齐\n"
    "去年以来,湖南省各级工会开展技能竞赛 3200 余场,参赛职工达 40 万人次。\n"
    "“拿到高级技师证书后,我的工资涨了一大截。”在湘潭一家电机企业,焊工龙晓峰笑着说。\n"
)
BRIEF = (
    "长沙工会驿站服务外卖骑手\n"
    "本报讯（记者 孟青川）近日，长沙市总工会新建工会驿站40个，为外卖骑手提供歇脚、充电服务。\n"
)
KICKER_TEXT = KICKER.replace("\n", "")


def _kickers(articles: list[list[tuple[str, str]]]) -> list[list[str]]:
    return [[text.replace("\n", "") for role, text in a if role == "kicker"] for a in articles]


def test_a_broken_dashed_kicker_over_the_first_head_is_its_kicker() -> None:
    articles = layout_articles(TOP + KICKER + FEATURE)
    assert len(articles) == 1
    assert _kickers(articles) == [[KICKER_TEXT]]
    assert ("headline", "技能“金钥匙”打开职工成长之门") in articles[0]


def test_a_broken_dashed_kicker_under_a_brief_goes_to_the_next_head() -> None:
    articles = layout_articles(TOP + BRIEF + KICKER + FEATURE)
    assert len(articles) == 2
    assert _kickers(articles) == [[], [KICKER_TEXT]]
    assert [role for role, _ in articles[0]] == ["headline", "dateline"]


def test_a_standfirst_of_sentences_over_the_first_head_stays_one() -> None:
    standfirst = "去年以来，全省工会开展技能竞赛3200余场。越来越多的技术工人实现了跨越——\n"
    articles = layout_articles(TOP + standfirst + FEATURE)
    assert _kickers(articles) == [[]]


def test_a_paragraph_ending_with_a_full_stop_stays_the_items_text() -> None:
    tail = "驿站还配备了微波炉和急救包，受到骑手们欢迎。\n"
    articles = layout_articles(TOP + BRIEF + tail + FEATURE)
    assert ("body", tail.strip()) in articles[0]
    assert _kickers(articles) == [[], []]


def test_a_rosters_open_term_over_a_head_stays_the_rosters() -> None:
    roster = "区总工会历任主席\n区总工会成立后，历任主席如下。\n主 席   钱立新   1984.6—\n"
    articles = layout_articles(TOP + roster + FEATURE)
    assert all(role != "kicker" for a in articles for role, _ in a)
