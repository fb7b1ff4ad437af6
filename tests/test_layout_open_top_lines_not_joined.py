"""Lines over a text left open are not the start of a paragraph the text finishes: a
site's note over a gazetteer's section (ending on a link's words), across the section's
head, when the text opens with a clause of time set off by a comma (``1950年下半年，…``,
``昨日，…``); an author's affiliations wholly in brackets under the name. Seen on real
pages of a district news portal, a gazetteer mirror and two journal mirrors (session
15); pages invented, in those shapes."""

from __future__ import annotations

from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page


def _paragraphs(text: str) -> list[str]:
    parsed = parse_page(page_from_bytes("p.txt", text.encode()))
    return [p.text for p in parsed.paragraphs if p.role == "body"]


MIRROR = (
    "青禾地情档案\n"
    "本站收录旧版县志文本，仅供查阅。 关于本站\n"
    "第二节 职工组织\n"
    "档案浏览器\n"
    "1950年下半年，青禾县码头、纺织两业工人先组织起来，年底共有会员一千余人。\n"
    "1956年，县工会在城关开办第一所职工业余学校。\n"
)

CAPTION_BREAK = (
    "青禾区总工会举办职工运动会\n"
    "本报讯（记者 柏云舟）5月6日，青禾区总工会举办第三届职工运动会，全区\n"
    "图为拔河比赛现场。柏云舟 摄\n"
    "四十二家单位的八百名职工参加了比赛。\n"
)


def test_a_sites_open_top_line_is_not_joined_to_the_text_under_its_part_head():
    mirror = _paragraphs(MIRROR)
    assert any(p.startswith("1950年下半年，青禾县码头") for p in mirror)


def test_a_paragraph_a_caption_broke_off_is_still_joined():
    joined = _paragraphs(CAPTION_BREAK)
    assert any("全区四十二家单位" in p for p in joined)


JOURNAL = (
    "柏云舟\n\n"
    "(1.青禾大学 公共管理学院,青禾 100000;2.南山师范学院 历史学院,南山 200000)\n\n"
    "青禾纱厂工会成立于一九四九年秋，首届委员会由九名委员组成，会员四百余人。\n\n"
    "一九五六年，纱厂工会改选，会员增至一千二百人。\n"
)


def test_an_authors_affiliations_in_brackets_are_not_joined_to_the_text():
    paragraphs = _paragraphs(JOURNAL)
    assert any(p.startswith("青禾纱厂工会成立于") for p in paragraphs)
    assert not any("）青禾纱厂" in p or ")青禾纱厂" in p for p in paragraphs)
