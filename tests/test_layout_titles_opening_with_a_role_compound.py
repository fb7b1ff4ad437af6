"""A title opening with a word a role word makes (``记者节 某某工会走进报社``, ``记者节：…``)
is no byline: after a byline's role word come names, after 记者节 the rest of a title.
Three real sites printed titles opening with 记者节 (read in session 29); the layout took
such a title for a byline and lost the headline. Invented text here."""

from __future__ import annotations

import pytest

from gonghui_build.layout.cues import is_head_byline
from tests.conftest import block_roles

TEXT = (
    "    11月8日，青州市总工会副主席邵文涛带队来到市融媒体中心，看望慰问一线采编人员。"
    "\n\n    慰问组一行走进编辑部，与采编人员亲切交谈。\n"
)
TITLES = (
    "记者节 市总工会走进融媒体中心送祝福",
    "记者节：青州工会为新闻工作者送上“暖心包”",
    "记者证换发工作启动 市总工会配合做好服务",
)


@pytest.mark.parametrize("title", TITLES)
def test_a_title_opening_with_a_role_compound_is_the_headline(title):
    assert not is_head_byline(title)
    assert block_roles(f"{title}\n\n{TEXT}")[title] == "headline"


def test_a_role_word_before_names_is_still_a_byline():
    assert is_head_byline("记者 林晓秋")
    assert is_head_byline("本报记者 林晓秋 通讯员 王立")
    assert is_head_byline("特约通讯员 郝菁")
    assert is_head_byline("见习记者 柏文舟")
