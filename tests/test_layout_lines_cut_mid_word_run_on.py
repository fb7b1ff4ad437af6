"""A line of running text cut mid-word at its column's edge goes on into the next line,
even where the page-wide wrap width misses it (a gazetteer whose sections are set at
different widths, an OCR of an old paper's column)."""

from gonghui_build.layout.blocks import split_blocks

# An invented gazetteer page: the first section is set narrower than the second.
GAZETTEER = """\
青川县志
第三节 组织建设
1950年3月，青川县职工联合会筹备处成立，林文山任主任，在县城码头、
印刷、制鞋等行业发展会员一百六十人。1954年5月，召开全县第一次职工
代表大会，成立青川县工会联合会，周海平当选主席。1959年后工会工作一
度中断。1963年8月恢复组织，改称青川县总工会，邓立群任主席。“文
化大革命”中工会停止活动，1974年5月恢复。至1988年底，全县有基层工会
九十二个，会员七千三百余人。
第四节 职工活动
劳动竞赛 1957年，县工会联合会在县农具厂、县酿造厂和县砖瓦厂开展“先进竞赛”，参
赛职工二百余人。1986年，县总工会与县计划委员会在全县十个工业企业中联合开展
“增产节约”竞赛，县丝绸厂缫丝工何玉兰连续两年获得全县第一名，1987年被评为
省劳动模范。
职工教育 1983年至1988年，县总工会举办职工文化补习班三十八期，培训各行业职工
三千余人次。1985年4月，县总工会与县教育局合办青川县职工学校，首期招收学员七十
人。
"""

# An invented page of an old paper's OCR: digest items printed one a line, wider than
# the column of the news item under them, so that no page-wide wrap width is found.
OCR_COLUMN = """\
▲河西区总工会日前召开全区基层工会经费审查工作会议，各街道工会和区属企业工会的四十余名经审干部参加了会议。
(林子明)
▲东关纺织厂工会举办第三期青年职工读书班，读书班为期七天，共培训车间班组长和青年骨干八十人。
(何建华)
▲北山煤矿工会在国庆节期间组织井下职工家属到矿区参观新建的职工浴室和食堂，并为坚守岗位的职工送去月饼。
(北山煤矿工会)
县总工会帮助职工
办起业余夜校
本报讯 县总工会今年把帮助青年职工补习文化作为
办好的第一件事。县总工会主席郑长河带领工会干部，
先后走访了县城十五个单位，摸清全县有二百多名职
工想读夜校。在县教育局的支持下，县总工会与县
第二中学联合，利用学校晚间空出的教室办起了职工
夜校，现已招收学员一百一十名。
"""


def _block_of(blocks, fragment: str) -> int:
    return next(b.index for b in blocks if fragment in b.plain)


def test_lines_cut_mid_word_narrower_than_the_page_wrap_stay_one_paragraph():
    blocks = split_blocks(GAZETTEER)
    first = _block_of(blocks, "1950年3月")
    for fragment in ("代表大会，成立", "度中断。", "化大革命", "九十二个"):
        assert _block_of(blocks, fragment) == first
    # the section heading under the paragraph and the paragraph under it stay apart
    assert _block_of(blocks, "第四节 职工活动") not in (first, _block_of(blocks, "劳动竞赛"))


def test_an_ocr_column_under_wider_digest_items_runs_on_where_a_line_is_cut_mid_word():
    blocks = split_blocks(OCR_COLUMN)
    second = _block_of(blocks, "办好的第一件事")
    for fragment in ("先后走访了", "工想读夜校", "第二中学联合", "一百一十名"):
        assert _block_of(blocks, fragment) == second
    # a two-line headline with no clause in it is not taken for a cut line of text
    assert _block_of(blocks, "办起业余夜校") != second
    assert _block_of(blocks, "▲北山煤矿") != _block_of(blocks, "县总工会帮助职工")


def test_a_line_the_ocr_printed_short_runs_on_when_it_is_cut_mid_word():
    """A line a few characters short of the column (the OCR lost its end, or a picture
    cut into it) still runs on when it ends in the middle of a clause."""
    page = OCR_COLUMN.replace(
        "夜校，现已招收学员一百一十名。\n",
        "夜校，现已招收学员一百一十名。县总工会副主\n"
        "席王春梅说，今年下半年工会还要再办\n"
        "一期电工培训班。\n",
    )
    blocks = split_blocks(page)
    assert _block_of(blocks, "一期电工培训班") == _block_of(blocks, "办好的第一件事")


def test_a_dateline_line_cut_mid_word_runs_on_though_it_holds_no_clause_yet():
    """``本报讯 …作为`` over ``办好的第一件事。``: a dateline opens a paragraph's text, so
    its line, cut mid-word, runs on; a web copy's paragraph as long as a page's line
    (its commas lost to the OCR) does not run into the next paragraph."""
    blocks = split_blocks(OCR_COLUMN)
    assert _block_of(blocks, "本报讯") == _block_of(blocks, "办好的第一件事")
    web = (
        "本报讯 本月十日 县总工会在县职工之家举办青年职工联谊会 来自全县三十多家企业的"
        "二百余名青年职工参加 现场有二十八对青年结成对子 大家在游戏中相识相知\n"
        "县总工会副主席林秀云在联谊会上说，今年县总工会还将举办两场联谊活动，帮助单身"
        "青年职工扩大交友圈子，让他们在工作之余感受到工会大家庭的温暖和关怀。\n"
    )
    blocks = split_blocks(web)
    assert _block_of(blocks, "本报讯") != _block_of(blocks, "林秀云")


def test_a_paragraphs_first_line_that_ends_a_sentence_in_it_runs_on_when_cut_mid_word():
    """A gazetteer's paragraph whose indent the copy lost: its first line ends a sentence
    inside it, so it is running text and no head, and runs on where it is cut mid-word."""
    page = GAZETTEER.replace(
        "九十二个，会员七千三百余人。\n",
        "九十二个，会员七千三百余人。\n"
        "1989年县总工会迁入新址。同年开展职工之家建设，至年底建成四十个，县\n"
        "直机关工会全部达标。\n",
    )
    blocks = split_blocks(page)
    assert _block_of(blocks, "直机关工会全部达标") == _block_of(blocks, "迁入新址")
    assert _block_of(blocks, "迁入新址") != _block_of(blocks, "九十二个")
