"""The rows a post or an e-paper page prints after its text make no article of their own:
a call to press or scan its code to follow the account (``长按二维码关注我们``, ``扫描下方
二维码关注``, ``识别二维码 关注工会``) is furniture, though two such lines in a row look like a
kicker over a headline; a keyed credit whose photos are credited to the body that took
them (``文字：某某 图片：某市总工会``) is the article's byline, before or after the editor's
row. A keyed row naming no person, or a line of text after the keys, stays as it was.
Invented text in the shape read in session 37 (district unions' WeChat posts)."""

from __future__ import annotations

import pytest

from tests.conftest import block_roles, layout_articles

TEXT = (
    "芜湖市总工会举办新任工会主席培训班\n"
    "本报讯（记者 章婷）11月1日，芜湖市总工会举办新任基层工会主席培训班，一百二十名学员参加培训。\n"
    "培训为期三天，内容包括工会法、集体协商等课程。\n"
)
CREDIT = "文字：章婷 图片：芜湖市总工会"


def test_calls_to_follow_by_the_code_are_furniture() -> None:
    calls = ["长按二维码关注我们", "扫描下方二维码关注", "识别二维码 关注工会"]
    text = TEXT + "".join(f"{line}\n" for line in calls)
    assert len(layout_articles(text)) == 1
    roles = block_roles(text)
    assert [roles[line] for line in calls] == ["furniture"] * 3


@pytest.mark.parametrize(
    "rows",
    [f"{CREDIT}\n编辑：陈思 审核：王立\n", f"编辑：陈思\n{CREDIT}\n审核：王立\n"],
)
def test_a_keyed_credit_naming_the_photos_body_is_the_byline(rows: str) -> None:
    articles = layout_articles(TEXT + rows)
    assert len(articles) == 1
    assert ("byline", CREDIT) in articles[0]


def test_a_keyed_row_naming_no_person_is_no_byline() -> None:
    row = "图片：芜湖市总工会"
    assert block_roles(TEXT + row + "\n")[row] != "byline"
