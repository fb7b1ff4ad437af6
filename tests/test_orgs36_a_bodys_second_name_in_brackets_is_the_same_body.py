"""A bracket holding nothing but a body's name, printed right after another body's name
(某县传媒中心（某县广播电视台）, 某市城管局（某市城管执法局）), gives one body's second
name: a merged office that keeps the old office's name, a media centre the paper it
runs. The bracket's name is that body's alias, not a body of its own. Invented names
and sentences."""

from __future__ import annotations

from gonghui_build.extract.organisations.declared_short_forms import second_names
from tests.conftest import news_page, page_facts


def _read(body: str) -> set[tuple[str, str | None]]:
    """(as written, full name) of each organisation the item of ``body`` names."""
    orgs = page_facts(news_page(body)).articles[0].orgs
    return {(o.written, o.resolved.name if o.resolved else None) for o in orgs}


def test_a_papers_name_in_brackets_after_its_media_centre_is_the_centres():
    read = _read("桐江融媒体中心（桐江晚报社）记者周文涛获得了本年度新闻奖。")
    assert ("桐江晚报社", "桐江融媒体中心") in read
    assert {full for _, full in read} == {"桐江融媒体中心"}


def test_a_person_before_a_bracketed_body_names_no_second_name():
    facts = page_facts(news_page("获奖者周文涛（桐江晚报社）表示，将继续扎根基层。"))
    assert second_names("获奖者周文涛（桐江晚报社）表示", facts.articles[0].orgs) == {}
