"""Names that hold or follow a conjunction (和, 与, 及): a department's full name with 和
inside it (人力资源和社会保障局, ``org_suffixes.yaml`` suffix_forms and joined_departments)
is one name, and a whole name then a conjunction (某公司和某服务中心) ends a name of its
own. Read by :mod:`.grammar` and :mod:`.model`."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import FILE, suffix_of, words
from gonghui_build.text.names import split_name


def full_form_before(text: str, end: int) -> str | None:
    """The full name of a department (人力资源和社会保障局) ending at ``end``."""
    for full in lexicon.load(FILE).suffix_forms.values():
        if text.startswith(full, end - len(full)):
            return full
    return words("joined_departments").ending(text, end)


def after_conjunction(text: str, begin: int, start: int) -> int:
    """北京燕河乳业有限公司和燕郊…服务中心: a whole name, then 和 (与, 及), is a name of
    its own; the name ending at ``start`` begins after the conjunction. A place jieba
    reads across the conjunction (某县总工会和|县妇联 read 和县|妇联) opens the name too
    when a level word's short form (县妇联) follows the conjunction."""
    for k in range(start - 1, begin - 1, -1):
        if text[k] not in words("brand_conjunctions") or suffix_of(text, k) is None:
            continue
        if k > begin or words("place_markers").starting(text, k + 1):
            return k + 1
    return begin


#: How far back from a person's name a title may begin (常务副主席, 党组书记).
_LONGEST_TITLE = 10


def after_a_titled_name(text: str, begin: int, start: int) -> int:
    """副主席甘雨田和区总工会…, 主席何平和县总工会…: a title, a person's name and 和
    (与: ``brand_conjunctions``) before a name: jieba reads the name's last character
    with the conjunction and the level word after it as a place (田和区, 平和县) and the
    walk takes them in; the name begins after the conjunction. The person's name (two
    or three characters, a surname first) stands right after a title."""
    for k in range(begin, min(begin + 2, start)):
        if text[k] not in words("brand_conjunctions"):
            continue
        for size in (2, 3):
            at = k - size
            if at < 0 or split_name(text[at:k]) is None:
                continue
            if lexicon.titles().at_end.search(text, max(0, at - _LONGEST_TITLE), at):
                return k + 1
    return begin
