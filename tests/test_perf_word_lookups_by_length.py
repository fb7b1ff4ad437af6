"""A reference word at a place (``Words.starting`` / ``Words.ending``) is looked up by
length, not found by trying every word of the list: the answers, and what the usage
report records, are those of the scan over the words, longest first, that it replaced
(``text.startswith(w, pos)`` / ``text.endswith(w, 0, end)``)."""

import random

from gonghui_build.reference.words import Words, compiled, recording


def _scan_start(words: Words, text: str, pos: int = 0) -> str | None:
    return next((w for w in words.words if text.startswith(w, pos)), None)


def _scan_end(words: Words, text: str, end: int | None = None) -> str | None:
    stop = len(text) if end is None else end
    return next((w for w in words.words if text.endswith(w, 0, stop)), None)


def test_a_word_at_a_place_is_the_longest_as_a_scan_of_the_list_finds_it():
    titles = Words("invented.yaml: titles", ["主席", "副主席", "常务副主席", "席"])
    text = "他任常务副主席"
    assert titles.ending(text) == "常务副主席"
    assert titles.ending(text, -1) is None  # 常务副主 ends no word
    assert titles.ending(text, 99) == "常务副主席"  # an end past the text is its end
    assert titles.starting(text, 2) == "常务副主席"
    assert titles.starting(text, -2) == "主席"
    assert titles.starting(text, 99) is None


def test_a_lookup_by_length_answers_as_the_scan_on_any_text_and_place():
    rnd = random.Random(15)
    alphabet = "工会主席副长"
    for _ in range(500):
        entries = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 4))) for _ in range(6)]
        words = Words("invented.yaml: random", entries)
        for _ in range(20):
            text = "".join(rnd.choices(alphabet, k=rnd.randint(0, 8)))
            place = rnd.randint(-10, 10)
            assert words.starting(text, place) == _scan_start(words, text, place)
            assert words.ending(text, place) == _scan_end(words, text, place)
            assert words.ending(text) == _scan_end(words, text)


def test_a_lookup_counts_the_list_as_read_whole_and_notes_its_match():
    words = Words("invented.yaml: lookup_usage", ["工会", "总工会"])
    (found, usage) = recording(lambda: words.ending("区总工会"), keep=False)
    assert found == "总工会"
    assert ("invented.yaml: lookup_usage", "总工会") in usage[0]
    assert "invented.yaml: lookup_usage" in usage[1]
    assert "invented.yaml: lookup_usage" in compiled()
