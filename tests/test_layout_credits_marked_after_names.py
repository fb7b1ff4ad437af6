"""Credits in brackets that print their marks after the names or bodies they close
(``（某甲/文 某乙/摄）``, ``（工会 某某/文、摄 某某/审）``, ``（某单位/文、某单位/图）``), read in
session 24 on the news of a college's, a hospital's and a school's union sites (invented
text in their shape). Each closes its item as its byline: unread, it headed the next
item, so its name was taken for that item's headline and its authors were lost. The
names are the item's writer and photographer; a name marked ``/审`` reviewed the item and
is no author."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.end_credits import end_credit_start, is_credit_line
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import layout_roles

# A union site's column of short items, no headlines, each closed by such a credit.
COLUMN = (
    "基层工会动态\n"
    "4月18日，青禾县总工会在县体育馆举办职工羽毛球比赛，十二支代表队的九十余名职工参赛。\n"
    "（蒋若溪/文 岑晓光/摄）\n"
    "5月9日，南坪街道总工会组织辖区快递员开展健康体检，为一百二十名劳动者建立健康档案。\n"
    "（工会 梁书瑶/文、摄 尹卫东/审）\n"
    "6月2日，县职业中学工会举办教职工象棋比赛，三十二名教职工参赛。\n"
    "（校工会/文、校办/图）\n"
    "6月20日，青禾县总工会为全县环卫工人送去防暑降温用品。\n"
)


def test_credits_with_marks_after_the_names_are_credit_lines():
    assert is_credit_line("（蒋若溪/文 岑晓光/摄）")
    assert is_credit_line("（工会 梁书瑶/文、摄 尹卫东/审）")
    assert is_credit_line("（校工会/文、校办/图）")
    assert end_credit_start("活动圆满结束。（蒋若溪/文）") == len("活动圆满结束。")


def test_a_slash_in_a_note_or_a_rate_in_brackets_is_no_credit():
    assert not is_credit_line("（每人/天）")
    assert not is_credit_line("（单价五十元/吨）")
    assert not is_credit_line("（详见附件/文件）")
    assert not is_credit_line("（职工代表/文艺演出）")
    assert not is_credit_line("（会场/图）")


def test_each_marked_credit_closes_its_item_and_the_next_line_opens_another():
    roles = layout_roles(COLUMN)
    assert roles["（蒋若溪/文 岑晓光/摄）"] == ("byline", 0)
    assert roles["（工会 梁书瑶/文、摄 尹卫东/审）"] == ("byline", 1)
    assert roles["（校工会/文、校办/图）"] == ("byline", 2)
    assert roles["6月20日，青禾县总工会为全县环卫工人送去防暑降温用品。"] == ("body", 3)


def test_names_before_their_marks_are_writer_and_photographer_and_the_reviewer_no_author():
    found = parse_byline("（蒋若溪/文 岑晓光/摄）", end_credit=True)
    assert [(a.name, a.role) for a in found] == [
        ("蒋若溪", AuthorRole.reporter),
        ("岑晓光", AuthorRole.photographer),
    ]
    found = parse_byline("（工会 梁书瑶/文、摄 尹卫东/审）", end_credit=True)
    assert [(a.name, a.role) for a in found] == [
        ("梁书瑶", AuthorRole.reporter),
        ("梁书瑶", AuthorRole.photographer),
    ]


def test_bodies_before_their_marks_are_no_authors():
    assert parse_byline("（校工会/文、校办/图）", end_credit=True) == []
