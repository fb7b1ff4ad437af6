"""Which reference lists a build read: a list read whole (into a cached pattern) stays
read, and a list first read inside a worker's recorded work is part of its usage, so
``--jobs 2`` reports the same unused entries as one process."""

from gonghui_build.reference.words import Words, recording, reset, unread, unused


def test_a_list_read_whole_stays_read_after_the_next_build_starts():
    listed = Words("invented.yaml: whole", ["甲乙", "丙"])
    assert list(listed) == ["甲乙", "丙"]
    reset()
    assert "invented.yaml: whole" not in unread([listed])
    assert unused([listed]) == {"invented.yaml: whole": ["丙", "甲乙"]}


def test_a_list_first_read_inside_recorded_work_is_in_its_usage():
    listed = Words("invented.yaml: in_worker", ["丁"])
    _, usage = recording(lambda: listed.words, keep=False)
    assert "invented.yaml: in_worker" in usage[1]
    _, again = recording(lambda: listed.words, keep=False)
    assert "invented.yaml: in_worker" in again[1]  # consulted again, as every read
