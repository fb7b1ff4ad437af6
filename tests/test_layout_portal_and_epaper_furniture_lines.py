"""Furniture lines of portals, papers' digital editions and forums, read in session 14
round 3 (invented pages in the shape of a provincial portal's copy, a city evening
paper's, a provincial daily's and a city paper's digital editions, a portal's header and a
forum's archived thread): a copyright line with no heading over it, a paper's
registration number in its masthead, an e-paper's page field, a portal's box of searched
words and a forum's pager are furniture, never a headline or a headless article."""

from __future__ import annotations

from tests.conftest import layout_roles


def _articles(roles: dict[str, tuple[str, int | None]]) -> set[int]:
    return {article for _, article in roles.values() if article is not None}


RIGHTS_LINES = (
    "青禾区总工会举办劳模工匠座谈会\n"
    "青禾新闻网讯 4月30日上午，青禾区总工会举办劳模工匠座谈会，二十八名代表参加。\n"
    "代表们结合工作实际，分享劳模故事，讲述工匠事迹。（柏云舟）\n"
    "青禾日报、青禾晚报所有自采新闻（含图片）独家授权青禾新闻网发布，未经允许不得转载或镜像。\n"
    "青禾新闻网版权咨询电话：0000-1234567。如您在本站发现错误，请告知。\n"
    "凡本网未注明“来源：青禾新闻网”的作品，均转载自其它媒体，并不代表本网赞同其观点。\n"
)

PAPER_RIGHTS = (
    "新增六个模范职工之家\n"
    "本报5月2日讯（记者 祁晓岚）记者获悉，青禾市新增六个全国模范职工之家。\n"
    "青禾市水务工会委员会是市直单位中唯一获此荣誉的单位。\n"
    "本稿件所含文字、图片资料，版权均属青禾晚报所有，未经授权不得转载。\n"
)

NEWS_ON_REPRINTS = (
    "青禾市总工会开展普法宣传活动\n"
    "5月10日，青禾市总工会开展普法宣传，律师提醒职工，网上作品未经授权不得转载，维权要留存证据。\n"
)


def test_copyright_lines_after_the_text_open_no_second_article():
    roles = layout_roles(RIGHTS_LINES)
    for start in ("青禾日报、青禾晚报", "青禾新闻网版权咨询", "凡本网未注明"):
        line = next(block for block in roles if block.startswith(start))
        assert roles[line] == ("furniture", None)
    assert _articles(roles) == {0}


def test_a_papers_rights_line_under_the_text_is_no_paragraph():
    roles = layout_roles(PAPER_RIGHTS)
    line = next(block for block in roles if block.startswith("本稿件所含"))
    assert roles[line] == ("furniture", None)
    # a sentence of news about reprinting names no owner of the rights: it stays text
    roles = layout_roles(NEWS_ON_REPRINTS)
    line = next(block for block in roles if block.startswith("5月10日"))
    assert roles[line][0] == "body"


def test_a_masthead_with_the_registration_number_opens_no_article():
    roles = layout_roles(
        "青禾日报社 出版 国内统一刊号：CN00-0000 代号00-1\n"
        "本报讯（记者 柏云舟）1月6日，青禾市南山街道工会驿站迎来外卖骑手和环卫工人。\n"
        "目前，全市已建成十个户外劳动者服务站点。\n"
    )
    masthead = next(block for block in roles if block.startswith("青禾日报社"))
    assert roles[masthead] == ("furniture", None)
    assert _articles(roles) == {0}
    # news of a paper's registration number is a sentence, not the masthead's field
    roles = layout_roles(
        "青禾职工报获准公开发行\n"
        "本报讯 经批准，青禾职工报获得国内统一刊号，明年起公开发行，刊号为CN00-0000。\n"
    )
    line = next(block for block in roles if block.startswith("本报讯"))
    assert roles[line] != ("furniture", None)


def test_an_epaper_page_field_is_no_headline():
    roles = layout_roles(
        "趣味运动会展职工风采\n\n"
        "版名：要闻\n"
        "    11月3日，参赛选手在进行拔河比赛。当天，我市举办职工运动会，设置拔河、跳绳等项目。 柏云舟 摄\n"
    )
    assert roles["版名：要闻"] == ("furniture", None)
    assert roles["趣味运动会展职工风采"] == ("headline", 0)


def test_a_portals_searched_words_box_is_no_headline():
    roles = layout_roles(
        "首 页 要闻 本地新闻 电子版\n"
        "热门搜索关键字： 青禾网  青禾新闻网  青禾集团\n\n"
        "我市二十人获五一劳动奖章\n\n"
        "2022-4-29 7:14:45 来源：青禾商报\n\n"
        "商报消息 28日，青禾市总工会召开大会表彰五一劳动奖获得者，二十名个人获得奖章。\n\n"
        "全市共有五个单位荣获五一劳动奖状。\n"
    )
    box = next(block for block in roles if block.startswith("热门搜索"))
    assert roles[box] == ("furniture", None)
    assert roles["我市二十人获五一劳动奖章"] == ("headline", 0)


def test_a_forums_pager_opens_no_article():
    roles = layout_roles(
        "青禾区：技能高手现场过招\n"
        "本报讯 7月7日，青禾区第十二届职工职业技能大赛开赛，九十一名选手现场过招。\n"
        "大赛共设电工、焊工、钳工等七个工种。\n"
        "（柏云舟）\n"
        "页:\n"
        "[1]\n"
    )
    assert roles["页:"] == ("furniture", None)
    assert _articles(roles) == {0}


def test_a_news_sentence_on_all_works_online_stays_text():
    # 所有 (all) in a sentence of news is no owner of rights: only 版权所有 names one
    roles = layout_roles(
        "青禾市总工会开展普法宣传活动\n"
        "5月10日，青禾市总工会开展普法宣传，律师提醒职工，网上所有作品未经授权不得转载，"
        "维权要留存证据。\n"
    )
    line = next(block for block in roles if block.startswith("5月10日"))
    assert roles[line][0] == "body"
