"""Unix shell-style filename matching: *, ?, [seq] and [!seq].

fnmatch() normalises case as the platform does (POSIX: not at all);
fnmatchcase() never does. Patterns are translated to regular expressions
and cached."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768)
def _compile(pat):
    if isinstance(pat, bytes):
        res = translate(str(pat, 'ISO-8859-1'))
        return re.compile(res.encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile(pat)
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def translate(pat):
    """The regular expression (as a string) that matches what `pat` does."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] != '.*':
                parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            if not stuff:
                parts.append('(?!)')
                continue
            if stuff == '!':
                parts.append('.')
                continue
            negate = stuff[0] == '!'
            if negate:
                stuff = stuff[1:]
            # Escape what a regex class treats specially, keep ranges.
            body = ''
            k = 0
            while k < len(stuff):
                ch = stuff[k]
                if k + 2 < len(stuff) and stuff[k + 1] == '-':
                    lo, hi = ch, stuff[k + 2]
                    if lo <= hi:
                        body += re.escape(lo) + '-' + re.escape(hi)
                    k += 3
                    continue
                body += '\\\\' if ch == '\\' else ('\\' + ch if ch in '^]-[' else ch)
                k += 1
            if not body:
                parts.append('.' if negate else '(?!)')
                continue
            parts.append('[' + ('^' if negate else '') + body + ']')
        else:
            parts.append(re.escape(c))
    return '(?s:' + ''.join(parts) + ')\\Z'
