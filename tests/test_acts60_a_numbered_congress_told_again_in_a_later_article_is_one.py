"""Activities (s48 acts60): a numbered congress an earlier article of the page reported,
named again in a later article as the frame of its sessions (某市工会第八次代表大会举行选举
大会), is one activity: the later article's row is dropped and its sessions are parts of
the first article's congress (the tuning gold of real_dev7's front page). A programme's
name told in two items of a page stays a row in each. Pages written for these tests
(invented: a city union's congress on a printed front page, a digest of two unions'
summer rounds)."""

from __future__ import annotations

from gonghui_build.extract.activities.page_restated import told_in_an_earlier_article
from gonghui_build.extract.page import extract_page
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page
from gonghui_build.records.facts import _activity_id, _parent_id

CONGRESS = """青禾工人报
第01版：要闻
2023年5月12日 星期五
青禾市工会第八次代表大会开幕

本报讯（记者 林晓雨）5月10日上午，青禾市工会第八次代表大会在青禾会议中心开幕。来自全市各条战线的320名代表参加大会。

市总工会新一届委员会选举产生

本报讯（记者 林晓雨）5月11日上午，青禾市工会第八次代表大会举行选举大会，选举产生市总工会第八届委员会委员35名。随后召开的市总工会八届一次全委会议选举了主席、副主席。
"""

DIGEST = """青禾工人报
第03版：基层
2023年7月20日 星期四
柳岸区总工会开展“送清凉”活动

本报讯 7月18日，柳岸区总工会开展“送清凉”活动，为环卫工人送去防暑用品。

桐江县总工会开展“送清凉”活动

本报讯 7月19日，桐江县总工会开展“送清凉”活动，慰问高温下作业的建筑工人。
"""


def _articles(text: str):
    parsed = parse_page(page_from_bytes("p.txt", text.encode("utf-8")))
    return parsed, extract_page(parsed).articles


def test_the_congress_named_again_is_not_a_second_row():
    _, (opening, election) = _articles(CONGRESS)
    assert "青禾市工会第八次代表大会" in [a.name for a in opening.activities]
    assert "青禾市工会第八次代表大会" not in [a.name for a in election.activities]


def test_the_later_articles_sessions_are_parts_of_the_first_articles_congress():
    parsed, (opening, election) = _articles(CONGRESS)
    para_ids = {p.seq: f"p{p.seq}" for p in parsed.paragraphs}
    [congress] = [a for a in opening.activities if a.name == "青禾市工会第八次代表大会"]
    sessions = [a for a in election.activities if a.name == "选举大会"]
    assert sessions
    ids = [_activity_id(a.span, para_ids) for a in election.activities]
    assert _parent_id(sessions[0], ids, para_ids) == _activity_id(congress.span, para_ids)


def test_a_programme_named_in_two_items_stays_a_row_in_each():
    _, articles = _articles(DIGEST)
    assert told_in_an_earlier_article(articles) == list(articles)
    assert [len(a.activities) for a in articles] == [1, 1]
