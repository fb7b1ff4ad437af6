"""Checks of the dataset's own invariants: nothing lost, spans inside their paragraph,
every mention of the article its paragraph belongs to, every person mention placed by a
merge decision."""

from __future__ import annotations

from gonghui_build.checks.model import Check

INVARIANTS = [
    Check(
        "every page fully covered",
        "pages",
        "SELECT page_id, coverage FROM pages WHERE covered_chars != nonblank_chars",
    ),
    Check(
        "spans run forwards",
        "paragraphs",
        "SELECT paragraph_id FROM paragraphs WHERE page_end <= page_start",
    ),
    Check(
        "mention spans inside their paragraph",
        "person_mentions",
        "SELECT m.mention_id FROM person_mentions m JOIN paragraphs p USING (paragraph_id) "
        "WHERE m.text_end > length(p.text) OR m.text_start >= m.text_end",
    ),
    Check(
        "mentions are of the paragraph's article",
        "person_mentions",
        "SELECT m.mention_id FROM person_mentions m JOIN paragraphs p USING (paragraph_id) "
        "WHERE p.article_id IS NOT m.article_id",
    ),
    Check(
        "articles have a body or a headline",
        "articles",
        "SELECT article_id FROM articles WHERE headline IS NULL AND body_chars = 0",
    ),
    Check(
        "repairs inside their paragraph",
        "repairs",
        "SELECT r.repair_id FROM repairs r JOIN paragraphs p USING (paragraph_id) "
        "WHERE r.text_end > length(p.text) OR r.text_start > r.text_end",
    ),
    Check(
        "garbled paragraphs have runs",
        "paragraphs",
        "SELECT paragraph_id FROM paragraphs p WHERE is_garbled AND NOT EXISTS "
        "(SELECT 1 FROM garbled_runs g WHERE g.paragraph_id = p.paragraph_id)",
    ),
    Check(
        "every person mention's person was decided for its article",
        "person_mentions",
        "SELECT m.mention_id FROM person_mentions m WHERE NOT EXISTS (SELECT 1 FROM "
        "person_merges d WHERE d.person_id = m.person_id AND d.article_id = m.article_id)",
    ),
]
