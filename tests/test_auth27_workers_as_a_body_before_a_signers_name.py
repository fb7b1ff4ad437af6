"""A letter signed with a noun for workers as a body before the name (``农民工 某某``):
the noun is no name, though its first character is a surname (农); the signer alone is
the author. Before, the byline's reader took ``农民工`` for a second author. Invented
names (auth27)."""

from __future__ import annotations

from tests.conftest import page_authors

LETTER = (
    "读者来信\n"
    "工会帮我们要回了血汗钱\n"
    "编辑同志：\n"
    "我在青禾县一个工地干活，去年老板拖欠我们十几个人的工资，一直没有结清。\n"
    "今年3月，我们找到县总工会，法律援助工作站的律师帮我们收集证据，工钱终于全部到手。\n"
    "农民工 罗晓帆\n"
)


def test_the_signer_alone_is_the_author() -> None:
    assert page_authors(LETTER) == {("罗晓帆", "author")}
