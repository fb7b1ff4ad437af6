"""The office of a union's committee printed bare (经费审查委员会办公室, 女职工委员会办公室)
after a name titled at a city federation is that federation's committee's office, as a
bare department (办公室, 基层工作部) after it is the federation's: a federation's meeting
lists its heads of departments so (市总工会基层工作部部长甲、经费审查委员会办公室主任乙).
A company's officer before it does not make the office the company's: the committee is
its union's. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_MEETING = "5月12日，南通市总工会召开推进会。{}参加会议。"


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_funds_review_committees_office_after_a_federations_department():
    chain = "市总工会基层工作部部长顾晓峰、经费审查委员会办公室主任陆佩华"
    assert _posts_of("陆佩华", _MEETING.format(chain)) == {
        ("主任", "南通市总工会经费审查委员会办公室")
    }


def test_a_womens_committees_office_after_a_federations_vice_chair():
    chain = "市总工会副主席顾晓峰、女职工委员会办公室主任陆佩华"
    assert _posts_of("陆佩华", _MEETING.format(chain)) == {
        ("主任", "南通市总工会女职工委员会办公室")
    }


def test_the_name_before_keeps_its_department():
    chain = "市总工会基层工作部部长顾晓峰、经费审查委员会办公室主任陆佩华"
    assert _posts_of("顾晓峰", _MEETING.format(chain)) == {("部长", "南通市总工会基层工作部")}


def test_a_bare_office_after_a_federations_department_is_read_as_before():
    chain = "市总工会基层工作部部长顾晓峰、办公室主任陆佩华"
    assert _posts_of("陆佩华", _MEETING.format(chain)) == {("主任", "南通市总工会办公室")}


def test_a_committees_office_after_a_companys_officer_is_not_the_companys():
    body = "5月12日，江苏恒瑞机械有限公司召开职代会。公司党委书记顾晓峰、经费审查委员会办公室主任陆佩华参加会议。"
    posts = _posts_of("陆佩华", body)
    assert ("主任", "江苏恒瑞机械有限公司经费审查委员会办公室") not in posts
