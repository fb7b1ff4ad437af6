"""The name an election's verb lists after the person's job (选举家政服务员某某为工会主
席; 选举某传媒有限公司运营总监某某为…): an occupation, or a title chain whose body the
chain alone does not read, opens the item before the name as a whole title chain does
(:func:`.elected_lists.titled_name_start`). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_an_occupation_before_the_elected_name():
    body = "临江区总工会日前召开区家政服务行业工会成立大会，选举家政服务员吴晓芬为工会主席。"
    assert ("主席", "区家政服务行业工会") in _posts(body, "吴晓芬")


def test_a_job_at_a_body_before_the_elected_name():
    body = "临江县五金行业工会成立。大会选举临江星河五金有限公司运营总监陆晓岚为工会主席。"
    assert ("主席", "临江县五金行业工会") in _posts(body, "陆晓岚")


def test_the_job_is_kept_before_the_elected_name():
    body = "临江区总工会日前召开区家政服务行业工会成立大会，选举家政服务员吴晓芬为工会主席。"
    assert all(o is None or "家政服务员" not in o for _, o in _posts(body, "吴晓芬"))
