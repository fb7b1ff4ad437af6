"""A name jieba reads whole as a place or a name-word (于洋/ns, 高山/ns, 华南/ns) right
after the post of a named body, closed by a word that follows names (来到, 介绍, 陪同),
is a person who holds the post; a division of China so placed (江西) or a word jieba
reads longer (黄河流域) is none. Invented names, units and events (s43, people30)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_people


def test_a_name_read_as_a_place_after_a_city_unions_chair():
    body = "红星市总工会主席于洋来到某机械公司调研职工之家建设。"
    assert page_people(news_page(body)) == ["于洋"]


def test_a_name_read_as_a_mountain_after_an_office_director():
    body = "东风机械厂办公室主任高山介绍了厂里开展技能培训的情况。"
    assert page_people(news_page(body)) == ["高山"]


def test_a_name_read_as_a_region_after_a_chairman_holds_the_post():
    body = "长城化工集团董事长华南陪同调研。"
    assert page_people(news_page(body)) == ["华南"]
    held = first_article_positions(news_page(body))
    assert any(name == "华南" and title == "董事长" for name, title, _ in held)


def test_a_plateau_word_after_a_chair_speaking_at_a_meeting():
    body = "市总工会主席高原在会上讲话，要求各级工会做好困难职工帮扶工作。"
    assert page_people(news_page(body)) == ["高原"]


def test_a_province_after_a_post_is_no_name():
    assert page_people(news_page("市总工会主席江西调研归来。")) == []


def test_a_word_jieba_reads_longer_is_no_name():
    assert page_people(news_page("市总工会主席黄河流域调研。")) == []


def test_names_read_as_places_listed_after_a_titled_name_share_the_post():
    body = "市总工会副主席华南、于洋出席。"
    assert page_people(news_page(body)) == ["于洋", "华南"]


def test_a_rare_name_word_of_a_worded_surname_listed_after_a_titled_name():
    body = "区总工会副主席钱海、常青陪同。"
    assert page_people(news_page(body)) == ["常青", "钱海"]
