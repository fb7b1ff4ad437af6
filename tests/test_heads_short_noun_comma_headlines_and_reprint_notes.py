"""Heads of real shapes read in session 12 (invented pages): a headline with a short noun
before its comma, a wire feature's title said again after its dateline, a reprint's
note of its source after the text."""

from __future__ import annotations

from gonghui_build.layout.display import is_display_text
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from tests.conftest import layout_roles


def _parse(name: str, text: str):
    return parse_page(page_from_bytes(name, text.encode("utf-8")))


def _texts(parsed, role: str) -> list[str]:
    return [p.text for p in parsed.paragraphs if p.role == role]


GROUP_FEATURE = (
    "工匠，是他们共同的名片\n"
    "——青禾市首届技工休养活动侧记\n"
    "\n"
    "七月的海边，来自青禾市各行业的四十二名技术能手在这里度过了一周休养时光。\n"
    "技工严望舒说：“这是我第一次参加休养，同伴们都是身边的榜样。”\n"
)


def test_a_headline_with_a_short_noun_before_its_comma_is_the_headline():
    roles = layout_roles(GROUP_FEATURE)
    assert roles["工匠，是他们共同的名片"][0] == "headline"
    assert roles["——青禾市首届技工休养活动侧记"][0] == "subtitle"
    parsed = _parse("s12heads_comma_head.txt", GROUP_FEATURE)
    assert len(parsed.articles) == 1
    assert _texts(parsed, "headline") == ["工匠，是他们共同的名片"]
    assert _texts(parsed, "subtitle") == ["——青禾市首届技工休养活动侧记"]


def test_a_connective_a_time_word_or_a_pronoun_before_a_comma_is_no_headline():
    assert is_display_text("匠心，在车间里代代传承")
    for text in ("同时，还要做好后勤保障", "近日，青禾市举办比赛", "他们，都是一线的职工"):
        assert not is_display_text(text)


WIRE_FEATURE = (
    "“手上功夫见真章”——青禾船厂焊工采访录\n"
    "2026-05-02 15:01:15 来源：某某网\n"
    "\n"
    "  某某社青禾5月2日电 题：“手上功夫见真章”——青禾船厂焊工采访录\n"
    "\n"
    "  某某社记者柏云舟、祁晓岚\n"
    "\n"
    "  青禾船厂的焊接车间里，一面荣誉墙上写着二百一十六名技术能手的名字。\n"
    "\n"
    "  老焊工葛长庚说：“焊缝就是脸面，一点马虎不得。”\n"
)


def test_a_wire_features_byline_under_its_title_said_again_stays_in_one_article():
    parsed = _parse("s12heads_wire_title_again.txt", WIRE_FEATURE)
    assert len(parsed.articles) == 1
    assert _texts(parsed, "headline") == ["“手上功夫见真章”——青禾船厂焊工采访录"]
    assert _texts(parsed, "byline") == ["某某社记者柏云舟、祁晓岚"]


REPRINT = (
    "1月14日下午，青禾县总工会走访慰问了环卫所的一线职工，为他们送上米、面、油等慰问品。\n"
    "本次慰问活动将持续到1月31日，计划投入慰问资金十二万余元。（通讯员 郁远帆）\n"
    "据《青禾县工会》\n"
    "转载请注明：某某省总工会 青禾县总工会开展春节慰问活动\n"
)


def test_a_reprints_note_of_its_source_after_the_text_heads_no_article():
    roles = layout_roles(REPRINT)
    assert roles["据《青禾县工会》"] == ("furniture", None)
    parsed = _parse("s12heads_source_note.txt", REPRINT)
    assert len(parsed.articles) == 1
    assert all(p.text != "据《青禾县工会》" or p.role != "headline" for p in parsed.paragraphs)


FORUM_POST = (
    "返回列表 发布新帖\n"
    "查看: 2317|回复: 0\n"
    "\n"
    "青禾工会搭起技能擂台\n"
    "\n"
    "发表于 2026-6-5 16:51:05 | 查看全部 |阅读模式\n"
    "\n"
    "马上注册!\n"
    "\n"
    "您需要 登录 才可以下载或查看,没有账号?注册\n"
    "\n"
    "×\n"
    "六月，青禾市总工会联合市人社局举办职工技能大赛，三十余名选手同台比拼。\n"
    "参赛的工友们说，工会给大家搭建了展示技能的舞台。\n"
)


def test_a_forums_prompts_to_sign_in_are_neither_kicker_nor_headline():
    roles = layout_roles(FORUM_POST)
    assert roles["青禾工会搭起技能擂台"][0] == "headline"
    assert roles["马上注册!"] == ("furniture", None)
    assert roles["您需要 登录 才可以下载或查看,没有账号?注册"] == ("furniture", None)
    assert "kicker" not in {role for role, _ in roles.values()}


