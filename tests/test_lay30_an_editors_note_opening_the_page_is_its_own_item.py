"""An editor's note opening a printed page before its first head (``编者按：…本报推出系列
报道…``) speaks of the page's series or column, not of the one article under it: it is
an item of its own with no headline, not that article's standfirst; plain text there is
still the standfirst (invented text)."""

from __future__ import annotations

from tests.conftest import layout_articles

ROWS = "青禾职工报\n第05版：劳模风采\n2019年4月29日 星期一\n"
HEAD = "东坪区劳动模范\n三十年守着一台机床\n——记青禾机床厂车工周大海\n本报记者 李明\n"
TEXT = "清晨六点，周大海已经站在机床前。三十年来，他带出徒弟四十多名。\n"


def test_an_editors_note_opening_the_page_is_its_own_item() -> None:
    note = "编者按：五一前夕，本报推出系列报道，走近一线劳模。今天刊发第一篇。\n"
    articles = layout_articles(ROWS + note + HEAD + TEXT)
    assert len(articles) == 2
    assert articles[0] == [("body", note.strip())]


def test_plain_text_over_the_head_is_still_its_standfirst() -> None:
    lead = "五一前夕，本报推出系列报道，走近一线劳模。\n"
    articles = layout_articles(ROWS + lead + HEAD + TEXT)
    assert len(articles) == 1
