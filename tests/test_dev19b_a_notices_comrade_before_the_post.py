"""An appointment notice prints each line as ``某某同志任市总工会某部部长`` or
``免去某某同志市总工会某办公室主任职务``. Read on real_dev19: jieba tags 同志 a noun and
glues the verb 任 to the level word (任市), so the walk from the union's suffix ran
through both and the name into one body, ``某某同志任市总工会``. The word of address ends
the name, and the bare 任 after it is the verb. Invented lines in that shape."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_the_verb_after_the_word_of_address_is_no_part_of_the_body():
    orgs = first_article_orgs("柯明远同志任市总工会法律工作部副部长。")
    assert "市总工会法律工作部" in orgs
    assert not any("同志" in o for o in orgs)


def test_a_removed_post_after_the_word_of_address_names_the_body_alone():
    orgs = first_article_orgs("免去柯明远同志市总工会经费审查委员会办公室主任职务。")
    assert orgs == {"市总工会经费审查委员会办公室"}
