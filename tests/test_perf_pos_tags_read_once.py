"""The build's part-of-speech tokenizer takes the dictionary's tags that importing
``jieba.posseg`` has just read (instead of reading the file a second time) only when
that import was the process's first: the same tags as a fresh ``POSTokenizer``; a user's
tag added to jieba's global tokenizer before never reaches the build's."""

import os
import subprocess
import sys

_CHECK = """
import jieba
{before}
from gonghui_build.text.tokenizer import pos_tokenizer
import jieba.posseg
fresh = jieba.posseg.POSTokenizer(jieba.Tokenizer()).word_tag_tab
tags = pos_tokenizer().word_tag_tab
print(tags == fresh, tags.get("甲乙丙丁戊"))
"""

_USER_TAG = """
import jieba.posseg
jieba.add_word("甲乙丙丁戊", tag="nt")
list(jieba.posseg.cut("甲乙丙丁戊"))
"""


def _run(before: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", _CHECK.format(before=before)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    return done.stdout.strip()


def test_the_build_reads_the_tags_jieba_just_read_when_it_imports_posseg_first():
    assert _run("") == "True None"


def test_a_users_tag_on_jiebas_global_tokenizer_stays_out_of_the_builds():
    assert _run(_USER_TAG) == "True None"
