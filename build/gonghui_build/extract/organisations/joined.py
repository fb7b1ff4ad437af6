"""Names that hold or follow a conjunction (和, 与, 及): a department's full name with 和
inside it (人力资源和社会保障局, ``org_suffixes.yaml`` suffix_forms and joined_departments)
is one name, and a whole name then a conjunction (某公司和某服务中心) ends a name of its
own. Read by :mod:`.grammar` and :mod:`.model`."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import FILE, suffix_of, words


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
