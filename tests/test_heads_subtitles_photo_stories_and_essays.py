"""Heads of articles on printed pages, photo stories and essays (invented pages)."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from gonghui_build.layout.shapes import Shape, classify
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page


def _parse(name: str, text: str):
    return parse_page(page_from_bytes(name, text.encode("utf-8")))


def _one_article_roles(name: str, text: str) -> dict[str, str]:
    """The roles of a page's paragraphs by their text, the page read as one article."""
    parsed = _parse(name, text)
    assert len(parsed.articles) == 1
    return {p.text: p.role for p in parsed.paragraphs}


def _roles(text: str) -> dict[str, str]:
    placed = layout(split_blocks(text)).placed
    return {p.block.plain: p.role for p in placed}


THREE_LINE_HEAD = (
    "本版导读\n"
    "扎根车间三十年始终不改初心\n"
    "工会干部许青禾又获表彰\n"
    "市总工会授予“优秀工会工作者”称号 市委命名为“模范党员”\n"
    "本报讯 岁末之际，红岭机床厂工会主席许青禾又获表彰。在12月20日召开的表彰大会上，"
    "她被授予“优秀工会工作者”称号。\n"
    "许青禾担任厂工会主席八年，为职工办实事一百余件。\n"
)


def test_a_long_line_under_a_shorter_headline_is_its_subtitle_not_its_second_line():
    """Kicker, headline, then a line over twice as long as the headline over the
    dateline: 引题 / 主题 / 副题, not a headline broken over two lines."""
    assert len(_parse("three_line_head.txt", THREE_LINE_HEAD).articles) == 1
    roles = _roles(THREE_LINE_HEAD)
    assert roles["工会干部许青禾又获表彰"] == "headline"
    assert roles["市总工会授予“优秀工会工作者”称号 市委命名为“模范党员”"] == "subtitle"
    assert roles["扎根车间三十年始终不改初心"] == "kicker"


def test_a_headline_broken_into_two_lines_of_like_length_stays_one_headline():
    """A headline that runs on into a second line of about its own length is one
    headline in two lines: the subtitle rule leaves it whole."""
    text = (
        "第二版 工会新闻\n"
        "南河区职工业余\n"
        "技术学校开学\n"
        "本报讯 南河区总工会举办的职工业余技术学校昨天开学，首批学员一百二十人。\n"
    )
    roles = _roles(text)
    assert roles["南河区职工业余"] == "headline"
    assert roles["技术学校开学"] == "headline"


PHOTO_STORY = (
    "图片频道\n"
    "工人日报 2024年6月3日 星期一\n"
    "热烈祝贺青禾市第五届职工运动会闭幕\n"
    "新赛场 新风采\n"
    "本报记者 柏晓川 邬青 摄\n"
    "6月2日，青禾市第五届职工运动会在市体育中心闭幕。\n"
    "运动员们在赛场上奋力拼搏。\n"
)


def test_a_photo_storys_head_over_its_photographers_is_kicker_headline_and_byline():
    """Two display lines over a photographers' credit at the top of a page: the photo
    story's kicker and headline, its photographers its byline; the slogan-like
    headline is not joined to the kicker as one broken line."""
    roles = _one_article_roles("photo_story.txt", PHOTO_STORY)
    assert roles["新赛场 新风采"] == "headline"
    assert roles["热烈祝贺青禾市第五届职工运动会闭幕"] == "kicker"
    assert roles["本报记者 柏晓川 邬青 摄"] == "byline"


def test_a_caption_over_its_credit_inside_an_article_stays_a_caption():
    """Inside an article, after its text, a line over a photo credit is the photo's
    caption: the photo-story head is read at the top of a page only."""
    text = (
        "青禾市职工运动会闭幕\n"
        "本报讯 6月2日，青禾市第五届职工运动会在市体育中心闭幕，32支代表队参赛。\n"
        "拔河比赛现场\n"
        "柏晓川 摄\n"
        "本届运动会设拔河、跳绳等9个项目。\n"
    )
    roles = _one_article_roles("caption_inside.txt", text)
    assert roles["拔河比赛现场"] == "photo_caption"
    assert roles["柏晓川 摄"] == "photo_credit"


def test_a_genre_and_a_slash_after_a_bylines_mark_then_a_name_is_a_byline():
    """``■散文/○某某``: the mark, the piece's genre, a slash and the author: a byline
    that anchors the essay's head; a genre before a phrase that is no name is not."""
    assert classify(split_blocks("■散文/○邬青禾\n")[0]) is Shape.BYLINE
    assert classify(split_blocks("□随笔／柏晓川\n")[0]) is Shape.BYLINE
    assert classify(split_blocks("■散文/○全体职工代表大会\n")[0]) is not Shape.BYLINE
    text = (
        "第6版：副刊\n"
        "车间里的那盏灯\n"
        "■散文/○邬青禾\n"
        "1990年，我进了红岭机床厂，在三车间当学徒。那时车间里有一盏灯，总是亮到深夜。\n"
    )
    roles = _one_article_roles("essay.txt", text)
    assert roles["车间里的那盏灯"] == "headline"
    assert roles["■散文/○邬青禾"] == "byline"


