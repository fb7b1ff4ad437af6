"""Heads of web copies: a site's name printed twice, a row of
buttons after the text, a head run together into the text (invented pages)."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page


def _parse(name: str, text: str):
    return parse_page(page_from_bytes(name, text.encode("utf-8")))


def _headlines(parsed) -> list[str]:
    return [p.text for p in parsed.paragraphs if p.role == "headline"]


def _roles(text: str) -> dict[str, str]:
    return {p.block.plain: p.role for p in layout(split_blocks(text)).placed}


def _assert_roles(text: str, expected: dict[str, str]) -> None:
    roles = _roles(text)
    assert {line: roles[line] for line in expected} == expected


def _headline_with_no_kicker(text: str, headline: str, chrome: str) -> dict[str, str]:
    """The roles of ``text``, checked: ``headline`` its headline, ``chrome`` over it no
    kicker, and no line the article's kicker."""
    roles = _roles(text)
    assert roles[headline] == "headline"
    assert roles[chrome] != "kicker"
    assert "kicker" not in roles.values()
    return roles


SITE_NAME_TWICE = (
    "青禾市总工会\n"
    "青禾市总工会\n"
    "官方微信\n"
    "维权热线\n"
    "职工互助\n"
    "职工救助\n"
    "官方微信\n"
    "12351\n"
    "网上入会\n"
    "职工互助\n"
    "欢迎您访问 青禾市总工会网站!\n"
    "今天是:\n"
    "“绿城同创”倡议书\n"
    "上传时间:2026年04月03日 09:15:20 访问数量:1288\n"
    "    为响应市委、市政府“绿城同创”号召，市总工会向全体职工倡议：\n"
    "    一、做“绿城同创”的参与者。从自身做起，从小事做起。\n"
    "    二、做文明言行的践行者。讲文明话，办文明事，做文明人。\n"
)


def test_a_sites_name_printed_twice_at_the_top_is_not_the_pages_title():
    """The site's name as its logo's text and again in its title bar (``某某市总工会``
    twice): no title the page prints elsewhere, its menu no head; the line over the
    header row is the headline."""
    parsed = _parse("site_name_twice.txt", SITE_NAME_TWICE)
    assert len(parsed.articles) == 1
    assert _headlines(parsed) == ["“绿城同创”倡议书"]
    roles = _roles(SITE_NAME_TWICE)
    assert roles["职工互助"] != "subtitle"
    assert list(roles.values()).count("headline") == 1


PORTAL_COPY = (
    "新闻中心首页 > 新闻中心 > 综合 > 正文\n\n"
    "青禾市劳模事迹报告团首场报告会举行\n\n\n"
    "http://news.example.cn 2026年05月08日07:16 青禾晚报\n\n"
    "  青禾市劳模事迹报告团首场报告会举行市委副书记到会并讲话首席记者 柏晓川 通讯员 邬青禾\n\n"
    "  本报讯昨日下午，青禾市劳动模范先进事迹报告团在市委礼堂举行首场报告会，"
    "六位劳模讲述了自己的故事。\n\n"
    "  今年，我市有十八名同志获全国劳动模范称号。\n\n"
    "  作者:首席记者 柏晓川 通讯员 邬青禾\n\n\n"
    "收藏此页】【 】【下载】【打印】【关闭\n"
)


def test_a_head_run_together_into_the_text_keeps_its_dateline_in_the_article():
    """A portal's copy that ran the head's lines (headline, subtitle, credit) into one
    line of text under the title, then the dateline: one article, not a second one
    opened by the dateline."""
    parsed = _parse("portal_copy.txt", PORTAL_COPY)
    assert len(parsed.articles) == 1
    assert _headlines(parsed) == ["青禾市劳模事迹报告团首场报告会举行"]


def test_a_row_of_buttons_after_the_text_is_never_a_headline():
    """``【打印】【关闭】`` printed after the text is the page's buttons: furniture,
    never the title of a text printed before it."""
    headless = PORTAL_COPY.split("\n\n", 2)[2]  # the breadcrumb and the title left out
    parsed = _parse("buttons.txt", headless)
    assert parsed.articles
    assert not any("【" in h for h in _headlines(parsed))
    assert _roles(headless)["收藏此页】【 】【下载】【打印】【关闭"] == "furniture"


def test_a_counter_alone_on_its_line_is_furniture_not_the_headline():
    """``访问：88`` printed alone under a web title: the site's counter, furniture; the
    title over it stays the headline, not a kicker over a counter."""
    text = (
        "首页 > 工作动态\n"
        "柏林镇总工会举办职工象棋比赛\n"
        "访问：88\n"
        "3月10日，柏林镇总工会在镇职工之家举办职工象棋比赛，全镇36名职工参赛。\n"
        "比赛采用积分循环赛制，评出一等奖2名。\n"
    )
    roles = _headline_with_no_kicker(text, "柏林镇总工会举办职工象棋比赛", "访问：88")
    assert roles["访问：88"] == "furniture"
    counted = text.replace("访问：88", "浏览次数：356  评论：0")
    assert _roles(counted)["浏览次数：356  评论：0"] == "furniture"


