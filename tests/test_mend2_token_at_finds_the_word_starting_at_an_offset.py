"""``tokenizer.token_at``: the one lookup of the word starting at an offset, which the
people and organisation readers share (it was written four times)."""

from gonghui_build.text.tokenizer import Token, tag_tokens, token_at

WORDS = [Token("快递员", "n", 0, 3), Token("王", "nr", 3, 4), Token("某某", "nr", 4, 6)]


def test_the_word_starting_at_an_offset():
    assert token_at(WORDS, 0) == WORDS[0]
    assert token_at(WORDS, 3) == WORDS[1]
    assert token_at(WORDS, 4) == WORDS[2]


def test_no_word_starts_inside_a_word_or_past_the_text():
    assert token_at(WORDS, 1) is None
    assert token_at(WORDS, 6) is None
    assert token_at([], 0) is None


def test_agrees_with_a_scan_of_jiebas_words():
    text = "环卫工人李某某在某街道服务站领取了慰问品。"
    tokens = tag_tokens(text)
    for at in range(len(text) + 1):
        scanned = next((t for t in tokens if t.start == at), None)
        assert token_at(tokens, at) == scanned
