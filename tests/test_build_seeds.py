"""The build on the five seed pages, checked against what a reader finds on them.

Every expected number here was counted by reading the pages in ``seeds/``, not copied
from the build's output.
"""

from __future__ import annotations

from collections import Counter

# page → articles, read off the pages: 000 one feature; 001 a signed commentary and six
# news items (本报讯…); 002, 003, 004 one feature each.
ARTICLES_PER_PAGE = {"000": 1, "001": 7, "002": 1, "003": 1, "004": 1}

HEADLINES = {
    "要有新气象新作为",
    "把职工对美好生活的向往作为工会奋斗目标",
    "“安康杯”专项活动助力城市副中心建设",
    "百余名中层干部骨干走进学习研讨班",
    "工会干部先学后考弄通悟透指导思想",
    "西三旗宣讲团进楼宇解读“工会法”",
    "朝阳门街道邀专家为工会创新献策",
    "平谷志愿者关爱康复中心智障儿童",
    "把全面从严治党要求贯穿工会改革全过程",
    "以改革创新精神加强自身建设",
    "全力当好职工娘家人",
}

# Journalists signing the pages' bylines, datelines and photo credits.
JOURNALISTS = {
    "王路曼",
    "彭程",
    "赵思远",
    "边磊",
    "张晶",
    "阎义",
    "马超",
    "孙艳",
    "刘欣欣",
    "周美玉",
    "陈曦",
    "李一然",
    "万玉藻",
}


def test_build_reports_every_page_and_article(seeds_build):
    _, summary = seeds_build
    assert summary.pages == 5
    assert summary.articles == 11
    assert summary.warnings == 0, [str(p) for p in [*summary.invalid, *summary.failures]]


def test_articles_per_page_match_the_pages(seeds_tables):
    per_page = Counter(a["source_file"][:3] for a in seeds_tables["articles"])
    assert dict(per_page) == ARTICLES_PER_PAGE


def test_headlines_are_the_printed_ones(seeds_tables):
    assert {a["headline"] for a in seeds_tables["articles"]} == HEADLINES


def test_article_kinds(seeds_tables):
    kinds = Counter(a["kind"] for a in seeds_tables["articles"])
    assert kinds == {"news_item": 6, "feature": 3, "commentary": 1, "interview_roundup": 1}


def test_articles_name_their_source_file(seeds_tables):
    files = {a["source_file"] for a in seeds_tables["articles"]}
    assert files == {p["source_file"] for p in seeds_tables["pages"]}
    assert all(f.endswith(".txt") for f in files)


def test_every_page_is_fully_covered(seeds_tables):
    for page in seeds_tables["pages"]:
        assert page["covered_chars"] == page["nonblank_chars"], page["source_file"]
        assert page["coverage"] == 1.0


def test_authors_are_the_bylined_journalists(seeds_tables):
    people = {p["person_id"]: p for p in seeds_tables["people"]}
    journalists = {
        people[a["person_id"]]["name"]
        for a in seeds_tables["authors"]
        if a["role"] in ("reporter", "photographer")
    }
    assert journalists == JOURNALISTS
    # 000: 王路曼/文 彭程/摄; 001: the commentary's author, six datelines, one photo
    # credit; 002: six names 文/摄 (two roles each); 003: five 文, one 摄; 004: 文/摄.
    assert len(seeds_tables["authors"]) == 2 + 8 + 12 + 6 + 2


def test_a_reporter_on_four_pages_is_one_person(seeds_tables):
    rows = [p for p in seeds_tables["people"] if p["name"] == "王路曼"]
    assert len(rows) == 1
    assert rows[0]["is_journalist"]
    articles = {
        a["article_id"] for a in seeds_tables["authors"] if a["person_id"] == rows[0]["person_id"]
    }
    pages = {a["page_id"] for a in seeds_tables["articles"] if a["article_id"] in articles}
    assert len(pages) == 4


def test_people_join_to_the_articles_that_name_them(seeds_tables):
    articles = {a["article_id"]: a for a in seeds_tables["articles"]}
    people = {p["name"]: p["person_id"] for p in seeds_tables["people"]}
    # 张晓林 heads 东城区总工会 in 003, in a caption and in the text
    mentioned_in = {
        articles[m["article_id"]]["source_file"][:3]
        for m in seeds_tables["person_mentions"]
        if m["person_id"] == people["张晓林"]
    }
    assert mentioned_in == {"003"}


def test_activities_carry_their_article(seeds_tables):
    article_ids = {a["article_id"] for a in seeds_tables["articles"]}
    assert seeds_tables["activities"]
    assert all(act["article_id"] in article_ids for act in seeds_tables["activities"])


def test_every_extracted_fact_points_into_its_page(seeds_tables):
    """Provenance: the page span of each mention holds the name as the page prints it
    (a reference by surname and title, 李主席, or by a short name, 阿依古丽, holds less)."""
    from tests.conftest import SEEDS

    pages = {
        p["page_id"]: (SEEDS / p["source_file"]).read_text(encoding="utf-8")
        for p in seeds_tables["pages"]
    }
    paragraphs = {p["paragraph_id"]: p for p in seeds_tables["paragraphs"]}
    people = {p["person_id"]: p["name"] for p in seeds_tables["people"]}
    for m in seeds_tables["person_mentions"]:
        page_text = pages[paragraphs[m["paragraph_id"]]["page_id"]]
        printed = page_text[m["page_start"] : m["page_end"]]
        compact = "".join(printed.split())
        short = m["source"] in ("surname_title", "short_name")
        assert compact == people[m["person_id"]] or short, (m, printed)
        assert compact in people[m["person_id"]] or m["source"] == "surname_title", (m, printed)
