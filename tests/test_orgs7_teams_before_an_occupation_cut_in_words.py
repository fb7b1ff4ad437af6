"""A company's team printed before an occupation that ends with a post (桥吊司机, 门机司机:
``titles.yaml`` post_endings) is an organisation of its own, as a team before a post is
(ANNOTATION.md: 某公司数控班班长 → 班长 at 某公司数控班): jieba cuts the occupation into its
trade's words (桥|吊|司机), and 机 ends no occupation's word. A department before the post
word alone (某医院某科医生) is left as it was. Invented sentences, people and companies."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _orgs(body: str) -> set[str]:
    return {o.resolved.name for a in page_facts(news_page(body)).articles for o in a.orgs}


def test_a_team_before_an_occupation_ending_with_a_post_is_an_organisation():
    body = "最终，青岛远洋港务有限公司集装箱作业三队桥吊司机张海涛获得第一名。"
    assert "青岛远洋港务有限公司集装箱作业三队" in _orgs(body)


def test_a_hospital_before_its_department_and_the_post_word_alone_stays_a_mention():
    body = "县总工会请县医院妇产科医生许桂兰讲授女工劳动保护知识。"
    assert "县医院" in _orgs(body)
