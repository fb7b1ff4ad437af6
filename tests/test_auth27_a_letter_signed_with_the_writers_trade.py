"""A reader's letter (opening ``编辑同志：``) signed with the writer's trade and name
(``电焊工 某某``), the editor's afterword (``编后：…``) printed under it, is written by
that signer: role ``author``. Before, the trade was no unit a signature names and the
afterword after the line kept it from closing the letter: the line was read as a section
heading and the letter had no author. Invented names (auth27, real_dev27's letter)."""

from __future__ import annotations

from tests.conftest import page_authors

LETTER = (
    "读者来信\n"
    "工会帮我们要回了血汗钱\n"
    "编辑同志：\n"
    "我是在青禾县一个工地干活的电焊工，去年老板拖欠我们十几个人的工资，一直没有结清。\n"
    "今年3月，我们找到县总工会，法律援助工作站的律师帮我们收集证据，工钱终于全部到手。\n"
    "{signature}\n"
    "{after}"
)
AFTERWORD = "编后：今年以来，青禾县总工会已帮助农民工追回欠薪一百余万元。\n"


def test_a_trade_and_a_name_over_the_afterword_sign_the_letter() -> None:
    page = LETTER.format(signature="电焊工 罗晓帆", after=AFTERWORD)
    assert page_authors(page) == {("罗晓帆", "author")}


def test_the_same_signature_closing_the_page_signs_it_too() -> None:
    assert page_authors(LETTER.format(signature="电焊工 罗晓帆", after="")) == {
        ("罗晓帆", "author")
    }


def test_a_collective_noun_before_a_name_is_no_trade() -> None:
    page = LETTER.format(signature="职工 罗晓帆", after=AFTERWORD)
    assert ("罗晓帆", "author") not in page_authors(page)
