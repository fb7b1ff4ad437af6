"""A reference word list that holds a word twice is refused when the file is read (the
second entry hid that page_furniture.yaml header_keys listed 点击数 twice)."""

import pytest

from gonghui_build import reference
from gonghui_build.reference.models import MODELS, ReferenceFile

SOURCE = "invented for a test of the loader"


def test_a_word_twice_in_a_list_is_refused():
    with pytest.raises(ValueError, match="verbs: 举办 listed twice"):
        ReferenceFile.model_validate({"source": SOURCE, "verbs": ["举办", "举行", "举办"]})


def test_a_word_twice_in_one_list_of_a_table_is_refused():
    table = {"training": ["培训班", "培训班"], "meeting": ["座谈会"]}
    with pytest.raises(ValueError, match=r"categories\.training: 培训班 listed twice"):
        ReferenceFile.model_validate({"source": SOURCE, "categories": table})


def test_one_word_in_two_lists_of_a_table_is_no_repeat():
    table = {"finals": ["决赛"], "rounds": ["决赛", "复赛"]}
    assert ReferenceFile.model_validate({"source": SOURCE, "stages": table})


def test_every_reference_file_lists_each_word_once():
    for name in sorted(MODELS):
        assert reference.load(name).source
