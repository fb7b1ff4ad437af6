"""A web post's title printed again as its pictures' text (invented pages).

An enterprise union's page or a WeChat-style post keeps the text of the pictures set
between its paragraphs, which the site fills with the post's title: the title printed
again between two paragraphs, or several times over the text. The first copy heads the
post; the copies start no item and take no head.
"""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page

TITLE = "青禾物流工会开展“墨香润心”职工读书月活动"
FIRST = "4月以来，青禾物流工会开展“墨香润心”职工读书月活动，组织职工读书分享会5场。"
SECOND = "活动期间，职工踊跃参与，共提交读书心得70余篇，优秀作品在职工之家展出。"
THIRD = "工会副主席孔令舟表示，将持续开展此类活动，提升职工的获得感。"
ENTERPRISE_PAGE = (
    "您所在的位置： 党群工作  >   群团工作\n"
    "群团工作\n"
    f"{TITLE}\n"
    "发布日期： 2024-04-22\n"
    f"{FIRST}\n"
    f"{TITLE}\n"
    f"{SECOND}\n"
    f"{TITLE}\n"
    f"{THIRD}\n"
    "关闭\n"
)

SHORT_TITLE = "河湾职工驿站暖人心"
POST = (
    f"{SHORT_TITLE}\n{SHORT_TITLE}\n{SHORT_TITLE}\n"
    "“跑了一上午，能在这里喝口热水、充上电，太方便了。”快递员蒋小川说。\n"
    "今年以来，河湾区总工会在商圈、路口建成职工驿站28个，为户外劳动者提供饮水、休息等服务。\n"
    "区总工会副主席邵立芬表示，下一步将推动驿站向社区延伸。\n"
)


def _parse(name: str, text: str):
    return parse_page(page_from_bytes(name, text.encode("utf-8")))


def _headlines(parsed) -> list[str]:
    return [p.text for p in parsed.paragraphs if p.role == "headline"]


def test_a_title_printed_again_between_its_paragraphs_leaves_the_first_copy_its_head():
    """The copies between the paragraphs are the pictures' text: one article, headed by
    the first copy, its first paragraph its own body."""
    parsed = _parse("enterprise_post.txt", ENTERPRISE_PAGE)
    assert len(parsed.articles) == 1
    (headline,) = [p for p in parsed.paragraphs if p.role == "headline"]
    assert headline.page_start == ENTERPRISE_PAGE.index(TITLE)
    body = [p.text for p in parsed.paragraphs if p.role == "body"]
    assert body == [FIRST, SECOND, THIRD]
    copies = [p for p in parsed.paragraphs if p.text == TITLE and p.role == "furniture"]
    assert len(copies) == 2


def test_a_title_printed_three_times_over_its_text_heads_it():
    """Three copies side by side over the text are the post's title, no running head:
    the last heads the article, the others are furniture."""
    parsed = _parse("post_three_titles.txt", POST)
    assert len(parsed.articles) == 1
    assert _headlines(parsed) == [SHORT_TITLE]
    copies = [p for p in parsed.paragraphs if p.text == SHORT_TITLE and p.role == "furniture"]
    assert len(copies) == 2


RUNNING = "工会工作年鉴"
BOOK_PAGES = (
    "职工书屋建设\n"
    "全年新建职工书屋32家，配送图书一万余册，覆盖职工两万余人。\n"
    f"{RUNNING}\n"
    "各基层工会开展读书分享活动60余场，评选书香职工50名。\n"
    f"{RUNNING}\n"
    "年内组织职工读书征文比赛，收到作品四百余篇，评出一等奖五篇。\n"
    f"{RUNNING}\n"
    "书屋管理员培训班举办两期，培训管理员120人。\n"
)


def test_a_running_head_printed_apart_between_paragraphs_stays_furniture():
    """The near miss: a book's running head printed three times apart between paragraphs
    is furniture, and the article keeps its own headline."""
    parsed = _parse("book_pages.txt", BOOK_PAGES)
    assert _headlines(parsed) == ["职工书屋建设"]
    heads = [p for p in parsed.paragraphs if p.text == RUNNING]
    assert {p.role for p in heads} == {"furniture"}


ITEM_TITLE = "柳岸区总工会举办职工乒乓球赛"
INDEX_PAGE = (
    "第03版：工会\n"
    f"{ITEM_TITLE}\n"
    "桃源镇工会慰问一线护林员\n"
    "本报讯（通讯员 庞乐）6月2日，桃源镇工会走访林场，为36名护林员送去防暑用品。\n"
    "镇工会表示，将持续关心一线职工。\n"
    f"{ITEM_TITLE}\n"
    "本报讯（通讯员 何川）6月3日，柳岸区总工会举办职工乒乓球赛，22支队伍参赛。\n"
)


def test_a_title_printed_again_over_a_dateline_heads_its_item():
    """The near miss: a headline index's title printed again over an item's dateline,
    after another item's text, heads that item (the index copy is furniture)."""
    parsed = _parse("index_page.txt", INDEX_PAGE)
    assert _headlines(parsed) == ["桃源镇工会慰问一线护林员", ITEM_TITLE]


GUIDE_A = "东岭纺织厂女工技能比武显身手"
GUIDE_B = "北湖区总工会为环卫工人送清凉"
GUIDE_PAGE = (
    "本版导读\n"
    f"{GUIDE_A}\n"
    "六十名挡车工同台比武，八人获评操作能手。\n"
    f"{GUIDE_B}\n"
    "三百份防暑用品送到一线。\n"
    f"{GUIDE_A}\n"
    "车间里机声隆隆，六十名挡车工同台比武，接头、换纱、巡回一气呵成，比赛持续了一整天。\n"
    "厂工会主席柏文静说，比武让青年女工找到了差距，也找到了榜样。\n"
    f"{GUIDE_B}\n"
    "连日高温，北湖区总工会为全区三百名环卫工人送去防暑用品和慰问金。\n"
)


def test_a_guide_box_title_printed_again_over_its_item_heads_it():
    """The near miss: a digital paper's guide box prints each title over a teaser, and
    each item prints its title again over text with no dateline; the second copy, with
    another title between it and the box's copy, heads its item."""
    parsed = _parse("guide_page.txt", GUIDE_PAGE)
    heads = [p.page_start for p in parsed.paragraphs if p.role == "headline"]
    assert heads == [GUIDE_PAGE.index(f"{GUIDE_A}\n车间"), GUIDE_PAGE.index(f"{GUIDE_B}\n连日")]


FEATURE_TITLE = "工会干部的“职工好友圈”"
FEATURE = (
    f"{FEATURE_TITLE}\n{FEATURE_TITLE}\n{FEATURE_TITLE}\n"
    "“一竿子插到底”的沟通渠道\n"
    "厂工会主席葛文涛把“职工好友圈”当成了解职工的平台，一线职工手指一点就能反映问题。\n"
    "“百家争鸣”的交流阵地\n"
    "职工借“好友圈”传递信息、表达诉求，工会干部也在其中听到了不同的声音。\n"
    f"{FEATURE_TITLE}\n"
    "除了工会主席的好友圈，工会干部与职工之间的好友圈同样发挥着作用。\n"
)


def test_a_features_title_printed_again_past_its_section_headings_is_its_pictures_text():
    """A feature's section headings, each printed once, stand between the title and its
    copy between two paragraphs: the copy is still the picture's text, and the feature
    stays one article under its title."""
    parsed = _parse("feature_post.txt", FEATURE)
    assert len(parsed.articles) == 1
    assert _headlines(parsed) == [FEATURE_TITLE]
