"""What a byline's reader holds between its tokens.

A byline is read token by token (``本报记者 孙悦然 康宁/文 牛欣然/摄``): a role word
sets the role of the names after it, a name waits until a mark (文, 摄) or the next
role word says in which roles it is credited, and a title before the first name
(``某区委书记 贺立群``) goes with every name after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gonghui_build.vocabulary import AuthorRole

#: A name read in a byline and its offsets in the byline's text.
NameSpan = tuple[str, int, int]


@dataclass(frozen=True)
class Author:
    """A person a byline credits, in one role, with the title it gives them."""

    name: str
    role: AuthorRole
    title: str | None
    start: int  # offset of the name in the paragraph text
    end: int


@dataclass
class BylineReading:
    """The role and title the tokens so far gave, the rows already credited, and the
    names still waiting for the mark or role word that closes them."""

    role: AuthorRole
    named: bool  # a role word (or the credit's being one name) says the next token is a name
    worded: bool = False  # a role word (通讯员) has given the role
    title: str | None = None
    # an editor's key before names, a blank between (（编辑 某某）): they edited the
    # item, no authors, until a role word comes
    editing: bool = False
    authors: list[Author] = field(default_factory=list)
    pending: list[NameSpan] = field(default_factory=list)

    def flush(self, roles: tuple[AuthorRole, ...]) -> None:
        """Credit the waiting names, one row per name and role, with the title as it
        stands now."""
        self.authors.extend(
            Author(n, r, self.title, s, e) for n, s, e in self.pending for r in roles
        )
        self.pending.clear()

    def take_role(self, role: AuthorRole) -> None:
        """A role word or key (本报记者, 撰稿): the names before it are closed in the old
        role, and the tokens after it are names in the new one."""
        self.flush((self.role,))
        self.role, self.named, self.worded, self.editing = role, True, True, False
