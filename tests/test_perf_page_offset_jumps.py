"""Where a cleaned text skips page characters (``PageOffsets.jumps``) is read from its
runs: the same offsets as comparing the page offsets of every two neighbours, which the
credit and roll rules did for every character of every paragraph."""

import random

from gonghui_build.text.textedit import PageOffsets


def _neighbour_jumps(offsets: PageOffsets) -> set[int]:
    return {i for i in range(1, len(offsets)) if offsets[i] - offsets[i - 1] > 1}


def test_a_removed_space_between_two_characters_is_a_jump():
    # 工会 (page 0-1), a space taken out (page 2), 主席 (page 3-4)
    offsets = PageOffsets(((0, 0, 2, 1), (2, 3, 2, 1)), 4)
    assert offsets.jumps == {2}


def test_a_character_put_in_place_of_one_is_no_jump():
    # 一 read as —— (two characters from page 1), then the text goes on from page 2
    offsets = PageOffsets(((0, 0, 1, 1), (1, 1, 2, 0), (3, 2, 3, 1)), 6)
    assert offsets.jumps == frozenset()


def test_jumps_from_runs_equal_the_neighbour_comparison_on_any_runs():
    rnd = random.Random(15)
    for _ in range(2000):
        runs, text, page = [], 0, 0
        for _ in range(rnd.randint(0, 6)):
            page += rnd.randint(0, 3)
            size, step = rnd.randint(0, 4), rnd.choice((0, 1))
            runs.append((text, page, size, step))
            text, page = text + size, page + (size if step else 1)
        offsets = PageOffsets(tuple(runs), text)
        assert offsets.jumps == _neighbour_jumps(offsets)
