"""An e-paper's author row names the reporter with the role word (``作者：记者 某甲 通讯员
某乙``) and the caption under the text credits the same reporter's photo (``记者 某甲
摄``): the reporter has two rows, one a role (ANNOTATION.md: a name marked 文/摄 gets two
rows). Before, a name the text credited kept only the text's role, and the reporter's
row of the header was dropped. A paper's bare ``作者：某某`` row reads the same. Invented
names (auth27, real_dev27's e-paper article view)."""

from __future__ import annotations

from tests.conftest import page_authors

PAGE = (
    "青禾职工报\n"
    "2024年05月08日\n"
    "第02版：要闻\n"
    "劳模走进职业院校讲技能\n"
    "{row}\n"
    "5月6日，青禾市总工会劳模进校园宣讲活动在青禾技师学院启动，600余名师生到场聆听。\n"
    "青禾市总工会负责人介绍，活动将持续到6月下旬，宣讲团将走进全市12所职业院校。\n"
    "图为劳模在宣讲中演示量具的使用。 记者 罗晓帆 摄\n"
)


def test_the_rows_reporter_is_the_captions_photographer_too() -> None:
    assert page_authors(PAGE.format(row="作者：记者 罗晓帆 通讯员 钱立")) == {
        ("罗晓帆", "reporter"),
        ("罗晓帆", "photographer"),
        ("钱立", "correspondent"),
    }


def test_a_papers_bare_author_field_is_its_reporter_and_photographer() -> None:
    assert page_authors(PAGE.format(row="作者：罗晓帆")) == {
        ("罗晓帆", "reporter"),
        ("罗晓帆", "photographer"),
    }
