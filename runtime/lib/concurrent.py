"""The concurrent package (concurrent.futures)."""
__path__ = []
