"""A unit known by its number or its order within an enterprise: 312地质队, 一三七队
(``numbered_units``), 采油|五厂, 钻井|二|公司, 某石化公司|第二|炼油厂 (``ordinal_units``).
The number or the order is part of the unit's name, not a count or a rank ending it;
read by :mod:`.edges`, :mod:`.grammar`, :mod:`.walk_stops` and :mod:`.particular`."""

from __future__ import annotations

import re

from gonghui_build.extract.organisations.names import words
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.numbers import ORDER_NUMERALS, TEN_NUMERALS
from gonghui_build.text.tokenizer import Token

#: A unit's number: Arabic digits, or two Chinese numerals or more (一三七), or 第 and one.
_UNIT_NUMBER = re.compile(rf"\d+|[一二三四五六七八九〇零]{{2,}}|第[{ORDER_NUMERALS}\d]+")


def numbered_unit(body: str) -> bool:
    """A body named by its number and a unit's word ending in 队 (``numbered_units``:
    312地质队, 一三七队, 第三地质大队): geological, survey and drilling teams are known by
    their numbers, which name one body as a place does; so are the Corps' regiments,
    by their number and 团 alone (``numbered_bare_units``: 一三一团, 131团)."""
    number = _UNIT_NUMBER.match(body)
    if number is None or number.end() == len(body):
        return False
    rest = body[number.end() :]
    if rest in words("numbered_bare_units"):
        return True  # 一三一团, 131团: a Corps regiment by its number
    return (
        len(rest) <= 4
        and all(is_cjk(c) for c in rest)
        and bool(words("numbered_units").ending(rest))
    )


#: An order printed between a unit's trade and its suffix (采油|三|厂, 钻井|二|公司).
_UNIT_ORDINAL = re.compile(rf"第?[{TEN_NUMERALS}]{{1,3}}")


def ordered_unit_word(left: str, suffix: str) -> bool:
    """采油|五厂: jieba's one word of a unit's order (``left``) and its suffix."""
    return bool(_UNIT_ORDINAL.fullmatch(left)) and suffix in words("ordinal_units")


def ordinal_of_unit(tokens: list[Token], j: int) -> bool:
    """钻井|二|公司, 某石化公司|第二|炼油厂, 采油|五厂: an order (``tokens[j]``, alone or
    glued to the unit's word) printed between a word of the name (the unit's trade, the
    parent's suffix) and the unit's word (``ordinal_units``) is part of the name, not a
    count or a rank ending it."""
    if j == 0 or j >= len(tokens):
        return False
    before, tok = tokens[j - 1], tokens[j]
    named = before.tag[:1] in ("n", "j", "v") and all(map(is_cjk, before.word))  # 采油/v
    if not named or before.end != tok.start:
        return False
    unit = words("ordinal_units").ending(tok.word)
    if unit is not None and ordered_unit_word(tok.word[: -len(unit)], unit):
        return True  # 采油|五厂
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is None or after.start != tok.end or not _UNIT_ORDINAL.fullmatch(tok.word):
        return False
    return words("ordinal_units").ending(after.word) is not None


def ordinal_unit(body: str, suffix: str) -> bool:
    """钻井二|公司, 采油三|厂: a trade of two characters or more, then the unit's order,
    before a unit's suffix (``ordinal_units``) names one unit of an enterprise."""
    # the order that ends the body, not the first numeral in it (中铁九局|三|公司)
    order = re.search(rf"(?:{_UNIT_ORDINAL.pattern})$", body)
    if order is None or order.start() < 2:
        return False
    return suffix in words("ordinal_units") and all(map(is_cjk, body))


def number_of_unit(tokens: list[Token], j: int) -> bool:
    """A number (``tokens[j]``) glued to the unit's word after it (312|地质队)."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is None or after.start != tokens[j].end or tokens[j].tag != "m":
        return False
    # 地铁|3|号线|六标|项目部: a metro line's or a works section's number in a project's name
    return numbered_unit(tokens[j].word + after.word) or bool(
        words("numbered_works").starting(after.word)
    )
