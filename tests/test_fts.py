"""The bigram search index: a query finds exactly the texts that contain it."""

from __future__ import annotations

import re
import sqlite3

import pytest

from gonghui import fts


@pytest.fixture(scope="module")
def index(seeds_tables):
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(text, content='', tokenize='unicode61')")
    texts = [p["text"] for p in seeds_tables["paragraphs"]]
    conn.executemany(
        "insert into t(rowid, text) values (?, ?)",
        [(i, fts.to_index(text)) for i, text in enumerate(texts)],
    )
    return conn, texts


def _found(index, query):
    conn, _ = index
    sql = "select rowid from t where t match ? order by rowid"
    return [r[0] for r in conn.execute(sql, (fts.to_query(query),))]


def _holding(index, *words):
    _, texts = index
    return [i for i, t in enumerate(texts) if all(w.lower() in t.lower() for w in words)]


def test_every_character_of_the_seeds_finds_every_paragraph_holding_it(index):
    _, texts = index
    characters = {c for t in texts for c in t if fts.has_chinese(c)}
    assert len(characters) > 500
    for c in sorted(characters):
        assert _found(index, c) == _holding(index, c), c


@pytest.mark.parametrize("query", ["工会", "工会主席", "培训班", "娘家人", "区总工会", "职工之家"])
def test_a_word_finds_the_paragraphs_containing_it(index, query):
    assert _holding(index, query) and _found(index, query) == _holding(index, query)


def test_several_words_must_all_be_there(index):
    assert _found(index, "工会 培训") == _holding(index, "工会", "培训")


def test_latin_words_match_as_prefixes():
    assert fts.to_query("Gao Li") == "gao* li*"
    assert fts.to_index("Gao Liqun") == "gao liqun"


def test_the_last_character_of_a_run_is_a_token():
    assert fts.to_index("工会主席，好") == "工会 会主 主席 席 好"
    assert fts.to_query("主席") == '"主席"' and fts.to_query("席") == "席*"


def test_a_query_without_words_matches_nothing():
    assert fts.to_query(" ，。") == '""'


def _tokens_run_by_run(text: str) -> str:
    """The index tokens as the module docstring defines them, one run at a time."""
    tokens = []
    for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+", text):
        if run[0].isascii():
            tokens.append(run.lower())
        else:
            tokens += [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]
    return " ".join(tokens)


def test_mixed_text_gives_each_run_its_tokens():
    assert fts.to_index("区总工会2023年Gao会见") == "区总 总工 工会 会 2023 年 gao 会见 见"
    texts = ["ＡＢＣ工会", "\u212a工会", "İstanbul工人", "a工b会c", "会", "工会\n\n职工 Li3 ，"]
    for text in texts:
        assert fts.to_index(text) == _tokens_run_by_run(text), text
