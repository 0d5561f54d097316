"""Generators of broken and hostile submissions for tests/test_hostile.py (issue 17, item 6).

Everything is written on demand into a test's temporary folder; nothing large is committed.
Bombs are small on disk (a few hundred KB at most) and large only when unpacked or expanded."""
