"""Segmentation and repair of the seed pages, as verified by reading them.

Each expectation below was checked against the page text by a person: the headline
anatomy of all eleven articles, their sections, speakers and captions, the paragraphs the
OCR cut and that must come out whole, the OCR spaces in names, and the garbled runs.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from gonghui_build.text.textedit import Edit, undo

# (page, headline) → kicker, subtitle, byline, kind
ARTICLES = {
    ("000", "要有新气象新作为"): (
        None,
        "走进2018年北京市工会工作专题培训班",
        "□本报记者 王路曼/文 彭程/摄",
        "feature",
    ),
    ("001", "把职工对美好生活的向往作为工会奋斗目标"): (
        None,
        None,
        "□门头沟区委书记 张贵林",
        "commentary",
    ),
    ("001", "“安康杯”专项活动助力城市副中心建设"): (
        None,
        None,
        "本报讯（记者 赵思远）",
        "news_item",
    ),
    ("001", "百余名中层干部骨干走进学习研讨班"): (
        "北京排水集团",
        None,
        "本报讯（记者 边磊）",
        "news_item",
    ),
    ("001", "工会干部先学后考弄通悟透指导思想"): (
        "大栅栏街道总工会",
        None,
        "本报讯（记者 张晶）",
        "news_item",
    ),
    ("001", "西三旗宣讲团进楼宇解读“工会法”"): (None, None, "本报讯（记者 赵思远）", "news_item"),
    ("001", "朝阳门街道邀专家为工会创新献策"): (None, None, "本报讯（记者 阎义）", "news_item"),
    ("001", "平谷志愿者关爱康复中心智障儿童"): (None, None, "本报讯（记者 马超）", "news_item"),
    ("002", "把全面从严治党要求贯穿工会改革全过程"): (
        None,
        "首都工会干部畅谈学习宣传贯彻党的十八届六中全会精神",
        "□本报记者 王路曼 孙艳 刘欣欣 周美玉 马超 陈曦 文/摄",
        "interview_roundup",
    ),
    ("003", "以改革创新精神加强自身建设"): (
        None,
        "市委党的群团工作会议在首都工会系统引起强烈反响",
        "□本报记者 王路曼 边磊 陈曦 刘欣欣 李一然/文 万玉藻/摄",
        "feature",
    ),
    ("004", "全力当好职工娘家人"): (
        None,
        "密云区总工会加强工会干部队伍建设纪实",
        "□本报记者 王路曼 文/摄",
        "feature",
    ),
}

SECTIONS = {
    "000": [
        "树立正确政治方向 牢记工会初心使命",
        "将思想认识转化为务实举措 努力推进首都工会工作精准到位",
        "加强自身建设创新工作方法 带领职工群众听党话跟党走",
    ],
    "002": [
        "打造有担当的工会队伍",
        "贯彻全会精神切实为职工做好服务",
        "弘扬工匠精神促首都文博发展",
        "铸就“红色动力+”党建品牌",
        "分批学习 将精神贯彻到基层",
        "以身作则凝聚广大职工",
        "多种形式做好宣传贯彻",
        "为职工办实事当好“娘家人”",
    ],
    "003": [
        "解决脱离群众的问题，增进心系职工的感情",
        "以改革创新精神，加强自身建设",
        "增强服务意识，提升服务能力",
    ],
    "004": [
        "党建引领 强化队伍",
        "转作风 促发展",
        "组织培训 深入学习",
        "积极开展“发展年、作风年”教育实践教育活动",
        "机关干部积极联系基层工会服务站",
        "助力工会干部全面提“素”",
    ],
}

SPEAKERS_002 = [
    "大兴区总工会常务副主席 刘莹",
    "密云区总工会副主席 李国良",
    "北京市文物局工会专职副主席 张德华",
    "北京现代党委副书记、工会主席 李双双",
    "西城区德胜街道总工会主席 陈洪祥",
    "朝阳区呼家楼街道总工会主席 金华民",
    "昌平区阳坊镇党委副书记、工会主席 郑松",
    "朝阳区劲松街道总工会常务副站长 陈亮",
]

PORTRAITS = {
    "000": [
        "密云区总工会党组书记、主席 何丽娟",
        "中国石化销售有限公司北京石油分公司工会主席 钟文标",
        "顺义区总工会副主席 李慧哲",
        "北京金隅集团股份有限公司工会副主席 庄振国",
        "北京汽车集团有限公司工会副主席 赵锦伦",
        "中央财经大学工会副主席 刘晓勤",
        "北京建筑大学工会常务副主席 刘艳华",
    ],
    "003": [
        "东城区总工会主席 张晓林",
        "西城区总工会主席 马小鹏",
        "朝阳区总工会主席 王文军",
        "密云县总工会主席 何丽娟",
        "通州区总工会党组书记 尚祖国",
    ],
}

PHOTO_CAPTIONS_004 = [
    "2023年密云区工会干部培训班开班仪式举行",
    "密云区总工会举行联系直属工会座谈会",
    "新入职工会干部到基层工会服务站参观学习",
]

# Text that the OCR cut across blocks and that must stand whole in one paragraph.
JOINED = {
    "000": ["落实部署好产业工人队伍建设，在推进供给侧改革中"],
    "001": [
        "全区各级工会组织、工会干部要按照蔡奇书记",
        "要通过职业会民主管理",
        "委局公司的1000多家企事业单位",
        "业务知识培训”“安康杯安全隐患排查治理活动知识讲座”等活动",
        "更加深刻领会党的十九大精神",
        "她说，要大力加强理论武装",
        "带来了满满的正能量",
        "多开办活动，同时倡导",
        "各种联系职工、调解劳动关系",
        "身体状况，鼓励他们",
    ],
    "003": [
        "按照职工群众的“生物钟”开展工作",
        "此次郭书记的讲话",
        "马小鹏很有感触地谈道",
        "通过困难职工帮扶、素质教育工程",
        "民主管理、困难帮扶工作的内涵",
    ],
    "004": [
        "锻造为民务实的作风",
        "充分发挥工会组织优势",
        "实现工会事业守正创新",
        "了解当前基层工会工作等主题进行业务培训",
        "切实增强工作的主动性和紧迫感",
    ],
}

# Substrings that lie in runs the OCR garbled by interleaving columns (page 000).
GARBLED = [
    "不断开创首都工会大部员",
    "工会工作的务实举措",
    "进一步优大大军",
    "坚持的的是",
    "爱岗敬业的",
    "心窝暖暖的",
]


def _page(row_or_file: str) -> str:
    return row_or_file[:3]


@pytest.fixture(scope="module")
def by_page(seeds_tables):
    pages = {p["page_id"]: p["source_file"][:3] for p in seeds_tables["pages"]}
    paragraphs = defaultdict(list)
    for p in sorted(seeds_tables["paragraphs"], key=lambda r: (r["page_id"], r["seq"])):
        paragraphs[pages[p["page_id"]]].append(p)
    return paragraphs


def test_all_eleven_articles_have_the_right_anatomy(seeds_tables):
    found = {
        (a["source_file"][:3], a["headline"]): (a["kicker"], a["subtitle"], a["byline"], a["kind"])
        for a in seeds_tables["articles"]
    }
    assert found == ARTICLES


def test_articles_are_in_page_order(seeds_tables):
    order = [
        a["headline"]
        for a in sorted(seeds_tables["articles"], key=lambda a: (a["page_id"], a["page_order"]))
        if a["source_file"].startswith("001")
    ]
    assert order[0] == "把职工对美好生活的向往作为工会奋斗目标"
    assert order[-1] == "平谷志愿者关爱康复中心智障儿童"


def test_section_headings(by_page):
    for page, expected in SECTIONS.items():
        found = [p["text"] for p in by_page[page] if p["role"] == "section_heading"]
        assert found == expected, page


def test_speaker_blocks_of_the_interview_roundup(by_page):
    assert [p["text"] for p in by_page["002"] if p["role"] == "speaker_line"] == SPEAKERS_002


def test_portrait_captions_are_title_and_name(by_page):
    for page, expected in PORTRAITS.items():
        assert [p["text"] for p in by_page[page] if p["role"] == "portrait_caption"] == expected


def test_photo_captions_credit_banner_furniture(by_page):
    assert [p["text"] for p in by_page["004"] if p["role"] == "photo_caption"] == PHOTO_CAPTIONS_004
    assert [p["text"] for p in by_page["001"] if p["role"] == "photo_credit"] == ["赵思远 摄"]
    banner = [p for p in by_page["001"] if p["role"] == "banner"]
    assert [p["text"] for p in banner] == ["学习贯彻十九大精神 推动工会工作改革创新"]
    assert banner[0]["article_id"] is None
    furniture = [p for p in by_page["001"] if p["role"] == "furniture"]
    assert [p["text"] for p in furniture] == ["登报咨询电话：63522410"]
    assert furniture[0]["article_id"] is None


def test_standfirst_before_the_headline(by_page):
    standfirst = [p for p in by_page["004"] if p["role"] == "standfirst"]
    assert len(standfirst) == 1 and standfirst[0]["text"].startswith("为进一步夯实基层组织基础")


def test_cut_paragraphs_come_out_whole(by_page):
    for page, pieces in JOINED.items():
        texts = [p["text"] for p in by_page[page]]
        for piece in pieces:
            assert sum(piece in t for t in texts) == 1, (page, piece)


def test_orphan_continuation_is_joined_with_its_paragraph(by_page, seeds_tables):
    joined = [p for p in by_page["003"] if "困难帮扶工作的内涵" in p["text"]]
    assert len(joined) == 1 and len(joined[0]["pieces"].split(";")) == 2
    kinds = {
        r["kind"] for r in seeds_tables["repairs"] if r["paragraph_id"] == joined[0]["paragraph_id"]
    }
    assert "orphan_continuation_joined" in kinds


def test_lost_beginnings_are_fragments_not_joined(by_page):
    fragments = [p["text"][:5] for p in by_page["000"] if p["is_fragment"]]
    assert fragments == ["定，等等。", "色，才能有"]
    assert not any(p["is_fragment"] for page in ("001", "002", "003", "004") for p in by_page[page])


def test_ocr_spaces_in_names_and_titles_are_removed(by_page):
    text = "\n".join(p["text"] for p in by_page["000"])
    for name in ("庄振国", "刘晓勤就结合", "赵锦伦说", "习近平总书记", "党组书记、主席"):
        assert name in text
    for broken in ("庄 振国", "工 会主席", "党组书 记", "习 近平"):
        assert broken not in text


def test_half_width_punctuation_is_normalised(by_page):
    for p in by_page["000"]:
        if p["role"] in ("body", "headline", "subtitle", "section_heading"):
            assert not set(p["text"]) & set(',:;"?!'), p["text"][:30]


def test_garbled_runs_are_flagged_only_where_the_ocr_interleaved_columns(by_page, seeds_tables):
    runs = seeds_tables["garbled_runs"]
    for needle in GARBLED:
        assert any(needle in r["text"] for r in runs), needle
    garbled_pages = Counter(
        _page(p) for p, rows in by_page.items() for r in rows if r["is_garbled"]
    )
    assert garbled_pages == {"000": 6}
    for p in by_page["000"]:
        assert p["quality"] < 1.0 if p["is_garbled"] else p["quality"] == 1.0


def test_facts_from_garbled_runs_are_low_confidence(seeds_tables):
    flagged = [
        m
        for t in ("person_mentions", "positions", "organisation_mentions", "activities")
        for m in seeds_tables[t]
        if m["in_garbled_run"]
    ]
    assert all(m["confidence"] <= 0.3 for m in flagged)


def test_repairs_undo_to_the_original_text(seeds_tables):
    repairs = defaultdict(list)
    for r in sorted(seeds_tables["repairs"], key=lambda r: r["repair_id"]):
        repairs[r["paragraph_id"]].append(
            Edit(
                r["kind"],
                r["text_start"],
                r["text_end"],
                r["page_start"],
                r["page_end"],
                r["before"],
                r["after"] or "",
            )
        )
    for p in seeds_tables["paragraphs"]:
        assert undo(p["text"], repairs[p["paragraph_id"]]) == p["original_text"]
        assert p["repairs"] == len(repairs[p["paragraph_id"]])


def test_original_text_is_the_page_text(seeds_tables):
    from tests.conftest import SEEDS

    pages = {
        p["page_id"]: (SEEDS / p["source_file"]).read_text(encoding="utf-8")
        for p in seeds_tables["pages"]
    }
    for p in seeds_tables["paragraphs"]:
        spans = [tuple(map(int, s.split("-"))) for s in p["pieces"].split(";")]
        assert p["original_text"] == "\n".join(pages[p["page_id"]][s:e] for s, e in spans)
