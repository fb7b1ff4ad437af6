"""A list of names opening a clause (甲、乙、丙当选为副主席; 会上，甲、乙作了发言) whose first
item the model misses, its surname or its given name reading as a word (易|光明), is a
person when the next item is a name found; a word listed before a name (安全、高效、某某,
林业、某某所在的单位) is none. Shapes of lists of officers elected, speakers and winners
read on real pages of session 31; invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_word_like_name_opening_an_election_list_is_a_person():
    body = "大会选举戴晓虹为主席，易光明、尹素芬、聂卫东当选为副主席。"
    assert _people(body) == ["尹素芬", "戴晓虹", "易光明", "聂卫东"]


def test_a_word_like_name_opening_a_list_of_speakers_is_a_person():
    assert _people("会上，易光明、尹素芬作了发言。") == ["尹素芬", "易光明"]


def test_words_listed_before_a_name_are_no_people():
    assert _people("围绕安全、高效、王建国提出了三条建议。") == ["王建国"]
    assert _people("会议期间，林业、王建国所在的单位作了交流。") == ["王建国"]


def test_a_name_opening_an_election_list_holds_the_post_the_list_is_elected_to():
    body = "大会选举产生了市总工会新一届委员会，戴晓虹当选为主席，易光明、尹素芬当选为副主席。"
    titles = {(name, title) for name, title, _ in first_article_positions(news_page(body))}
    assert ("易光明", "副主席") in titles
