"""Page furniture rows that reached an article's head (session 10, issue 8), pinned with
invented pages: a site's visit counter and upload time, an e-paper's navigation and a
journal's issue line over or under a title are furniture, the title stays the headline,
and every character of the page still lands in exactly one block."""

from __future__ import annotations

import pytest

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.segment import layout

TITLE = "青禾镇总工会召开会员代表大会"
KICKER = "青禾职工风采"
BODY = (
    "5月16日，青禾镇总工会召开会员代表大会，审议工会工作报告和经费收支情况报告。",
    "会议选举产生新一届工会委员会，与会代表就今年的工作重点提出了建议。",
    "大会号召全镇职工立足岗位建功立业。",
)

ROWS_UNDER_TITLE = [
    "访问量：1234",
    "浏览次数: 56",
    "阅读量：789",
    "访问次数：88",
    "上传时间：2021-05-06",
    "上传时间：2021-05-06 14:20:11 访问量：300",
    "发布日期：2021-05-06 来源：青禾工会 访问量：88",
    "访问量：1234 上传时间：2021-05-06",
    "上传时间：2021-05-06　　访问量：",
    "发布日期：2021-05-06 作者：柳岸 访问量：12",
]
ROWS_OVER_TITLE = [
    *ROWS_UNDER_TITLE,
    "日期检索",
    "日期检索 上一版 下一版",
    "上一版 下一版 PDF",
    "本版目录",
    "第7版：要闻 上一版 下一版 日期检索",
    "上一版　　下一版　　版面导航",
    "第7版",
    "第7版 上一版 下一版",
    "A07版：要闻",
    "版面：第07版 返回首页",
    "版面导航",
    "返回目录",
    "《青禾工运》2021年第11期",
    "青禾杂志 2021年11期",
    "青禾杂志2021年11期",
    "青禾工运2021年第11期（总第205期）",
]


def _pages(row: str, over: bool) -> list[str]:
    """The row set next to the title, with and without blank lines between the lines,
    and with a kicker over the title."""
    head = [row, TITLE] if over else [TITLE, row]
    kicked = [row, KICKER, TITLE] if over else [KICKER, TITLE, row]
    return [
        "\n".join([*head, *BODY]) + "\n",
        "\n".join(head) + "\n\n" + "\n\n".join(BODY) + "\n",
        "\n\n".join([*head, *BODY]) + "\n",
        "\n".join(kicked) + "\n\n" + "\n\n".join(BODY) + "\n",
    ]


def _roles(page) -> list[tuple[str, str]]:
    return [(p.role, p.block.plain) for p in page.placed]


def _assert_each_character_in_one_block(text: str, blocks) -> None:
    owner: dict[int, int] = {}
    for block in blocks:
        for start, end in block.pieces:
            for pos in range(start, end):
                if not text[pos].isspace():
                    assert pos not in owner, f"{text[pos]!r} in two blocks"
                    owner[pos] = block.index
    visible = [pos for pos, ch in enumerate(text) if not ch.isspace()]
    assert visible and sorted(owner) == visible


def _assert_row_is_furniture_and_title_the_headline(text: str, row: str) -> None:
    blocks = split_blocks(text)
    _assert_each_character_in_one_block(text, blocks)
    page = layout(blocks)
    roles = _roles(page)
    assert len(page.articles) == 1
    assert [plain for role, plain in roles if role == "headline"] == [TITLE], roles
    assert ("furniture", row) in roles, roles
    bodies = [plain for role, plain in roles if role == "body"]
    assert bodies == list(BODY), roles
    if KICKER in text:
        assert ("kicker", KICKER) in roles, roles


@pytest.mark.parametrize("row", ROWS_OVER_TITLE)
def test_a_furniture_row_is_furniture_by_itself(row):
    assert furniture_kind(row) is not None


