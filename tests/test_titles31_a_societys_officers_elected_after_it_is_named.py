"""An election of a society's officers (会长, 副会长, 理事长, 秘书长) with no body in the
post, after the paragraph names the society (某市职工书画协会召开换届会议，选举某某为会长):
the posts are held at that society, as a union's elected chair is at the union named
before (``titles.yaml`` society_posts, society_suffixes); the build had left them with
no post. A union's election is unchanged, and a society named before a union's
election of its chair gives the chair no society. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_workers_calligraphy_association_elects_its_president():
    body = "当天下午，平川市职工书画协会召开换届会议，选举韩正英为新一届会长。"
    assert _posts(body, "韩正英") == {("会长", "平川市职工书画协会")}


def test_a_model_workers_association_elects_president_and_vice_president():
    body = "平川市劳模协会召开第二次会员代表大会，选举韩正英为会长，罗敏为副会长。"
    assert _posts(body, "韩正英") == {("会长", "平川市劳模协会")}
    assert _posts(body, "罗敏") == {("副会长", "平川市劳模协会")}


def test_a_unions_election_of_its_chair_is_unchanged():
    body = "平川市总工会召开全委会，选举韩正英为新一届主席。"
    assert _posts(body, "韩正英") == {("主席", "平川市总工会")}


def test_a_chair_elected_after_a_society_and_a_union_is_the_unions():
    body = "平川市职工书画协会与平川市总工会联合召开会议，选举韩正英为主席。"
    assert _posts(body, "韩正英") == {("主席", "平川市总工会")}
