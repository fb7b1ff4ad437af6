"""A federation's Party group named on its own (某市总工会党组研究决定, 向省总工会党组写出
报告): a body of its own, the federation's (``org_suffixes.yaml`` party_groups; the tuning
gold of real_dev5 and real_dev7 lists 某市总工会党组 and 某省总工会党组, type party_body).

党组 is an inner body (``titles.yaml`` inner_bodies): before a post (党组书记, 党组成员,
党组副书记) it stays in the title at the federation, and a company's 党委 printed on its
own stays no body, as before. Only a group printed right after a federation's suffix
(总工会) and opening no title is read as a body. Seen on real pages of provincial and
city federations' decisions and reports (s49 orgs32)."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import words


def federation_party_group(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a Party group right after a federation's suffix
    (市总工会|党组) that opens no post (党组|研究决定, not 党组书记)."""
    if text[start:end] not in words("party_groups").words:
        return False
    if words("federation_suffix").ending(text, start) is None:
        return False
    return lexicon.titles().regex.match(text, start) is None


def is_federation_party_group(written: str, suffix: str) -> bool:
    """Whether a name found is a federation's Party group (某市总工会党组, 省总工会党组)."""
    body = written[: len(written) - len(suffix)]
    federation = words("federation_suffix").ending(body)
    # a federation's own name before it (市总工会, 某市总工会), not 总工会 alone (各级|总工会党组)
    return suffix in words("party_groups").words and bool(federation) and body != federation