def test_a_sites_path_or_a_dated_button_row_over_the_title_is_no_kicker():
    """``首页 > 详情：…`` or ``2024年5月6日 收藏 打印 推荐`` printed right over the title:
    the site's chrome, never the article's kicker; a short line naming a place over a
    title stays its kicker."""
    crumb = (
        "首页 > 详情:青禾区职工迎春联欢会在区文化宫举行\n\n"
        "青禾区职工迎春联欢会在区文化宫举行\n\n"
        "1月18日上午，青禾区总工会在区文化宫举办职工迎春联欢会，300余名职工参加。\n"
    )
    roles = _one_article_roles("crumb.txt", crumb)
    assert roles["青禾区职工迎春联欢会在区文化宫举行"] == "headline"
    assert "kicker" not in roles.values()
    dated = (
        "2024年5月6日     收藏 打印 推荐 朗读 评论 更多功能\n"
        "那些闪光的名字\n"
        "“青禾工匠”评选活动启幕\n"
        "■本报记者 柏晓川\n"
        "他们都曾是青禾市的技术能手，都有一段动人的故事。\n"
    )
    roles = _roles(dated)
    assert roles["那些闪光的名字"] == "headline"
    assert roles["“青禾工匠”评选活动启幕"] == "subtitle"
    assert "kicker" not in roles.values()
    placed = crumb.replace("首页 > 详情:青禾区职工迎春联欢会在区文化宫举行", "青禾区")
    assert _roles(placed)["青禾区"] == "kicker"


def test_a_photo_caption_printed_before_the_head_belongs_to_the_article_it_opens():
    """A copy that opens with a photo's caption and credit, then prints the title and
    the dateline: one article, the caption its photo's, not a headless article."""
    text = (
        "3月8日，青禾区总工会在区职工之家举办女职工插花活动。柏晓川 摄\n"
        "巾帼展风采 插花迎春来\n"
        "本报讯 3月8日，青禾区总工会在区职工之家举办“巾帼展风采”插花活动，60余名女职工"
        "参加。\n"
    )
    roles = _one_article_roles("caption_first.txt", text)
    assert roles["巾帼展风采 插花迎春来"] == "headline"
    assert roles["3月8日，青禾区总工会在区职工之家举办女职工插花活动。"] == "photo_caption"
    assert roles["柏晓川 摄"] == "photo_credit"


def test_captions_before_a_web_title_over_its_header_fields_are_that_articles():
    """Two credited captions, then a web page's title over its header fields and the
    text: one article headed by the title, both captions its own."""
    text = (
        "职工们在驿站内休息。柏晓川 摄\n"
        "志愿者为职工测量血压。柏晓川 摄\n"
        "青禾区总工会“暖心驿站”开门迎客\n"
        "发布时间：2024-06-03 10:12  来源：青禾区总工会\n"
        "近日，青禾区总工会在城东新建的“暖心驿站”正式开放，为户外劳动者提供休息服务。\n"
        "驿站每天开放12小时，配有饮水机、微波炉和急救箱。\n"
    )
    roles = _one_article_roles("captions_web.txt", text)
    assert roles["青禾区总工会“暖心驿站”开门迎客"] == "headline"
    assert [r for r in roles.values()].count("photo_caption") == 2


def test_a_kicker_the_lead_does_not_restate_stays_a_kicker():
    """``助力乡村振兴`` over ``某区总工会送技术下乡``: a kicker over its headline, even
    when the lead opens with its date and then says the headline again."""
    kicked = (
        "助力乡村振兴\n"
        "青禾区总工会送技术下乡\n"
        "本报讯 3月12日，青禾区总工会送技术下乡，组织农技专家到柳河镇授课。\n"
    )
    roles = _roles(kicked)
    assert roles["助力乡村振兴"] == "kicker"
    assert roles["青禾区总工会送技术下乡"] == "headline"


def test_a_headline_in_two_lines_under_a_kicker_is_read_from_the_lead_after_its_date():
    """Kicker, then a headline broken into two lines whose first line does not run on
    by itself (``南河区职工业余`` / ``技术学校开学``): the lead, once past the clause of its
    date, says both lines again as one, so they are one headline."""
    text = (
        "喜迎新学期\n"
        "南河区职工业余\n"
        "技术学校开学\n"
        "本报讯 3月10日，南河区职工业余技术学校开学，首批学员一百二十人。\n"
    )
    roles = _roles(text)
    assert roles["南河区职工业余"] == "headline"
    assert roles["技术学校开学"] == "headline"
    assert roles["喜迎新学期"] == "kicker"


def test_a_name_and_a_colon_over_a_byline_at_the_top_is_a_title_not_a_turn():
    """``某某：把职工的事当成自己的事`` first on the page, a byline under it: the title of
    a profile, not a turn of an interview; the same line after the text has begun is
    a turn."""
    text = (
        "柏晓川：把职工的事当成自己的事\n"
        "本报记者 邬青\n"
        "在青禾区总工会，提起常务副主席柏晓川，干部职工都说他是个实在人。\n"
        "他到区总工会工作五年，跑遍了全区120家企业。\n"
    )
    roles = _one_article_roles("name_colon.txt", text)
    assert roles["柏晓川：把职工的事当成自己的事"] == "headline"
    turns = (
        "把职工的事当成自己的事\n"
        "本报记者 邬青\n"
        "记者：今年有哪些新举措？\n"
        "柏晓川：把职工的事当成自己的事。\n"
    )
    roles = _roles(turns)
    assert roles["柏晓川：把职工的事当成自己的事。"] == "body"


def test_a_column_name_in_brackets_over_a_title_is_no_article_of_its_own():
    """``【工会动态】`` alone on its line over a title and its dateline: the column's
    name over the item, not a yearbook entry heading an article of its own."""
    text = (
        "【工会动态】\n"
        "青禾区总工会召开全委会\n"
        "本报讯 1月10日，青禾区总工会召开十届三次全委（扩大）会议，80余人参加。\n"
    )
    assert len(_parse("column.txt", text).articles) == 1
    roles = _roles(text)
    assert roles["青禾区总工会召开全委会"] == "headline"
    assert roles["【工会动态】"] != "headline"
