"""urllib: the URL handling package (urllib.parse)."""

__path__ = []