PICTORIAL = (
    "每一位劳动者都了不起\n"
    "\n"
    "时代需要榜样，榜样成就时代。每一个劳动的日子，都是劳动者的节日。\n"
    "\n"
    "郁晓澄：匠心筑梦   巧手为峰\n"
    "◎文 /柏远舟    图 /祁明川\n"
    "\n"
    "郁晓澄，青禾市船舶研究所高级技师，三十年来一直在焊接岗位上钻研技术。\n"
)


def test_a_name_and_a_phrase_over_a_byline_heads_a_signed_part_after_text():
    roles = layout_roles(PICTORIAL)
    head, head_article = roles["郁晓澄：匠心筑梦   巧手为峰"]
    assert head == "headline"
    assert roles["◎文 /柏远舟    图 /祁明川"] == ("byline", head_article)


def test_a_name_and_a_colon_in_running_text_stays_a_turn_of_an_interview():
    text = (
        "青禾工会访谈录\n"
        "\n"
        "记者：今年工会为职工办了哪些实事？\n"
        "\n"
        "郁晓澄：我们新建了十二个职工书屋。\n"
    )
    roles = layout_roles(text)
    assert roles["郁晓澄：我们新建了十二个职工书屋。"][0] == "body"


def test_a_headlines_second_line_opening_with_a_word_of_one_is_no_dash_subtitle():
    text = (
        "青禾市总工会举办首届\n"
        "一线职工技能大赛\n"
        "7月5日，青禾市总工会举办首届一线职工技能大赛，近千名职工参加。\n"
    )
    roles = layout_roles(text)
    assert roles["青禾市总工会举办首届"][0] == "headline"
    assert roles["一线职工技能大赛"][0] == "headline"
    parsed = _parse("s12heads_broken_at_one.txt", text)
    assert _texts(parsed, "subtitle") == []


def test_a_subtitles_dash_read_as_one_stays_a_subtitle():
    text = (
        "青禾船厂的焊花\n一走进青禾船厂焊接车间\n7月5日，记者来到青禾船厂，焊花在车间里四处飞溅。\n"
    )
    assert layout_roles(text)["一走进青禾船厂焊接车间"][0] == "subtitle"


def test_a_first_line_ending_on_a_preposition_is_no_kicker():
    text = (
        "青禾市总工会为\n"
        "百名劳模送健康\n"
        "本报讯（记者 柏远舟）7月5日，青禾市总工会组织百名劳模体检。\n"
    )
    roles = layout_roles(text)
    assert roles["青禾市总工会为"][0] == "headline"
    assert roles["百名劳模送健康"][0] == "headline"


def _headline_under_chrome(text: str, headline: str, chrome: str) -> None:
    """``headline`` is the headline of ``text``, ``chrome`` over it no kicker, and no
    line the article's kicker."""
    roles = layout_roles(text)
    assert roles[headline][0] == "headline"
    assert roles[chrome][0] != "kicker"
    assert "kicker" not in {role for role, _ in roles.values()}


def test_a_news_sites_channel_label_over_a_title_is_no_kicker():
    text = (
        "首页 时政 评论 工会 维权 就业 劳模 文化 图片\n"
        "中工工会\n"
        "青禾市总工会调研组到柳川调研产业工人队伍建设\n"
        "来源：工人日报客户端\n"
        "2026-06-12 07:41\n"
        "工人日报-中工网记者 柏远舟 通讯员 祁明川\n"
        "6月8日至9日，青禾市总工会调研组一行到柳川开展专题调研。\n"
    )
    _headline_under_chrome(text, "青禾市总工会调研组到柳川调研产业工人队伍建设", "中工工会")


def test_a_sites_follow_button_is_no_subtitle_and_its_path_step_no_kicker():
    text = (
        "某某网 正文\n"
        "青禾船厂焊工的“绣花功夫”\n"
        "2026-05-02 15:01:15 来源：某某网\n"
        "关注某某网\n"
        "微博\n"
        "评论\n"
        "5月2日，记者来到青禾船厂焊接车间，焊工们正在赶制一批新船的船体。\n"
    )
    roles = layout_roles(text)
    assert roles["青禾船厂焊工的“绣花功夫”"][0] == "headline"
    assert roles["关注某某网"] == ("furniture", None)
    assert {role for role, _ in roles.values()} & {"kicker", "subtitle"} == set()


def test_an_epapers_pager_row_over_a_title_is_no_kicker():
    text = (
        "2026年12月19日 星期六\n"
        "日期检索\n"
        "上一版 第5版:晨 风 版面概览 下一版\n"
        "\n"
        "那年我也穿上了工装\n"
        "■散文/○柏晓岚\n"
        "那一年，随着父亲的工作调动，我们一家来到青禾机械厂的家属院。\n"
    )
    _headline_under_chrome(text, "那年我也穿上了工装", "上一版 第5版:晨 风 版面概览 下一版")


def test_a_source_note_in_traditional_characters_with_a_gloss_is_furniture_too():
    text = REPRINT.replace("据《青禾县工会》", "據(jù)《青禾縣工會》")
    # the layout reads the line without its reading (``strip_markup``): the block's plain
    # text is the note as the paper printed it
    assert layout_roles(text)["據《青禾縣工會》"] == ("furniture", None)
