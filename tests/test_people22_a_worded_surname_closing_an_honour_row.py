"""An honour list printing the body, then the name (``某公交集团有限公司 满立新``): a name
whose surname is far more often a word (满, 沙: ``surnames.yaml`` ambiguous), which jieba
reads alone, and whose given name jieba reads as an adverb (立新), was read on no line,
while the list's other names were. The line's body and the space before the name vouch
for it, as they do for a name opening a roster line. A word closing such a line (常年招聘,
满意度, 和谐) stays none. Invented names and bodies (s39, people22)."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import post_first_line
from tests.conftest import page_facts

_PAGE = (
    "自治区五一劳动奖章获得者名单\n\n乌鲁木齐市公交集团有限公司 满立新\n\n"
    "新疆天山建设集团有限公司 王志刚\n\n哈密市人民医院 沙立新\n"
)


def test_every_row_of_the_list_names_its_person():
    names = {p.name for a in page_facts(_PAGE).articles for p in a.people}
    assert names == {"满立新", "王志刚", "沙立新"}


def test_the_row_reads_the_body_and_the_name():
    line = post_first_line("乌鲁木齐市公交集团有限公司 满立新")
    assert line is not None
    assert (line.name, line.body.written, line.post) == (
        "满立新",
        "乌鲁木齐市公交集团有限公司",
        None,
    )


def test_a_word_closing_a_bodys_line_is_no_name():
    assert post_first_line("某某建材有限公司 常年招聘") is None
    assert post_first_line("哈密市人民医院 满意度") is None
    assert post_first_line("哈密市第三医院 和谐") is None
