"""A name of Mongolian or Tibetan elements (``composed_end``) is looked for only where an
element starts (the sizes of the elements each character starts): the same run of
elements, and the same count of them, as trying every size at every place."""

import random

from gonghui_build.extract.people import composed


def _every_size(text: str, pos: int) -> tuple[int, int] | None:
    best, frontier = None, [(pos, 0)]
    while frontier:
        at, count = frontier.pop()
        if count and (best is None or at > best[0]):
            best = (at, count)
        for size in range(2, composed._longest() + 1):
            element = text[at : at + size]
            if len(element) == size and element in composed._elements():
                frontier.append((at + size, count + 1))
    return best


def test_a_run_of_elements_after_other_words_is_found_where_it_starts():
    elements = sorted(composed._elements())
    text = "织毯工" + elements[0] + elements[1] + "告诉记者"
    assert composed.composed_end(text, 3) == (3 + len(elements[0]) + len(elements[1]), 2)
    assert composed.composed_end(text, 0) is None


def test_the_run_found_equals_trying_every_size_at_every_place():
    rnd = random.Random(15)
    elements = sorted(composed._elements())
    characters = sorted(set("".join(elements))) + list("工会，")
    for _ in range(3000):
        pieces = rnd.choices(elements, k=3) + rnd.choices(characters, k=3)
        rnd.shuffle(pieces)
        text = "".join(pieces)
        for pos in range(-2, len(text) + 2):
            assert composed.composed_end(text, pos) == _every_size(text, pos)
