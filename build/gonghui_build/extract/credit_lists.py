"""A credit closing an item that lists names before a correspondent's role word
(``（李晓梅 通讯员 王建平 赵丽娟）``): the names the paper prints first, with no role word,
are its own reporters, as in the dateline ``本报讯（李晓梅 通讯员 王建平）`` the build reads
so; only the names after 通讯员 are correspondents. A credit of bare names alone
(``（王立群）``, ``（王若溪 黄晓舟）``) keeps the correspondent's role
(tests/fixtures/ANNOTATION.md: real_dev sets' end credits)."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.text.names import is_name_shaped
from gonghui_build.vocabulary import AuthorRole

#: Most names a paper's reporters are printed as before its correspondents.
_MOST_REPORTERS = 3


def role_before_correspondents(
    tokens: list[tuple[str, int, int]], role: AuthorRole, end_credit: bool
) -> AuthorRole:
    """The role of the names an end credit lists before any role word: the reporter's
    when one to three names come first and a correspondent's role word follows them,
    else ``role``."""
    if not end_credit or role is not AuthorRole.correspondent:
        return role
    keyed = lexicon.keyed("bylines.yaml", "role_words")
    words = lexicon.words("bylines.yaml", "role_words")
    for i, (token, _, _) in enumerate(tokens):
        word = words.starting(token)
        if word is None:
            if i >= _MOST_REPORTERS or not is_name_shaped(token):
                return role
            continue
        if i == 0 or keyed[word] is not AuthorRole.correspondent:
            return role
        return AuthorRole.reporter
    return role
