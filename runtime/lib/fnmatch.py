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
    """The regular expression (as a string) that matches what `pat` does,
    spelled as CPython spells it (so joined translations behave alike)."""
    star = object()
    return _join_translated_parts(_translate(pat, star, '.'), star)


def _translate(pat, star, question_mark):
    """Pieces of the regex: `star` for each run of `*`, strings otherwise."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not star:
                res.append(star)
        elif c == '?':
            res.append(question_mark)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
                continue
            stuff = pat[i:j]
            if '-' not in stuff:
                stuff = stuff.replace('\\', r'\\')
            else:
                chunks = []
                k = i + 2 if pat[i] == '!' else i + 1
                while True:
                    k = pat.find('-', k, j)
                    if k < 0:
                        break
                    chunks.append(pat[i:k])
                    i = k + 1
                    k = k + 3
                chunk = pat[i:j]
                if chunk:
                    chunks.append(chunk)
                else:
                    chunks[-1] += '-'
                # Empty ranges (b-a) match nothing: drop them.
                for k in range(len(chunks) - 1, 0, -1):
                    if chunks[k - 1][-1] > chunks[k][0]:
                        chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                        del chunks[k]
                # Backslashes and the hyphens that make no range are escaped.
                stuff = '-'.join(part.replace('\\', r'\\').replace('-', r'\-') for part in chunks)
            # Set operations (&&, ~~, ||) are escaped too.
            stuff = re.sub(r'([&~|])', r'\\\1', stuff)
            i = j + 1
            if not stuff:
                res.append('(?!)')
            elif stuff == '!':
                res.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                res.append(f'[{stuff}]')
        else:
            res.append(re.escape(c))
    return res


def _join_translated_parts(parts, star):
    """Join the pieces: a `*` between fixed pieces is a lazy match inside
    an atomic group, so no backtracking can explode."""
    res = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not star:
        res.append(parts[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            res.append('.*')
            break
        fixed = []
        while i < n and parts[i] is not star:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            res.append('.*')
            res.append(fixed)
        else:
            res.append(f'(?>.*?{fixed})')
    return fr'(?s:{"".join(res)})\Z'
