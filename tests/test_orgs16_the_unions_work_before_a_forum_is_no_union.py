"""工会工作 'union work' glued by jieba into one word is no union's name: the grammar
reads none in 某开发区|工会工作 (the zone's union work), but the model read the union
there (南湖新区开发区工会) out of a forum's council (…开发区工会工作论坛理事会), a false
body. A model's union ending inside jieba's word 工会工作 is now left out; a model's
union before anything else is kept. Seen on a real page of the national forum of
development zones' union work (session 36, orgs16). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.model import with_model
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_orgs


def _model_names(text: str) -> list[str]:
    return [s.written for s in with_model(text, [], tag_tokens(text), [])]


def test_a_forum_of_zones_union_work_gives_no_union():
    found = first_article_orgs("大会由南湖新区开发区工会工作论坛理事会、南湖开发区协会主办。")
    assert "南湖新区开发区工会" not in found
    assert "南湖开发区协会" in found


def test_the_model_reads_no_union_inside_union_work():
    assert "中国新区开发区工会" not in _model_names("大会由中国新区开发区工会工作论坛理事会主办。")


def test_a_zones_union_is_still_read():
    found = first_article_orgs("漕河泾开发区工会召开第三次会员代表大会。")
    assert "漕河泾开发区工会" in found
