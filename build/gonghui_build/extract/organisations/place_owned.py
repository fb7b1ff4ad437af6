"""Bodies only a place owns, read by :mod:`.grammar`: a place's 职工之家 (县职工之家,
某县职工之家: the federation's centre where the place's meetings and trainings are held)
is one body, where an honour or a kind before it (模范职工之家, 星级职工之家, 共享职工之家)
names none (``org_suffixes.yaml`` place_owned_suffixes); and a level word with the word
for the workers its federation serves (州职工, 县职工) is the body of that place's service
centre (州职工服务中心) however jieba cuts the level word off (之家和州: the historic
和州 glued to a company's 职工之家 before it)."""

from __future__ import annotations

from gonghui_build.extract.organisations.brands import is_place
from gonghui_build.extract.organisations.names import (
    district_of,
    opening_word,
    whole_divisions,
    words,
)
from gonghui_build.text import places
from gonghui_build.text.tokenizer import tag_tokens


def has_proper(text: str) -> bool:
    """Whether ``text`` holds a place as jieba reads it."""
    return any(is_place(t) for t in tag_tokens(text))


def is_a_place(body: str) -> bool:
    """A place by its level word (县), its full name or its division's name, or a name
    of two characters or more before a level word (平川县: a county the gazetteer may
    not hold), not a determiner's phrase (全县, 各区)."""
    if body in words("place_markers") or district_of(body) or whole_divisions(body):
        return True
    if any(d.name == body for d in places.lookup(body)):
        return True
    level = words("place_markers").ending(body)
    named = level is not None and len(body) - len(level) >= 2
    return named and not opening_word(body, "determiners") and has_proper(body)


def level_and_service_word(body: str) -> bool:
    """县职工, 州职工: a level word and the word for the workers a place's federation
    serves (``federation_service_words``), the body of that place's service centre."""
    service = words("federation_service_words").ending(body)
    return service is not None and body[: -len(service)] in words("place_markers")