def test_a_headline_broken_before_a_word_opening_with_one_is_no_dash_subtitle():
    """``某区总工会举办`` / ``一年一度职工象棋比赛``, the lead saying both again: one
    headline in two lines, not a headline and a subtitle whose dash the OCR read as
    一; a subtitle opening with an OCR'd dash under a whole headline stays one."""
    text = (
        "第二版 工会新闻\n"
        "柏林镇总工会举办\n"
        "一年一度职工象棋比赛\n"
        "本报讯 3月10日，柏林镇总工会在镇职工之家举办一年一度的职工象棋比赛，全镇36名职工参赛。\n"
        "比赛采用积分循环赛制，评出一等奖2名。\n"
    )
    _assert_roles(text, {"柏林镇总工会举办": "headline", "一年一度职工象棋比赛": "headline"})
    dashed = text.replace(
        "柏林镇总工会举办\n一年一度职工象棋比赛", "棋盘上的较量\n一柏林镇职工象棋比赛侧记"
    )
    dashed_roles = _roles(dashed)
    assert dashed_roles["棋盘上的较量"] == "headline"
    assert dashed_roles["一柏林镇职工象棋比赛侧记"] == "subtitle"


def test_an_accounts_name_over_the_title_that_its_header_row_repeats_is_no_kicker():
    """A mobile copy prints the account's name, the title, then the account's name and
    the time: the name over the title is the account's, not the article's kicker; a
    short line the header row does not name stays a kicker."""
    text = (
        "柏林工会\n"
        "柏林镇总工会举办职工象棋比赛\n"
        "柏林工会 2026-03-12 08:30\n"
        "3月10日，柏林镇总工会在镇职工之家举办职工象棋比赛，全镇36名职工参赛。\n"
        "比赛采用积分循环赛制，评出一等奖2名。\n"
        "编辑 | 邬青禾\n"
        "阅读 1024  在看 12\n"
    )
    roles = _roles(text)
    assert roles["柏林镇总工会举办职工象棋比赛"] == "headline"
    assert roles["柏林工会"] != "kicker"
    kept = text.replace("柏林工会\n柏林镇总工会", "以棋会友\n柏林镇总工会")
    assert _roles(kept)["以棋会友"] == "kicker"


def test_a_short_title_over_one_photo_news_item_is_its_headline_not_a_digest_title():
    """``棋盘上的较量`` over a dated text and its photo's credit, nothing after: the photo
    news item's headline; over a run of dated items the same short line is the
    digest's title."""
    text = (
        "棋盘上的较量\n"
        "3月10日，柏林镇职工在象棋比赛中对弈。当天，柏林镇总工会举办职工象棋比赛，36名职工参赛。\n"
        "本报记者 柏晓岚 摄\n"
    )
    assert _roles(text)["棋盘上的较量"] == "headline"
    digest = (
        "镇里新事\n"
        "●3月10日，柏林镇总工会举办职工象棋比赛，36名职工参赛。（柏晓岚）\n"
        "●3月12日，柏林镇总工会为20名困难职工送去慰问金，每人1000元。（邬青禾）\n"
    )
    assert _roles(digest)["镇里新事"] != "headline"


def test_a_headline_over_its_dash_subtitle_between_blank_lines_stays_two_heads():
    """On a page whose paragraphs are set apart by blank lines, a headline and its
    subtitle led by a dash printed together (``他把三十年献给了织机`` / ``——记…``) are
    the headline and the subtitle, not one head of two lines."""
    text = (
        "他把三十年献给了织机\n"
        "——记柏林纺织厂维修工邬青禾\n\n"
        "本报记者 柏晓岚\n\n"
        "夜深了，柏林纺织厂的维修车间里还亮着一盏灯。老师傅邬青禾正带着徒弟检修织机。\n\n"
        "三十年来，他带出了四十多个徒弟。\n"
    )
    _assert_roles(
        text, {"他把三十年献给了织机": "headline", "——记柏林纺织厂维修工邬青禾": "subtitle"}
    )


def test_a_line_of_the_sites_roster_of_leaders_over_the_title_is_no_kicker():
    """A site's sidebar of leaders (``某某某 某某总工会副主席、书记处书记``) printed over
    the title its title bar repeats: the site's roster, not the article's kicker."""
    text = (
        "柏林工匠的新课堂-工会-柏林网\n\n"
        "柏林网首页 时政 工会 维权 就业\n\n"
        "市总领导\n\n"
        "邬青禾 柏林市总工会主席\n\n"
        "柏晓岚 柏林市总工会副主席、党组成员\n\n"
        "柏林工匠的新课堂\n\n"
        "——柏林市职工技能培训基地见闻\n\n"
        "柏林日报记者 柏晓川\n"
        "2026-03-12 07:20:51\n\n"
        "  3月10日，柏林市职工技能培训基地迎来第一批学员。\n\n"
        "  基地设有数控、焊接等六个实训室。\n"
    )
    _headline_with_no_kicker(text, "柏林工匠的新课堂", "柏晓岚 柏林市总工会副主席、党组成员")
