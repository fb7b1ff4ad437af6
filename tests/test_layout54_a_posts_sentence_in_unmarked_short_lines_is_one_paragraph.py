"""A post's sentence set out a phrase a line with no mark at all (``一大早`` / ``区总工会的
工作人员`` / ``就带着绿豆汤…`` / ``来到…工地``), between sentences printed whole: one body
paragraph, not photo captions over a section heading; a blank keeps its phrases apart
where the lines ended (no mark does), so no name is read across them. Read in session 51 (layout54) on
district and county unions' WeChat posts; the tuning sets real_dev9, real_dev12 and
real_dev13 hold three such posts. The lines are one sentence only when their breaks fall
mid-sentence (a line ending on a particle, one opening with an adverb that follows its
subject, a spoken sentence's closing particle); a run of photos' captions or a post's
section headings stays as it was. Invented pages in those shapes."""

from __future__ import annotations

from gonghui_build.layout.line_sentences import reads_as_one_sentence
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from tests.conftest import page_facts


def _paragraphs(text: str) -> list[tuple[str, str]]:
    parsed = parse_page(page_from_bytes("p.txt", text.encode()))
    return [(p.role, p.text) for p in parsed.paragraphs if p.article is not None]


POST = (
    "送清凉进工地 松河工会在行动\n"
    "松河工会 2024-07-12 17:20 发表于河北\n"
    "7月11日，高温持续。\n"
    "一大早\n"
    "区总工会的工作人员\n"
    "就带着绿豆汤和藿香正气水\n"
    "来到城东棚改项目工地\n"
    "送到建筑工人手中\n"
    "钢筋工邬师傅说：“这碗绿豆汤喝下去，浑身都凉快了。”\n"
    "▲工作人员为建筑工人送上清凉物品\n"
)


def test_a_sentence_set_in_short_unmarked_lines_is_one_body_paragraph():
    paragraphs = _paragraphs(POST)
    assert [role for role, _t in paragraphs] == [
        "headline",
        "body",
        "body",
        "body",
        "photo_caption",
    ]
    assert (
        paragraphs[2][1]
        == "一大早 区总工会的工作人员 就带着绿豆汤和藿香正气水 来到城东棚改项目工地 送到建筑工人手中"
    )


def test_a_line_ending_on_a_particle_runs_on_into_the_next():
    post = (
        "松河区总工会第五次代表大会召开\n"
        "松河工会 2025-06-20 17:42 发表于河北\n"
        "6月19日，松河区总工会第五次代表大会在区行政中心召开。\n"
        "来自全区各条战线的\n"
        "210名代表\n"
        "齐聚一堂\n"
        "共话工会发展\n"
        "区委书记葛立军出席会议并讲话。\n"
    )
    bodies = [t for role, t in _paragraphs(post) if role == "body"]
    assert bodies == [
        "6月19日，松河区总工会第五次代表大会在区行政中心召开。",
        "来自全区各条战线的 210名代表 齐聚一堂 共话工会发展",
        "区委书记葛立军出席会议并讲话。",
    ]


def test_no_organisation_is_read_across_the_phrases():
    post = (
        "松河区总工会第五次代表大会召开\n"
        "6月19日，松河区总工会第五次代表大会在区行政中心召开。\n"
        "来自全区各条战线的\n"
        "210名代表\n"
        "齐聚一堂\n"
        "共商工会发展大计\n"
        "区委书记葛立军出席会议并讲话。\n"
    )
    written = {o.written for a in page_facts(post).articles for o in a.orgs}
    assert not any("齐聚一堂" in w for w in written)


def test_short_lines_ending_as_a_spoken_sentence_before_the_photos_are_text():
    post = (
        "“节日里的工装”随手拍作品展示\n"
        "春节期间，市总工会开展“节日里的工装”随手拍活动，收到投稿两百余件。\n"
        "经过编辑部挑选\n"
        "一批佳作与大家见面\n"
        "快来看看吧\n"
        "2月10日，在松河站，客运值班员引导旅客有序乘车。\n"
        "蔚明远 摄\n"
        "2月11日，环卫工人在清扫街面。\n"
        "岑晓东 摄\n"
    )
    roles = _paragraphs(post)
    assert ("body", "经过编辑部挑选 一批佳作与大家见面 快来看看吧") in roles
    assert [r for r, _t in roles].count("photo_caption") == 2


def test_photo_captions_after_the_text_stay_captions():
    page = (
        "市总工会开展送清凉活动\n"
        "7月20日，市总工会启动“夏送清凉”活动，为30家单位职工送去防暑降温品。\n"
        "职工搬西瓜\n"
        "各类物资\n"
        "为职工发放降温品\n"
    )
    roles = [r for r, _t in _paragraphs(page)]
    assert roles.count("photo_caption") == 3


def test_a_posts_section_headings_stay_headings():
    assert not reads_as_one_sentence(["温暖如家", "贴心服务", "法律援助"])
    assert not reads_as_one_sentence(["拔河比赛", "跳绳比赛", "颁奖仪式"])


def test_a_word_ending_on_a_particles_character_is_no_open_line():
    assert not reads_as_one_sentence(["走进实训基地", "参观建筑工地", "交流学习心得"])


def test_two_lines_are_a_title_not_a_sentence():
    assert not reads_as_one_sentence(["来自全区各条战线的", "210名代表"])
