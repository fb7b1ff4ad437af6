"""A post's closing credit for who set its page (``排版：某某``), proofread it (``校稿：``)
or drew its art (``美工：``) is furniture, as ``文案：`` and ``审核：`` are: no body
paragraph of the post, whether alone or in the stack of its credits. Invented text in
the shape of a union account's WeChat post."""

from __future__ import annotations

import pytest

from tests.conftest import block_roles

POST = """\
某区总工会为环卫工人送清凉

7月8日，某区总工会在城区开展送清凉活动，为三百名环卫工人送去防暑用品。

活动现场，工作人员还向环卫工人宣传了工会入会政策。

{credits}
"""


@pytest.mark.parametrize("key", ["排版", "校稿", "美工"])
def test_the_key_alone_closing_the_post_is_furniture(key: str) -> None:
    line = f"{key}：钱晓雨"
    assert block_roles(POST.format(credits=line))[line] == "furniture"


def test_the_key_in_a_credit_stack_is_furniture() -> None:
    roles = block_roles(POST.format(credits="文案：周明远\n排版：钱晓雨\n审核：孙立"))
    assert roles["排版：钱晓雨"] == "furniture"
