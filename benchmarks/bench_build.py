"""Time each stage of the build on the seed pages (or any folder).

    python benchmarks/bench_build.py [PAGES_DIR] [--repeat N]

Runs the pipeline's declared stages (``gonghui_build.pipeline.STAGES``) one by one and
prints the best of N runs per stage, in milliseconds and characters per second (the
model's cache is emptied before each run). Use it to compare a change against main; the
tests never assert on time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from gonghui_build import pipeline
from gonghui_build.text.ner.model import clear_cache, model
from gonghui_build.text.tokenizer import tokenizer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", default="seeds", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    tokenizer()  # load jieba's dictionary and the model once, outside the timings
    model()
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        outputs = {"input_dir": args.pages, "output_dir": Path(tmp), "descriptor_dir": Path(tmp)}
        for stage in pipeline.STAGES:
            times = []
            for _ in range(args.repeat):
                clear_cache()  # every run reads the text anew: no run finds tags cached
                start = time.perf_counter()
                result = pipeline.run_stage(stage, outputs, lambda _m: None)
                times.append(time.perf_counter() - start)
            outputs[stage.output] = result
            rows.append((stage.name + (" (per page)" if stage.per_page else ""), min(times)))
    chars = sum(len(p.text) for p in outputs["pages"])
    total = sum(t for _, t in rows)
    print(f"{len(outputs['pages'])} pages, {chars} characters, best of {args.repeat}")
    for name, t in rows:
        print(f"  {name:<24} {t * 1000:8.1f} ms  {chars / t:10.0f} chars/s")
    print(f"  {'total':<24} {total * 1000:8.1f} ms  {chars / total:10.0f} chars/s")


if __name__ == "__main__":
    main()
