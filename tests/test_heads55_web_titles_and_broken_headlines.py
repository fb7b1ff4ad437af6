"""Heads of web copies and of old pages that the layout read wrong (session 51, heads55;
invented pages in the shapes of a city portal's channel, a news site's copy of a national
item, a union's WeChat post, a national site's copy printed twice, an old paper's mobile
archive and a workers' paper's profile page):

- a headline naming a meeting and the verb that opens or holds it (``某区第四次工会代表大会
  召开``) closes its clause: the line under it is its deck, not the rest of one headline;
- a portal's font-size button (``小字号``) and a reading toolbar of sizes and background
  colours are site chrome, neither subtitle nor headline;
- a post's account name alone under the title, named again by the header row under it,
  is the site's: the title over it is the headline, even when a column's name with a
  Latin letter (``某某e家丨``) opens the title's line;
- a title printed three times, over the header row and over each of the text's two
  copies, is the copy's title, not a running head;
- a headline broken after a body's verb (``某某厂工会举办`` / ``…操作表演赛``) or after its
  colon under a kicker (``从学徒到劳模：`` / ``二十年守着一台机床``) is one headline.
"""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.decks import names_a_meeting
from gonghui_build.layout.segment import layout


def _roles(text: str) -> list[tuple[str, str]]:
    """The page's blocks as (role, text), in page order."""
    return [(p.role, p.block.plain.strip()) for p in layout(split_blocks(text)).placed]


def _head(text: str, article: int = 0) -> dict[str, str]:
    """An article's head parts by role (a head over two lines joined)."""
    head: dict[str, str] = {}
    for p in layout(split_blocks(text)).placed:
        if p.article == article and p.role in ("kicker", "headline", "subtitle"):
            head[p.role] = head.get(p.role, "") + p.block.plain.strip()
    return head


PORTAL = """新闻在线>>江城频道>>工会
江城市临河区第三次工会代表大会召开
郑远航当选区总工会主席
2024年05月21日16:40 | 来源：临河区融媒体中心
小字号
5月20日至21日，江城市临河区第三次工会代表大会在区文化中心召开，210名代表出席大会。
大会选举产生了区总工会第三届委员会，郑远航当选区总工会主席。
"""


def test_a_meeting_and_its_closing_verb_make_a_whole_headline_over_its_deck() -> None:
    assert _head(PORTAL) == {
        "headline": "江城市临河区第三次工会代表大会召开",
        "subtitle": "郑远航当选区总工会主席",
    }


def test_a_portals_font_size_button_is_chrome() -> None:
    assert ("furniture", "小字号") in _roles(PORTAL)


def test_a_meeting_is_named_by_its_word_and_a_body_is_not() -> None:
    assert names_a_meeting("江城市临河区第三次工会代表大会")
    assert names_a_meeting("江城市第五届职工运动会")
    assert not names_a_meeting("临河区总工会")  # 某区总工会召开 / …: the body holds it
    assert not names_a_meeting("临河区工会联合会")


NEWS_SITE = """您当前的位置 ： 某某网 >> 河北频道 >> 工会
保定5家劳模创新工作室集中揭牌
来源： 中工网  作者：方晴  2024-04-12 09:10:07
【字号：大 中 小】【背景色 浅绿 米黄 默认】
中工网讯（记者 方晴）4月10日，保定市总工会在某某机械有限公司举行劳模创新工作室揭牌仪式。
揭牌仪式由市总工会副主席韩立明主持。
"""


def test_a_reading_toolbar_under_the_header_row_is_no_headline() -> None:
    roles = _roles(NEWS_SITE)
    assert ("furniture", "【字号：大 中 小】【背景色 浅绿 米黄 默认】") in roles
    assert _head(NEWS_SITE) == {"headline": "保定5家劳模创新工作室集中揭牌"}


POST = """职工e家丨降温来袭，热力“娘家人”把暖送到一线
北城热力工会
原创 北城热力工会 2025年12月5日 17:20 天津
降温来袭
抢修任务
一天比一天重
12月3日，北城热力集团有限公司工会走进四家分公司的抢修站点，为一线职工送去棉马甲。
集团工会主席孔德超带队。
"""


def test_a_posts_account_name_under_its_title_is_the_sites() -> None:
    roles = _roles(POST)
    assert ("furniture", "北城热力工会") in roles
    assert _head(POST) == {"headline": "降温来袭，热力“娘家人”把暖送到一线"}


TWICE = """某某网
宁州成立首家外卖骑手行业工会
2026-03-12 08:47:10  来源：某某网  作者：记者 方圆
宁州成立首家外卖骑手行业工会
某某网讯 3月10日，宁州市外卖骑手行业工会联合会成立大会召开，首批吸纳骑手312名入会。
市总工会副主席黄启华出席并为联合会授牌。
宁州成立首家外卖骑手行业工会
某某网讯 3月10日，宁州市外卖骑手行业工会联合会成立大会召开，首批吸纳骑手312名入会。
市总工会副主席黄启华出席并为联合会授牌。
"""


def test_a_title_printed_over_each_copy_of_the_text_is_no_running_head() -> None:
    assert _head(TWICE) == {"headline": "宁州成立首家外卖骑手行业工会"}


OLD_PAGE = """等待处理…
红星纺织厂工会举办
织布挡车工操作表演赛
2023年08月11日
本报讯 元月十二日至十四日，某某红星纺织厂工会和厂劳资科联合举办织布挡车工操作表演赛，一百余名挡车工参加。
厂工会主席何建新为获奖者发了奖。
"""


def test_a_bodys_verb_at_a_lines_end_runs_on_into_the_next_line() -> None:
    assert _head(OLD_PAGE) == {"headline": "红星纺织厂工会举办织布挡车工操作表演赛"}


PROFILE = """某某职工报
第02版：要闻
上接第1版
本报讯 市总工会日前举办培训班，学员们来到驿站现场观摩。
培训班结业。
车间里的“老把式”
从学徒到劳模：
二十年守着一台机床
——记某某机床有限公司首席技师罗建平
本报记者 林小雨
4月23日一早，罗建平像往常一样来到车间。
他先后任车工班班长、车间主任。
"""


def test_a_headline_broken_after_its_colon_under_a_kicker_is_one_headline() -> None:
    head = _head(PROFILE, article=1)
    assert head["headline"] == "从学徒到劳模：二十年守着一台机床"
    assert head["kicker"] == "车间里的“老把式”"


CHRONICLE = """某市工会志
第十章  大 事 记
一九八七年
1月9日——市总工会召开九届二次全委（扩大）会议，市总工会主席高振华作工作报告。
3月 6日——全市女职工表彰大会在市工人文化宫召开，表彰女职工标兵120名。
5月上旬——市总工会组织机关干部走访东河化肥厂等企业，慰问困难职工860户。
9月——红星机械厂车工孙立平等4人被评为省劳动模范。
"""


def test_a_gazetteers_chronicle_sets_its_dates_off_by_a_dash() -> None:
    placed = layout(split_blocks(CHRONICLE)).placed
    items = [p for p in placed if p.role == "body"]
    assert len({p.article for p in items}) == 4  # each dated entry an article of its own
    assert ("furniture", "第十章  大 事 记") in _roles(CHRONICLE)