@pytest.mark.parametrize("row", ROWS_UNDER_TITLE)
def test_a_counter_or_upload_row_under_the_title_is_furniture_and_the_title_the_headline(row):
    for text in _pages(row, over=False):
        _assert_row_is_furniture_and_title_the_headline(text, row)


@pytest.mark.parametrize("row", ROWS_OVER_TITLE)
def test_a_furniture_row_over_the_title_is_no_kicker_and_the_title_the_headline(row):
    for text in _pages(row, over=True):
        _assert_row_is_furniture_and_title_the_headline(text, row)


@pytest.mark.parametrize("row", ["上传时间：2021-05-06 访问量：1234", "访问量：1234"])
def test_a_title_run_on_into_its_counter_row_is_cut_from_it(row):
    text = f"{TITLE} {row}\n" + "\n".join(BODY) + "\n"
    _assert_row_is_furniture_and_title_the_headline(text, row)


def test_a_counter_row_inside_the_text_does_not_pull_the_paragraphs_with_it():
    row = "访问量：1234"
    text = f"{TITLE}\n\n{BODY[0]}\n{row}\n\n{BODY[1]}\n\n{BODY[2]}\n"
    _assert_row_is_furniture_and_title_the_headline(text, row)


@pytest.mark.parametrize(
    "line",
    [
        "今年以来，网站访问量：120万次，同比增长三成。",
        "职工书屋上传时间表已在群内公布",
        "青禾杂志社召开2021年度编委会",
        "青禾市总工会第11期职工培训班开班",
        "青禾市版面设计大赛举行",
        "A7版职工风采",
    ],
)
def test_a_sentence_or_headline_naming_visits_or_an_issue_is_no_furniture(line):
    assert furniture_kind(line) is None


def test_a_sentence_broken_before_a_counter_word_stays_one_paragraph():
    first = "本报讯 改版后的青禾市总工会网站栏目更加清晰，截至目前，网站的"
    text = f"青禾市总工会网站改版上线\n{first}\n访问量：120万次\n网站还开通了职工留言板块。\n"
    blocks = split_blocks(text)
    _assert_each_character_in_one_block(text, blocks)
    roles = _roles(layout(blocks))
    assert [plain for role, plain in roles if role == "headline"] == ["青禾市总工会网站改版上线"]
    assert all(role != "furniture" for role, _ in roles), roles
    assert any(plain == f"{first}\n访问量：120万次" for _, plain in roles), roles


def test_two_items_each_under_its_counter_row_stay_two_articles():
    text = (
        "日期检索 上一版 下一版\n第3版：基层动态\n"
        f"{TITLE}\n上传时间：2021-05-06 访问量：1234\n{BODY[0]}\n{BODY[1]}\n"
        "柳湾街道工会举办职工趣味运动会\n上传时间：2021-05-07 访问量：86\n"
        "5月6日，柳湾街道工会举办职工趣味运动会，三百余名职工参加拔河、跳绳等项目。\n"
    )
    blocks = split_blocks(text)
    _assert_each_character_in_one_block(text, blocks)
    page = layout(blocks)
    roles = _roles(page)
    assert len(page.articles) == 2
    assert [plain for role, plain in roles if role == "headline"] == [
        TITLE,
        "柳湾街道工会举办职工趣味运动会",
    ]
    assert sum(role == "furniture" for role, _ in roles) == 4, roles


@pytest.mark.parametrize(
    "line",
    ["青禾市举办2021年第3期工会主席培训班", "2023年第2期职工安全讲堂开讲"],
)
def test_a_headline_naming_a_years_numbered_course_is_no_dated_furniture(line):
    """``2021年第3期`` followed by a word names a course of that year, not an issue of the
    paper: the headline stays, while ``《某某工运》2021年第11期`` alone is furniture."""
    assert furniture_kind(line) is None
    assert furniture_kind("《青禾工运》2021年第11期") is not None
    assert furniture_kind("青禾职工报 2023年第36期 总第1234期") is not None
