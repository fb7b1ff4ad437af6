"""A page of several items may head one with a person and a colon before a phrase
(``王师傅：三十年只修一种机床``) under the text of the item before: a dateline under it
(``本报讯（记者 某某）…``) makes it that item's headline, as a byline under it does, for no
turn of an interview stands over a dateline. A line of that shape right under an
interview's turns is still a turn, whatever follows it. Invented text in the shape read in
session 37 (provincial workers' papers' pages)."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = "河南工人日报\n2021年6月8日 星期二\n第3版 基层\n"
FIRST = (
    "送清凉，送健康，送安全\n"
    "本报讯（通讯员 苗青）6月3日，洛阳市总工会启动“夏送清凉”活动，首批慰问一线职工三千人。\n"
)
HEAD = "王师傅：三十年只修一种机床"
SECOND = "本报讯（记者 段国庆）在洛阳宏达重机，提起维修工王立新，大家都叫他“机床医生”。\n"


def test_a_name_and_colon_over_a_dateline_heads_the_next_item() -> None:
    articles = layout_articles(PAGE + FIRST + HEAD + "\n" + SECOND)
    assert len(articles) == 2
    assert ("headline", HEAD) in articles[1]
    assert all(text != HEAD for _, text in articles[0])


def test_a_turn_after_an_interviews_turns_stays_a_turn() -> None:
    interview = (
        "让职工在家门口享受服务\n——访郑州市总工会副主席李红\n本报记者 王建业\n"
        "记者：今年市总工会在服务职工方面有哪些新举措？\n"
        "李红：今年我们重点建设一百个职工服务驿站。\n"
        "记者：驿站建在哪里？\n"
        "李红：主要建在快递、外卖站点附近\n"
    )
    articles = layout_articles(interview + SECOND)
    assert ("body", "李红：主要建在快递、外卖站点附近") in articles[0]
    assert all(role != "headline" for role, _ in articles[1])
