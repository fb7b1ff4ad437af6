"""Layout of hand-written pages in the shapes real union-news texts come in
(``tests/pages/shapes/``, one page per shape of ``PAGE_SHAPES.md`` and more).

Each ``<page>.layout.yaml`` says what a reader finds, in the layout part of the gold
format of ``tests/fixtures/ANNOTATION.md``: page furniture, whether the text is printed
twice or interleaved, and per article its headline parts, byline, body paragraphs and
whether it is continued on another page. Whitespace is ignored in comparisons.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from gonghui_dev.scoring import _norm

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from gonghui_build.records.pages import covered

SHAPES = Path(__file__).parent / "pages" / "shapes"
NAMES = sorted(p.stem for p in SHAPES.glob("*.txt"))
PAGE_LEVEL = ("furniture", "banner")


def norm(text: str | None) -> str | None:
    """Whitespace and Markdown marks removed, punctuation in one width (as the scorer)."""
    return _norm(re.sub(r"^#+|\*\*", "", text)) if text else None


@pytest.fixture(scope="module", params=NAMES)
def case(request):
    path = SHAPES / f"{request.param}.txt"
    page = page_from_bytes(path.name, path.read_bytes())
    expected = yaml.safe_load((SHAPES / f"{request.param}.layout.yaml").read_text("utf-8"))
    return page, parse_page(page), expected


def _article_paragraphs(parsed, index):
    return [p for p in parsed.paragraphs if p.article == index]


def _first(paras, role):
    """The article's text in ``role``, its paragraphs joined (a headline set over two
    lines is one headline, as the articles table joins it)."""
    texts = [norm(p.text) for p in paras if p.role == role]
    return "".join(texts) if texts else None


def test_shape_pages_cover_every_shape():
    assert len(NAMES) >= 40


def test_articles_are_found_with_headline_kicker_and_subtitle(case):
    _, parsed, expected = case
    found = []
    for a in parsed.articles:
        paras = _article_paragraphs(parsed, a.index)
        subtitle = _first(paras, "subtitle")
        found.append((_first(paras, "headline"), _first(paras, "kicker"), subtitle))
    wanted = [
        (norm(a["headline"]), norm(a["kicker"]), norm(a["subtitle"])) for a in expected["articles"]
    ]
    found = [(h, k, s.lstrip("—") if s else None) for h, k, s in found]
    assert found == wanted


def test_each_article_has_its_byline_dateline_or_end_credit(case):
    _, parsed, expected = case
    assert len(parsed.articles) == len(expected["articles"])
    for a, wanted in zip(parsed.articles, expected["articles"], strict=True):
        credits = [
            norm(p.text)
            for p in _article_paragraphs(parsed, a.index)
            if p.role in ("byline", "dateline")
        ]
        if wanted["byline"]:
            assert norm(wanted["byline"]) in credits, (wanted["byline"], credits)
        else:
            assert credits == []


def test_body_paragraphs_are_the_paragraphs_the_writer_meant(case):
    _, parsed, expected = case
    found = [
        sum(p.role == "body" for p in _article_paragraphs(parsed, a.index)) for a in parsed.articles
    ]
    assert found == [a["body_paragraphs"] for a in expected["articles"]]


def test_page_furniture_belongs_to_no_article(case):
    _, parsed, expected = case
    page_level = {norm(p.text) for p in parsed.paragraphs if p.role in PAGE_LEVEL}
    assert page_level == {norm(x) for x in expected["furniture"]}
    assert all(p.article is None for p in parsed.paragraphs if p.role in PAGE_LEVEL)


def test_continuation_markers_flag_the_article_as_continued(case):
    _, parsed, expected = case
    assert [a.continued for a in parsed.articles] == [a["continued"] for a in expected["articles"]]


def test_text_printed_twice_is_kept_and_recorded_as_a_repeat(case):
    _, parsed, expected = case
    repeats = [p for p in parsed.paragraphs if p.role == "repeat"]
    assert bool(repeats) == expected["repeated"]
    assert all(p.article is not None for p in repeats)


def test_interleaved_columns_are_read_apart_and_recorded(case):
    _, parsed, expected = case
    kinds = {e.kind for p in parsed.paragraphs for e in p.cleaned.edits}
    assert ("column_deinterleaved" in kinds) == expected["interleaved"]


def test_every_character_lies_in_exactly_one_paragraph(case):
    page, parsed, _ = case
    nonblank = sum(1 for ch in page.text if not ch.isspace())
    assert nonblank > 0
    assert covered(page.text, parsed.paragraphs) == nonblank


def test_dates_printed_in_the_furniture_are_given_with_their_kind_and_span(case):
    page, parsed, expected = case
    found = layout(split_blocks(page.text)).printed_dates
    assert [(d.date, d.kind) for d in found] == [
        (str(d["date"]), d["kind"]) for d in expected.get("printed_dates", [])
    ]
    for d in found:
        assert page.text[d.start : d.end] == d.text
        assert any(p.role == "furniture" and p.page_start <= d.start for p in parsed.paragraphs)


def test_two_columns_without_the_evidence_to_read_them_apart_are_flagged_garbled():
    text = (
        "区总工会召开职工代表大会\n"
        "本报讯 3月5日，区总工会召开第三届职工代表大会第二次会议。\n"
        "会议审议通过了工作报告和财务报告   区总工会主席冯立新作了题为\n"
        "大会选举产生了新一届经审委员会   《凝心聚力再出发》的工作报告\n"
    )
    page = page_from_bytes("two_lines.txt", text.encode("utf-8"))
    parsed = parse_page(page)
    flagged = [
        r
        for p in parsed.paragraphs
        for r in parsed.runs.get(p.seq, [])
        if "interleaved" in r.signals
    ]
    assert flagged, "two lines read across two columns must not pass for text"
    kinds = {e.kind for p in parsed.paragraphs for e in p.cleaned.edits}
    assert "column_deinterleaved" not in kinds  # two lines are too few to read them apart


def test_roster_lines_keep_each_name_apart_from_its_post():
    path = SHAPES / "roster_notice_members.txt"
    parsed = parse_page(page_from_bytes(path.name, path.read_bytes()))
    body = [p.text for p in parsed.paragraphs if p.role == "body"]
    roster = [t for t in body if "区总工会" in t and "。" not in t and "，" not in t]
    assert roster == [
        "主任：蒲立衡 区总工会党组书记、常务副主席",
        "副主任：晏青 区总工会副主席",
        "成员：宓航 区总工会经济技术部部长",
        "蓝思齐 区总工会办公室主任",
    ]
    assert "欧阳明哲 区人力社保局副局长" in body
    assert "邬岚 区职工服务中心主任" in body


def test_two_lines_shaped_as_a_roster_are_no_roster():
    text = "区总工会召开座谈会\n王晓峰 主持会议\n陈立新 作总结讲话\n会议于下午五时结束。\n"
    parsed = parse_page(page_from_bytes("two_roster_lines.txt", text.encode("utf-8")))
    assert not any(" " in p.text for p in parsed.paragraphs if p.role == "body")


def test_table_rows_are_text_with_their_cells_apart():
    path = SHAPES / "md_table_rows.txt"
    parsed = parse_page(page_from_bytes(path.name, path.read_bytes()))
    rows = [p.text for p in parsed.paragraphs if p.role == "body" and "|" in p.text]
    assert rows == ["|项目|姓名|单位|", "|电工|蒲立衡|青溪供电公司|", "|焊工|晏青|青溪重工|"]


def test_one_wide_gap_after_a_full_stop_in_an_unindented_line_is_no_paragraph_break():
    from gonghui_build.layout.lines import inline_paragraphs, split_lines

    (line,) = split_lines("会议在区职工之家召开。    区总工会主席冯立新作工作报告。")
    assert inline_paragraphs(line) == [line]
    (indented,) = split_lines("　　会议在区职工之家召开。　　区总工会主席冯立新作工作报告。")
    assert [p.text for p in inline_paragraphs(indented)] == [
        "会议在区职工之家召开。",
        "区总工会主席冯立新作工作报告。",
    ]


def test_an_institutions_name_is_logo_furniture_only_with_digits_glued_on():
    from gonghui_build.layout.furniture import furniture_kind

    assert furniture_kind("澄江市职工素质教育学校1") is not None
    assert furniture_kind("澄江市职工素质教育学校") is None  # a kicker may name a school
    assert furniture_kind("第三届职工技能大赛决赛2") is None  # no institution's name


def test_scene_captions_between_paragraphs_are_photo_captions():
    path = SHAPES / "web_copy_scene_captions_between_text.txt"
    parsed = parse_page(page_from_bytes(path.name, path.read_bytes()))
    captions = [p.text for p in parsed.paragraphs if p.role == "photo_caption"]
    assert captions == ["送清凉活动现场", "快递小哥在爱心驿站合影。"]
    headings = [p for p in parsed.paragraphs if p.role == "section_heading"]
    assert headings == []


def _parse(name: str, text: str):
    return parse_page(page_from_bytes(name, text.encode("utf-8")))


def test_a_round_up_title_line_with_a_bar_is_the_pages_not_text():
    text = (
        "每周要闻 | 松川市总工会启动技能月；溪口镇举办职工运动会\n\n"
        "工会动态\n\n"
        "松川市总工会启动第五届职工技能月\n\n"
        "8月3日，松川市总工会启动第五届职工技能月，首批十二个工种开赛。\n\n"
        "溪口镇总工会举办首届职工趣味运动会\n\n"
        "溪口镇总工会8月5日举办首届职工趣味运动会，二百余名职工参加。\n"
    )
    parsed = _parse("round_up.txt", text)
    headlines = [p.text for p in parsed.paragraphs if p.role == "headline"]
    assert headlines == ["松川市总工会启动第五届职工技能月", "溪口镇总工会举办首届职工趣味运动会"]
    page_level = [p for p in parsed.paragraphs if p.role in PAGE_LEVEL]
    assert len(page_level) == 2 and all(p.article is None for p in page_level)


def test_a_digest_title_over_one_long_article_keeps_its_section_headings():
    body = "".join(
        f"第{n}段，松川市总工会走访十二家企业，听取职工意见和建议。\n\n" for n in "一二三四"
    )
    text = (
        "工作动态\n\n松川市总工会开展职工需求大调研\n\n"
        f"{body}下一步将建立职工需求清单制度\n\n"
        "松川市总工会将把调研中收集的意见建议逐条梳理，建立清单。\n"
    )
    parsed = _parse("long_under_digest_title.txt", text)
    assert len(parsed.articles) == 1
    roles = [p.role for p in parsed.paragraphs]
    assert roles.count("section_heading") == 1 and roles.count("body") == 5


def _head(parsed) -> list[tuple[str, str]]:
    roles = ("banner", "kicker", "headline", "subtitle")
    return [(p.role, p.text) for p in parsed.paragraphs if p.role in roles]


def test_three_head_lines_over_the_only_articles_byline_are_kicker_headline_subtitle():
    text = (
        "桐溪街道总工会\n“小院”里开出职工书屋\n三百册新书送到工友身边\n"
        "□本报记者 乔远山\n"
        "6月2日，桐溪街道职工书屋开放，三百余册新书供周边企业职工借阅。\n"
    )
    assert _head(_parse("lone_head.txt", text)) == [
        ("kicker", "桐溪街道总工会"),
        ("headline", "“小院”里开出职工书屋"),
        ("subtitle", "三百册新书送到工友身边"),
    ]


def test_a_slogan_over_the_only_articles_head_stays_the_pages_banner():
    text = (
        "凝心聚力 建功立业\n桐溪街道总工会\n“小院”里开出职工书屋\n"
        "□本报记者 乔远山\n"
        "6月2日，桐溪街道职工书屋开放，三百余册新书供周边企业职工借阅。\n"
    )
    head = _head(_parse("slogan_head.txt", text))
    assert head[0] == ("banner", "凝心聚力 建功立业")
    assert ("headline", "“小院”里开出职工书屋") in head


def test_a_square_and_a_signing_team_under_a_subtitle_is_the_byline():
    text = (
        "“车间旁”建起职工之家\n——桐溪化工集团工会工作纪实\n■河川省化工工会联合调研组\n\n"
        "桐溪化工集团地处山区，集团工会把服务阵地建到车间旁，职工满意度逐年提高。\n"
    )
    parsed = _parse("team_byline.txt", text)
    assert [p.role for p in parsed.paragraphs][:3] == ["headline", "subtitle", "byline"]


def test_a_kicker_ending_on_a_verb_over_a_longer_headline_stays_a_kicker():
    text = (
        "助力乡村振兴\n桐溪县总工会送技术下乡\n"
        "本报讯（通讯员 蓝若溪）9月12日，桐溪县总工会组织农技专家到三个村开展技术培训。\n"
    )
    assert _head(_parse("verb_kicker.txt", text)) == [
        ("kicker", "助力乡村振兴"),
        ("headline", "桐溪县总工会送技术下乡"),
    ]


def test_a_title_over_a_posts_time_stamp_row_is_the_headline_of_the_head_under_it():
    text = (
        "桐溪县总工会召开十届三次全委会议\n"
        "2024-01-12 10:31:05 桐溪县总工会 【字体：大 中 小】 打印\n"
        "总结去年工作 部署今年任务\n"
        "会议选举蒲立衡为县总工会副主席并通报了年度考核结果\n"
        "1月11日，桐溪县总工会召开十届三次全委（扩大）会议，总结2023年工作。县总工会全体委员参加会议。\n"
        "会议审议通过了工作报告和经费审查报告。\n"
    )
    parsed = _parse("stamp_row.txt", text)
    head = [(role, t) for role, t in _head(parsed) if role != "banner"]
    assert head == [
        ("headline", "桐溪县总工会召开十届三次全委会议"),
        ("subtitle", "总结去年工作 部署今年任务"),
    ]
    assert len(parsed.articles) == 1
