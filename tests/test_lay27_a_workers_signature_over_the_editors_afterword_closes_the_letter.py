"""A reader's letter in a letters column is signed by the worker with his trade and his
name (``钢筋工 某某``), and the editor's afterword (``编后：…``) follows it: the signature
closes the letter's text (its byline), and the afterword stays the letter's. Invented
text in the shape of workers' papers' letters columns (real_dev27)."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = (
    "读者来信\n"
    "谢谢工会帮我们要回工钱\n"
    "编辑同志：\n"
    "我是一名在青禾打工的木工，去年在一处工地干了八个月，工钱一直没有结清。\n"
    "今年3月，在区总工会的帮助下，我们十二名工友拿回了全部工钱。\n"
    "木工 柏有田\n"
    "编后：今年以来，区总工会法律援助站已帮助农民工追回欠薪三百余万元。\n"
    "来源：青禾职工报  2023年04月20日  第04版\n"
)


def test_the_trade_and_name_under_the_letter_is_its_byline() -> None:
    assert layout_roles(PAGE)["木工 柏有田"] == ("byline", 0)


def test_the_afterword_stays_with_the_letter() -> None:
    roles = layout_roles(PAGE)
    assert roles["编后：今年以来，区总工会法律援助站已帮助农民工追回欠薪三百余万元。"] == (
        "body",
        0,
    )
