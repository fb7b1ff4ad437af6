"""某集团有限公司召开第一次工会会员代表大会 | …甲当选为工会主席: a post printed with the bare
word 工会 in an article whose headline is about an enterprise's union is held at that
enterprise's union (ANNOTATION.md: an enterprise's union is <enterprise>工会), when no
body near the post says otherwise. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions

_PAGE = (
    "青禾港务集团有限公司召开第一次工会会员代表大会\n"
    "2022-11-25 来源：青禾港务集团有限公司\n"
    "11月24日，青禾港务集团有限公司第一次工会会员代表大会在集团总部召开，96名会员代表出席。日照市总工会副主席于长江到会祝贺。\n"
    "集团党委书记、董事长周正阳讲话。\n"
    "大会选举产生了集团公司第一届工会委员会和经费审查委员会。在随后召开的一届一次全委会上，庞立海当选为工会主席，温小雅、孟凡当选为副主席。\n"
)


def test_a_bare_union_post_is_held_at_the_union_of_the_headlines_enterprise():
    found = first_article_positions(_PAGE)
    assert ("庞立海", "主席", "青禾港务集团有限公司工会") in found
    assert ("孟凡", "副主席", "青禾港务集团有限公司工会") in found
