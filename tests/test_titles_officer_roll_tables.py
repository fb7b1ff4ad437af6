"""Tables of a union's officers over its terms under a row of column heads, as county
gazetteers and archives print their union sections: the name's, the post's and the
term's columns (姓名 职务 任职时间 over 某某 主 席 1955.3～1960.1), or the posts heading
the columns (届次 时间 主席 副主席 over 第三次 1963.11 某甲 某乙). Each row's person
holds the row's post at the union the table lists. Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.roll_tables import roll_heads, roll_row_hits
from tests.conftest import first_article_positions

_ARCHIVE = (
    "青禾县档案馆\n"
    "青禾县总工会全宗\n"
    "一、机构沿革：\n"
    "1950年5月青禾县总工会筹备组成立。1959年10月，青禾县总工会恢复。\n"
    "主要领导人变更情况\n"
    "姓 名 职 务 任职时间\n"
    "冉立昆 主任（兼） 1950.5～1950.11\n"
    "费书生 主 席 1955.3～1960.1\n"
)

_GAZETTEER = (
    "青禾县志\n"
    "第二节 县总工会\n"
    "一、组织沿革\n"
    "1952年6月召开全县第一次工人代表大会，成立青禾县总工会。\n"
    "二、历届代表大会\n"
    "届次　时间　主席　副主席\n"
    "第一次　1952.6　柴润生　郜玉乾\n"
    "第二次　1956.9　柴润生　蒯秀英（女）　郜玉乾\n"
)


def test_a_row_under_name_and_post_heads_holds_its_post_at_the_union_listed():
    found = first_article_positions(_ARCHIVE)
    assert ("冉立昆", "主任", "青禾县总工会") in found
    assert ("费书生", "主席", "青禾县总工会") in found


def test_names_under_heads_that_are_posts_hold_those_posts_deputies_past_the_last():
    found = first_article_positions(_GAZETTEER)
    assert ("柴润生", "主席", "青禾县总工会") in found
    assert ("郜玉乾", "副主席", "青禾县总工会") in found
    assert ("蒯秀英", "副主席", "青禾县总工会") in found
    assert ("柴润生", "副主席", "青禾县总工会") not in found


def test_heads_that_name_no_post_and_no_name_open_no_roll():
    assert roll_heads("时间　地点　内容") is None
    assert roll_heads("届次　时间") is None
    assert roll_heads("1952.6　主席") is None


def test_a_row_whose_term_prints_no_date_is_no_row_of_the_roll():
    heads = roll_heads("届次　时间　主席　副主席")
    assert heads is not None
    assert roll_row_hits("会议　会场　柴润生　郜玉乾", heads) == []
    assert [h.name for h in roll_row_hits("第一次　1952.6　柴润生　郜玉乾", heads)] == [
        "柴润生",
        "郜玉乾",
    ]
