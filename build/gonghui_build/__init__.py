"""The gonghui build: OCR'd newspaper pages in, validated tables out.

Read `pipeline.py` top to bottom for the whole build; each stage is a module here.
"""
