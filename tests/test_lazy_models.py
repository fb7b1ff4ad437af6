"""jieba's part-of-speech model and pypinyin's phrase dictionary (about 90 MB together)
load only when a page is read or a name is put in pinyin, not when the build is
imported: a rebuild from the page cache reads no page, and the workers reading pages
are forked from a build process that has made no pinyin yet."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys
import gonghui.cli, gonghui_build.pipeline, gonghui_build.pagemap, gonghui_build.records
import gonghui_build.layout.paragraphs
from gonghui_build.text import pinyin, tokenizer
loaded = lambda: {m: m in sys.modules for m in ("jieba.posseg", "pypinyin")}
out = {"imported": loaded()}
tokenizer.tag_tokens("区工会召开会议")
pinyin.person_pinyin("王小明")
out["used"] = loaded()
print(json.dumps(out))
"""


def test_importing_the_build_loads_neither_model_until_it_is_used():
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["imported"] == {"jieba.posseg": False, "pypinyin": False}
    assert seen["used"] == {"jieba.posseg": True, "pypinyin": True}
