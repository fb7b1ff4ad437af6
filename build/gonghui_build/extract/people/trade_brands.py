"""A company's brand before its trade word and a verb: ``华湘电机召开大会``.

A company is printed by its short name, a brand and a trade word (``org_suffixes.yaml``
brand_trades: 某某电机, 某某物流), and a news item opens with it as the subject of what
the company does (召开, 举行, 开展). A brand is often shaped as a name (a surname and a
given character), and the model then reads it as a person; a person's name is not
followed by a trade word as a noun and then a verb, so that span is refused
(:mod:`.model`). A trade word jieba reads as a verb (韩立配送外卖) leaves the name a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.name_context import after_title_or_occupation
from gonghui_build.text.tokenizer import Token, token_at

#: jieba's tags of a verb: what follows the trade word; the trade word itself is no verb.
_VERB_TAG = "v"


def brand_before_trade(end: int, tokens: Sequence[Token]) -> bool:
    """The span ending at ``end`` is followed by a trade word jieba reads as one word and
    no verb (电机/n, 重工/vn, 石化/j), and that by a verb: a company's brand, no name."""
    trades = lexicon.words("org_suffixes.yaml", "brand_trades")
    trade = token_at(tokens, end)
    verb = token_at(tokens, trade.end) if trade is not None else None
    if trade is None or verb is None:
        return False
    if trades.ending(trade.word) != trade.word or trade.tag == _VERB_TAG:
        return False
    return verb.tag == _VERB_TAG


def names_a_site(text: str, start: int, end: int) -> bool:
    """走进吉某|建筑工地: the span is followed by a site's noun (``org_suffixes.yaml``
    site_nouns: 工地, 项目部), a trade word of building before it or none (site_trades):
    the short name of the project or builder the site is named by, no person. A title or
    an occupation before the span (钢筋工某某工地上…) leaves the name a name."""
    at = end + len(lexicon.words("org_suffixes.yaml", "site_trades").starting(text, end) or "")
    if lexicon.words("org_suffixes.yaml", "site_nouns").starting(text, at) is None:
        return False
    return not after_title_or_occupation(text, start)


def brand_of_a_named_firm(
    text: str, start: int, end: int, tokens: Sequence[Token], article: str
) -> bool:
    """楚某|化工劳模工作室: the span and the trade word after it (``org_suffixes.yaml``
    brand_trades) are printed in the ``article`` before a company's suffix (湖北楚某化工
    有限公司): the short name of that firm, no person, whatever follows the trade word.
    A person's name and a trade word do not open a company's full name."""
    trade = token_at(tokens, end)
    trades = lexicon.words("org_suffixes.yaml", "brand_trades")
    if trade is None or trade.tag == _VERB_TAG or trades.ending(trade.word) != trade.word:
        return False
    short = text[start:end] + trade.word
    company = lexicon.table("org_suffixes.yaml", "suffixes")["company"]
    at = article.find(short)
    while at >= 0:
        if company.starting(article, at + len(short)):
            return True
        at = article.find(short, at + 1)
    return False
