"""Credits read in session 25 on real pages of union sites, county media centres' posts,
district papers' web editions, yearbook entries and a 1990s letters column (invented
text in their shapes): keys before names with a colon, a comma between pairs
(``（撰写人：某某，摄影：某某）``), a post's bar (``融媒体记者 | 某某``, ``供图 | 某某``),
an author's key with a blank (``撰稿 某某``), a correspondent's (``（供稿：某某）``), a
letter signed with the writer's numbered post box glued to the name, a site's own
dateline (``本站讯（职工通讯员 某某）``) and a site's 消息 with a colon. Unread, each lost
its names, or a headline naming the journalists' day (记者节) was read as a byline."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import layout_roles, page_facts

TEXT = (
    "7月8日，枫林区总工会副主席邵立群带队走访城区环卫所，为120名环卫职工送去防暑用品。\n"
    "邵立群叮嘱环卫所负责人合理安排作业时间，确保一线职工安全度夏。\n"
)


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_keyed_credits_in_brackets_under_the_headline_give_an_author_and_a_photographer():
    page = "枫林区总工会为环卫职工送清凉\n（撰写人：柯文涛，摄影：庞晓岚）\n" + TEXT
    assert layout_roles(page)["（撰写人：柯文涛，摄影：庞晓岚）"][0] == "byline"
    assert _authors(page) == {("柯文涛", "author"), ("庞晓岚", "photographer")}


def test_a_posts_bar_credits_read_as_a_byline_give_their_roles():
    assert {(a.name, a.role.value) for a in parse_byline("供图 | 葛一鸣")} == {
        ("葛一鸣", "photographer")
    }
    assert {(a.name, a.role.value) for a in parse_byline("融媒体记者 | 单思远")} == {
        ("单思远", "reporter")
    }


def test_an_authors_key_closing_an_item_or_an_entry_gives_its_author():
    head = "枫林区总工会为环卫职工送清凉\n本报讯 " + TEXT
    assert _authors(head + "撰稿 幸海波\n") == {("幸海波", "author")}
    entry = "【职工服务】2021年，县总工会新建职工服务站点8个，接待职工来访1200余人次。\n"
    assert _authors(entry + "（撰稿：尉迟航）\n") == {("尉迟航", "author")}


def test_a_contributors_key_closing_an_item_gives_its_correspondent():
    page = "枫林区总工会为环卫职工送清凉\n" + TEXT + "（供稿：闵晓彤）\n"
    assert _authors(page) == {("闵晓彤", "correspondent")}


def test_a_letter_signed_with_a_post_box_glued_to_the_name_gives_the_name():
    page = (
        "我们爱读职工报\n"
        "编辑同志：我们青禾第三机床厂历任工会主席都重视订阅本报，并把读报列入班组学习。\n"
        "厂工会主席感慨地说，明年的订数还要增加。\n"
        "青禾市88号信箱芮小满\n"
    )
    # a letter to the editors (编辑同志：…): its signer wrote it, an author as real_dev8's
    # gold reads a letter's signature (session 37; the role was a correspondent's before)
    assert _authors(page) == {("芮小满", "author")}


def test_a_sites_own_xun_and_a_sites_xiaoxi_with_a_colon_are_datelines():
    site = "本站讯（职工通讯员 祁嘉）6月10日上午，青禾园区的十二家单位工会结成联合会。\n"
    assert _authors("青禾园区工会联合会成立\n" + site) == {("祁嘉", "correspondent")}
    xiaoxi = "青禾石化网消息:(通讯员 阎立松)近日，青禾采油厂工会为野外班组改建了职工食堂。\n"
    assert _authors("野外班组吃上热饭\n" + xiaoxi) == {("阎立松", "correspondent")}


def test_a_headline_naming_the_journalists_day_stays_the_headline_over_the_name_line():
    page = (
        "青禾市总工会与报社同庆记者节\n"
        "卜宏亮\n"
        "青禾日报讯（全媒体记者卜宏亮）11月8日是中国记者节，青禾市总工会慰问一线采编人员。\n"
        "慰问组为采编人员送上鲜花和节日祝福。\n"
    )
    roles = layout_roles(page)
    assert roles["青禾市总工会与报社同庆记者节"][0] == "headline"
    assert roles["卜宏亮"][0] == "byline"


def test_a_writers_credit_printed_once_under_all_the_entries_credits_none_of_them():
    page = (
        "【职工服务】2021年，县总工会新建职工服务站点8个，接待职工来访1200余人次。\n"
        "【困难帮扶】全年走访慰问困难职工460户，发放慰问金68万元。\n"
        "（撰稿：尉迟航）\n"
    )
    assert layout_roles(page)["（撰稿：尉迟航）"][0] == "furniture"
    assert _authors(page) == set()
