"""A unit of a body printed before its post whose name opens with a character jieba
reads as a one-character adverb (一个炼油厂的常|减压车间: 常减压 'atmospheric and
vacuum', a refinery's distillation unit): an award list's line names the body, the unit
and the post before the name, and the post is held at the unit. Invented names and
bodies."""

from __future__ import annotations

from gonghui_build.extract.people.described import _unit_opened_by_adverb
from gonghui_build.text.tokenizer import Token
from tests.conftest import page_facts

_PAGE = (
    "石湾工会网\n"
    "首页 > 工会新闻 > 省内要闻\n"
    "庆祝“五一”国际劳动节暨石湾省五一劳动奖表彰大会召开\n"
    "发布时间：2019-04-29 17:36　来源：宣传教育部\n"
    "4月28日上午，庆祝“五一”国际劳动节暨石湾省五一劳动奖表彰大会在青禾饭店召开。\n"
    "大会表彰了获得2019年石湾省五一劳动奖章的60名个人。\n"
    "附：部分受表彰个人名单\n"
    "1.石湾东港石化有限公司炼油厂常减压车间班长 韦海涛\n"
    "2.青禾宏源镍业有限公司镍冶炼厂电解工 柏立秋\n"
    "3.青禾星河机床有限公司数控车工 祁光辉\n"
    "责任编辑：宁小婷\n"
)


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(text).articles
        for p in a.positions
    }


def test_a_post_at_a_unit_whose_name_opens_with_an_adverbs_character_is_read():
    found = _positions(_PAGE)
    assert ("韦海涛", "班长", "石湾东港石化有限公司炼油厂常减压车间") in found
    assert ("祁光辉", "数控车工", "青禾星河机床有限公司") in found


def test_an_adverbs_character_opens_a_units_name_only_before_a_unit_and_its_post():
    opening = Token("常", "d", 0, 1)
    assert _unit_opened_by_adverb(opening, "常减压车间班长")
    assert not _unit_opened_by_adverb(opening, "常班长")  # no unit: the adverb stays one
    assert not _unit_opened_by_adverb(Token("派", "v", 0, 1), "派驻车间班长")
