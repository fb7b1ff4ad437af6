"""Shapes read on real pages in session 25 (invented text in their shapes): a union's open
letter on its site closing with a wish (``祝大家…！``) over its signature and date; a
signature in two lines (the unit, then the writer's name); a site's own 讯 with a
workers' correspondent (``本站讯（职工通讯员 某某）``); a body credited with supplying the
copy (``（某工会供稿）``); a row of font-size buttons or a read-aloud button under a title.

Before: the wish, short and exclaimed, was read as a headline printed after the text and
pushed the letter's title out as furniture; the two-line signature was read as captions;
``本站讯`` opened no dateline (its correspondent was lost, 通讯员 read as a name); the
supplying body was an author; the button rows were taken for the headline.
"""

from __future__ import annotations

from gonghui_build.extract.bylines import AuthorRole, parse_byline
from gonghui_build.layout.cues import dateline_prefix
from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles, page_facts

LETTER = (
    "致全镇职工的一封信\n"
    "全镇广大职工朋友们：\n"
    "端午将至，镇总工会向坚守在各个岗位上的职工们致以节日的问候。\n"
    "这一年里，大家在车间和田头埋头苦干，为全镇发展出了大力。\n"
    "祝大家节日快乐，身体健康！\n"
)


def test_a_letters_closing_wish_is_its_text_and_its_title_stays_the_headline():
    roles = layout_roles(LETTER + "松坪镇总工会\n2025年5月28日\n")
    assert roles["致全镇职工的一封信"] == ("headline", 0)
    assert roles["祝大家节日快乐，身体健康！"] == ("body", 0)
    assert roles["松坪镇总工会"] == ("byline", 0)


def test_a_closing_wish_at_the_pages_end_is_no_title_printed_after_the_text():
    roles = layout_roles(LETTER)
    assert roles["致全镇职工的一封信"] == ("headline", 0)
    assert roles["祝大家节日快乐，身体健康！"] == ("body", 0)


def test_an_exclaimed_headline_over_text_is_still_a_headline():
    """A guard: a wish word opening a headline over a text leaves it the headline."""
    roles = layout_roles(
        "祝贺你们，松坪工匠！\n本报讯 近日，松坪镇三名职工在全市技能大赛中获得一等奖。\n"
    )
    assert roles["祝贺你们，松坪工匠！"] == ("headline", 0)


def test_a_unit_line_over_a_name_line_after_the_text_is_the_signature():
    page = (
        "春风送岗进园区\n"
        "本报讯（通讯员 喻清和）3月2日，松坪镇总工会在工业园举办招聘会，40家企业到场招工。\n"
        "现场还设了法律咨询台，为求职者解答劳动合同问题。\n"
        "松坪镇机械工会\n"
        "符向晨\n"
    )
    roles = layout_roles(page)
    assert roles["松坪镇机械工会"] == ("byline", 0)
    assert roles["符向晨"] == ("byline", 0)


def test_a_sites_own_xun_with_a_workers_correspondent_is_a_dateline():
    text = "本站讯（职工通讯员 谷一鸣）5月6日，松坪电厂工会组织青年职工开展消防演练。"
    assert dateline_prefix(text) == "本站讯（职工通讯员 谷一鸣）"
    assert dateline_prefix("本刊讯 近日，松坪电厂工会召开会员代表大会。") == "本刊讯 "
    article = page_facts(text + "\n演练结束后，职工们交流了体会。\n").articles[0]
    assert {(a.name, a.role) for a in article.authors} == {("谷一鸣", AuthorRole.correspondent)}


def test_a_body_credited_with_supplying_the_copy_is_no_author():
    for credit in ("（院工会供稿）", "（车间工会供稿）", "（校工会供图）"):
        assert parse_byline(credit, AuthorRole.correspondent, end_credit=True) == []
    names = parse_byline("（厂工会供稿 摄影/邝明远）", AuthorRole.correspondent, end_credit=True)
    assert [a.name for a in names] == ["邝明远"]


def test_font_size_and_read_aloud_buttons_under_a_title_are_furniture():
    assert furniture_kind("A- A+ 默认 打印")
    assert furniture_kind("听全文")
    body = "4月1日，松坪镇总工会在镇文体中心举办职工羽毛球赛，16支队伍参赛。\n"
    for row in ("A- A+ 默认 打印", "听全文"):
        roles = layout_roles(f"松坪镇总工会举办职工羽毛球赛\n{row}\n{body}")
        assert roles["松坪镇总工会举办职工羽毛球赛"] == ("headline", 0)
