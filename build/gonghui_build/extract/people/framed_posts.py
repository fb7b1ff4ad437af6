"""Posts a clause frames before its person's name with 的: ``现任某服装公司工会副主席的
某某，提起…``, ``时任公司工会主席的某某成为…``, ``身为车间工会主席的某某主动…``.

Features on union cadres print the post as the name's attribute, opened by a word saying
the post is held now, was held then, or is the role the person acts in
(``titles.yaml`` posts_framed_before_name). The chain reads no title right before the
name (的 stands between), so no other reading gives the person the post.

The post is read only when the frame word opens its clause and the title chain fills
everything from it to the 的 (:func:`.titles.chain_filling_clause`): ``作为全市最大的
企业的…`` or ``现任职务的…`` frame no post, and a name the model does not read as a
person is left alone.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.titles import chain_filling_clause
from gonghui_build.text.clauses import CLAUSE_PUNCT
from gonghui_build.text.names import is_plausible_name
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: What opens a clause (a clause's mark, or a quotation's): the frame word must stand
#: right after one (or open the text).
_CLAUSE_OPENINGS = CLAUSE_PUNCT + "“”"
#: The particle tying the framed post to the name.
_PARTICLE = "的"
#: The longest stretch from a frame word to the name read as one frame.
_MAX_FRAME = 40


def _frame_start(text: str, particle: int) -> int | None:
    """Where the frame word opens the clause that ends at the particle, else None."""
    opening = max(text.rfind(c, 0, particle) for c in _CLAUSE_OPENINGS) + 1
    if particle - opening > _MAX_FRAME:
        return None
    word = lexicon.words("titles.yaml", "posts_framed_before_name").starting(text, opening)
    return opening + len(word) if word else None


def framed_post_names(
    text: str, tokens: list[Token], spans: list[tuple[int, int]]
) -> list[NameHit]:
    """The model's persons (``spans``) after a framed post and 的, with that post."""
    hits = []
    for start, end in spans:
        if start == 0 or text[start - 1] != _PARTICLE:
            continue
        name = text[start:end]
        frame = _frame_start(text, start - 1)
        if frame is None or not is_plausible_name(name, strong_context=True):
            continue
        claims = chain_filling_clause(text[: start - 1], frame, tokens)
        if claims:
            source = MentionSource.title_before_name
            hits.append(NameHit(name, start, end, source, 0.85, claims))
    return hits
