"""Heads and the lines near them on web copies and features (invented pages)."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from gonghui_build.layout.shapes import Shape, classify
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page

POINTS_IN_A_ROW = (
    "青禾区总工会“三字诀”服务新就业形态劳动者\n"
    "本报记者 岳明川\n"
    "今年以来，青禾区总工会把服务新就业形态劳动者作为重点工作，探索出一套“快、实、暖”"
    "的工作方法，受到骑手、网约车司机等群体的欢迎。\n"
    "快：诉求当天有回音\n"
    "实：就餐难题有着落\n"
    "暖：节日慰问送上门\n"
    "区总工会在全区设立12个骑手驿站，接到诉求后24小时内答复，小程序上线三个月累计受理"
    "诉求300余件。\n"
)


def _roles(text: str) -> dict[str, str]:
    placed = layout(split_blocks(text)).placed
    return {p.block.plain: p.role for p in placed}


def test_three_parallel_heads_in_a_row_over_text_are_section_headings():
    """Three one-line points set alike (the same mark at the same place) over the text
    are its section headings, not the captions of three photos."""
    roles = _roles(POINTS_IN_A_ROW)
    points = [line for line in POINTS_IN_A_ROW.splitlines() if line[1:2] == "："]
    assert len(points) == 3
    assert [roles[p] for p in points] == ["section_heading"] * 3


def test_a_run_of_unlike_captions_over_text_stays_captions():
    """Lines of different shapes over the text are a photo's captions: only the last,
    right over the text, may be its heading."""
    text = POINTS_IN_A_ROW.replace("实：就餐难题有着落", "骑手们在驿站里吃午饭").replace(
        "快：诉求当天有回音", "志愿者现场讲解维权知识"
    )
    roles = _roles(text)
    assert roles["志愿者现场讲解维权知识"] == "photo_caption"
    assert roles["骑手们在驿站里吃午饭"] == "photo_caption"


def test_a_caption_with_its_photographers_credit_after_a_space_is_a_caption():
    """``…测量血压 某某 摄``: a caption and its credit on one line, never display text
    that could head an article; a headline with no credit stays display text."""
    caption = split_blocks("志愿者为骑手测量血压 鲁晓岚 摄\n")[0]
    title = split_blocks("青禾区总工会开展关爱骑手健康行活动\n")[0]
    assert classify(caption) is Shape.CAPTION
    assert classify(title) is Shape.DISPLAY


def test_credited_captions_before_the_text_of_a_headless_page_give_no_headline():
    """Photo news with no headline, its captions printed first: no caption becomes
    the article's headline or kicker."""
    text = (
        "志愿者为骑手测量血压 鲁晓岚 摄\n"
        "骑手在驿站内休息 鲁晓岚 摄\n"
        "3月8日，青禾区总工会在城东骑手驿站开展“关爱骑手健康行”活动，为60余名骑手提供"
        "义诊、理发等服务。\n"
    )
    parsed = parse_page(page_from_bytes("captions_first.txt", text.encode("utf-8")))
    assert len(parsed.articles) == 1
    roles = [p.role for p in parsed.paragraphs]
    assert roles.count("photo_caption") == 2
    assert not {"headline", "kicker"} & set(roles)


def test_a_channel_set_again_under_the_breadcrumb_is_no_kicker():
    """``当前位置：首页 > 镇街工会`` / ``镇街工会`` / the title over its header fields: the
    channel's name is the site's, not the article's kicker; a short line over the title
    that no breadcrumb names stays its kicker."""
    text = (
        "当前位置：首页 > 镇街工会\n\n镇街工会\n\n柏林镇总工会举办新入会职工见面会\n\n"
        "发布时间：2026-03-11  来源：柏林镇总工会\n\n"
        "3月10日，柏林镇总工会在镇职工之家举办新入会职工见面会，全镇32名新入会职工参加。\n"
    )
    assert _roles(text)["镇街工会"] == "banner"
    kicked = text.replace("\n\n镇街工会\n\n", "\n\n柏林镇\n\n")
    assert _roles(kicked)["柏林镇"] == "kicker"


def test_a_commentators_byline_over_a_headless_text_is_its_byline_not_its_headline():
    """``本网评论员 某某`` over a commentary whose title the copy left out: the byline of
    a commentary, not a headline; a sentence about a commentator stays text."""
    text = (
        "本网评论员 蒲思远\n"
        "近日，多地工会推出户外劳动者驿站地图，让骑手、环卫工人找得到歇脚的地方。"
        "这件小事，说明工会服务正在走向精细。\n"
        "驿站建得好，更要用得好。各地工会应当定期回访，听取劳动者的意见。\n"
    )
    parsed = parse_page(page_from_bytes("commentator.txt", text.encode("utf-8")))
    (article,) = parsed.articles
    roles = {p.text: p.role for p in parsed.paragraphs}
    assert roles["本网评论员 蒲思远"] == "byline"
    assert "headline" not in roles.values()
    assert article.kind == "commentary"
    assert classify(split_blocks("评论员们在会上交流了写作体会\n")[0]) is not Shape.BYLINE


HARD_WRAPPED = (
    "本报讯 三月十日，南河区总工会在区\n"
    "礼堂召开表彰大会，三十个模范职工小\n"
    "家和四十二名积极分子受到表彰。区总\n"
    "工会主席方明远作了工作报告，会议由\n"
    "区委副书记柯建平主持并讲话。宋丽珍\n"
    "同志代表受表彰的职工小家发了言，与\n"
    "会者参观了红星纺织厂的职工之家。\n"
)


def test_one_name_after_a_sentence_at_a_line_end_runs_on_into_the_next_line():
    """On a hard-wrapped page, a name after a full stop at a line's end opens the next
    sentence (``…讲话。某某`` / ``同志代表…``): the paragraph goes on; only names in
    brackets or two names or more close an item there."""
    blocks = split_blocks(HARD_WRAPPED)
    assert len(blocks) == 1
    closed = HARD_WRAPPED.replace("讲话。宋丽珍\n同志", "讲话。宋丽珍 乔向东\n同志")
    assert split_blocks(closed)[-1].plain.startswith("同志代表")


def test_a_short_kicker_over_a_longer_headline_stays_a_kicker_when_the_lead_says_both():
    """``柏林镇总工会`` over ``百余名职工比武练技能``: the lead says both again, but the
    first line is shorter than the second, as a kicker is; only a first line longer
    than the second is read as a headline broken in two."""
    text = (
        "柏林镇总工会\n百余名职工比武练技能\n"
        "本报讯 柏林镇总工会日前组织百余名职工比武练技能，焊工、电工等五个工种同台竞技。\n"
    )
    roles = _roles(text)
    assert roles["柏林镇总工会"] == "kicker"
    assert roles["百余名职工比武练技能"] == "headline"


def test_a_read_aloud_button_and_an_abstract_label_under_a_web_title_are_no_subtitle():
    """``听新闻`` (a portal's button) and ``摘要`` (a journal copy's label over its
    abstract) under the title's header fields: the button is furniture, the label a
    heading of the text; neither is the title's subtitle."""
    head = "南川区总工会举办职工摄影作品展\n2026-04-08 09:12:00  来源：南川新闻网\n"
    lead = "4月7日，南川区总工会在区文化馆举办职工摄影作品展，展出作品一百二十幅。\n"
    button = _roles(head + "听新闻\n" + lead)
    assert button["听新闻"] == "furniture"
    label = _roles(head + "摘要\n" + lead)
    assert label["摘要"] == "section_heading"
    assert "subtitle" not in {**button, **label}.values()
