"""Regular expressions with Python's syntax and API: compile, search,
match, fullmatch, findall, finditer, sub, subn, split, escape; groups,
named groups, backreferences, lookaround, lazy and possessive-free
quantifiers, inline and global flags.

The engine is a backtracking matcher: the pattern is parsed into a tree,
and each node is compiled into a closure `m(i, k)` that matches at index
`i` and calls the continuation `k` with the index after it. Repetitions of
single-character nodes loop instead of recursing, so `\\w+` over long text
needs no deep recursion.
"""

import enum
from _thread import get_ident as _get_ident

__all__ = ['compile', 'search', 'match', 'fullmatch', 'split', 'findall', 'finditer', 'sub', 'subn',
           'escape', 'purge', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
           'RegexFlag', 'PatternError']


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    DEBUG = 128

    def __repr__(self):
        if self._name_ is not None and '|' not in self._name_:
            return 're.%s' % self._name_
        names = [m._name_ for m in RegexFlag if m._value_ and m._value_ & self._value_ == m._value_
                 and m._name_ not in ('A', 'I', 'L', 'U', 'M', 'S', 'X')]
        return '|'.join('re.%s' % n for n in names) or 're.NOFLAG'

    __str__ = object.__str__

    def __format__(self, format_spec):
        # As CPython's simple enum: format() shows the str(), not the int.
        return str.__format__(str(self), format_spec)


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s at position %d (line %d, column %d)' % (msg, pos, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

_MAXREPEAT = 4294967295
_SPECIAL = frozenset('.^$*+?{}[]\\|()')


# ---------------------------------------------------------------- parser

class _State:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self.groups = 1
        self.groupdict = {}
        self.open_groups = []
        self.lookbehind_groups = None

    def new_group(self, name, pos):
        gid = self.groups
        self.groups += 1
        if name is not None:
            if name in self.groupdict:
                raise error('redefinition of group name %r as group %d; was group %d' % (
                    name, gid, self.groupdict[name]), self.pattern, pos)
            self.groupdict[name] = gid
        return gid


class _Source:
    def __init__(self, text):
        self.text = text
        self.i = 0
        self.n = len(text)

    def peek(self):
        return self.text[self.i] if self.i < self.n else None

    def get(self):
        c = self.text[self.i] if self.i < self.n else None
        self.i += 1
        return c

    def match(self, s):
        if self.text.startswith(s, self.i):
            self.i += len(s)
            return True
        return False


_CATEGORIES = {'d', 'D', 'w', 'W', 's', 'S'}
_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _parse(pattern, flags):
    state = _State(pattern, flags)
    src = _Source(pattern)
    node = _parse_alt(src, state, 0)
    if src.i < src.n:
        if src.peek() == ')':
            raise error('unbalanced parenthesis', pattern, src.i)
        raise error('internal error', pattern, src.i)
    return node, state


def _verbose(state):
    return state.flags & VERBOSE


def _skip_verbose(src, state):
    if not _verbose(state):
        return
    while src.i < src.n:
        c = src.text[src.i]
        if c in ' \t\n\r\f\v':
            src.i += 1
        elif c == '#':
            while src.i < src.n and src.text[src.i] != '\n':
                src.i += 1
        else:
            break


def _parse_alt(src, state, depth):
    branches = [_parse_seq(src, state, depth)]
    while src.peek() == '|':
        src.get()
        branches.append(_parse_seq(src, state, depth))
    if len(branches) == 1:
        return branches[0]
    return ('alt', branches)


def _parse_seq(src, state, depth):
    items = []
    while True:
        _skip_verbose(src, state)
        c = src.peek()
        if c is None or c == '|' or c == ')':
            break
        start = src.i
        atom = _parse_atom(src, state, depth)
        if atom is None:
            continue
        _skip_verbose(src, state)
        atom = _parse_quant(src, state, atom, start)
        items.append(atom)
    if len(items) == 1:
        return items[0]
    return ('seq', items)


def _parse_quant(src, state, atom, start):
    while True:
        c = src.peek()
        qpos = src.i
        if c == '*':
            src.get()
            lo, hi = 0, _MAXREPEAT
        elif c == '+':
            src.get()
            lo, hi = 1, _MAXREPEAT
        elif c == '?':
            src.get()
            lo, hi = 0, 1
        elif c == '{':
            j = src.i + 1
            k = src.text.find('}', j)
            body = src.text[j:k] if k >= 0 else None
            if body is None or not _is_repeat_body(body):
                return atom
            src.i = k + 1
            if ',' in body:
                a, b = body.split(',', 1)
                lo = int(a) if a else 0
                hi = int(b) if b else _MAXREPEAT
            else:
                lo = hi = int(body)
            if hi < lo:
                raise error('min repeat greater than max repeat', state.pattern, j)
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'bos', 'eos', 'bound', 'nbound', 'look'):
            if atom[0] != 'look':
                raise error('nothing to repeat', state.pattern, qpos)
        if atom[0] == 'repeat':
            raise error('multiple repeat', state.pattern, qpos)
        greedy = True
        possessive = False
        if src.peek() == '?':
            src.get()
            greedy = False
        elif src.peek() == '+':
            src.get()
            possessive = True
        atom = ('repeat', atom, lo, hi, greedy, possessive)
        _skip_verbose(src, state)
        if src.peek() in ('*', '+', '?') or (src.peek() == '{' and _is_repeat_body(
                src.text[src.i + 1:src.text.find('}', src.i) if src.text.find('}', src.i) >= 0 else src.i])):
            raise error('multiple repeat', state.pattern, src.i)


def _is_repeat_body(body):
    if not body:
        return False
    if ',' in body:
        a, b = body.split(',', 1)
        return (a == '' or a.isdigit()) and (b == '' or b.isdigit())
    return body.isdigit()


def _parse_atom(src, state, depth):
    c = src.get()
    pos = src.i - 1
    if c == '.':
        return ('any',)
    if c == '^':
        return ('bol',)
    if c == '$':
        return ('eol',)
    if c == '[':
        return _parse_class(src, state, pos)
    if c == '\\':
        return _parse_escape(src, state, pos, False)
    if c == '(':
        return _parse_group(src, state, pos, depth)
    if c in '*+?':
        raise error('nothing to repeat', state.pattern, pos)
    if c == '{':
        k = src.text.find('}', src.i)
        if k >= 0 and _is_repeat_body(src.text[src.i:k]):
            raise error('nothing to repeat', state.pattern, pos)
    return ('lit', c)


def _parse_group(src, state, pos, depth):
    name = None
    name_pos = pos
    capture = True
    if src.peek() == '?':
        src.get()
        c = src.get()
        if c == ':':
            capture = False
        elif c == 'P':
            c2 = src.get()
            if c2 == '<':
                end = src.text.find('>', src.i)
                if end < 0:
                    raise error('missing >, unterminated name', state.pattern, src.i)
                name = src.text[src.i:end]
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, state.pattern, src.i)
                name_pos = src.i
                src.i = end + 1
            elif c2 == '=':
                end = src.text.find(')', src.i)
                if end < 0:
                    raise error('missing ), unterminated name', state.pattern, src.i)
                gname = src.text[src.i:end]
                if gname not in state.groupdict:
                    raise error('unknown group name %r' % gname, state.pattern, src.i)
                src.i = end + 1
                return ('backref', state.groupdict[gname])
            else:
                raise error('unknown extension ?P' + (c2 or ''), state.pattern, pos + 1)
        elif c == '<' and src.peek() in ('=', '!'):
            neg = src.get() == '!'
            body = _parse_alt(src, state, depth + 1)
            if src.get() != ')':
                raise error('missing ), unterminated subpattern', state.pattern, pos)
            width = _fixed_width(body)
            if width is None:
                raise error('look-behind requires fixed-width pattern', state.pattern, pos)
            return ('lookbehind', body, neg, width)
        elif c == '<':
            end = src.text.find('>', src.i)
            if end < 0:
                raise error('missing >, unterminated name', state.pattern, src.i)
            name = src.text[src.i:end]
            if not name.isidentifier():
                raise error('bad character in group name %r' % name, state.pattern, src.i)
            name_pos = src.i
            src.i = end + 1
        elif c in ('=', '!'):
            body = _parse_alt(src, state, depth + 1)
            if src.get() != ')':
                raise error('missing ), unterminated subpattern', state.pattern, pos)
            return ('look', body, c == '!')
        elif c == '#':
            end = src.text.find(')', src.i)
            if end < 0:
                raise error('missing ), unterminated comment', state.pattern, pos)
            src.i = end + 1
            return None
        elif c == '>':
            body = _parse_alt(src, state, depth + 1)
            if src.get() != ')':
                raise error('missing ), unterminated subpattern', state.pattern, pos)
            return ('atomic', body)
        elif c == '(':
            end = src.text.find(')', src.i)
            ref = src.text[src.i:end]
            src.i = end + 1
            gid = int(ref) if ref.isdigit() else state.groupdict.get(ref)
            if gid is None:
                raise error('unknown group name %r' % ref, state.pattern, src.i)
            yes = _parse_seq(src, state, depth + 1)
            no = ('seq', [])
            if src.peek() == '|':
                src.get()
                no = _parse_seq(src, state, depth + 1)
            if src.get() != ')':
                raise error('missing ), unterminated subpattern', state.pattern, pos)
            return ('cond', gid, yes, no)
        elif c is not None and c in 'aiLmsux-':
            src.i -= 1
            on = 0
            off = 0
            target = 'on'
            while True:
                ch = src.get()
                if ch is None:
                    raise error('missing -, : or )', state.pattern, src.i)
                if ch == ')':
                    if target == 'off':
                        raise error('missing :', state.pattern, src.i)
                    if pos != 0:
                        raise error('global flags not at the start of the expression', state.pattern, pos)
                    state.flags |= on
                    return None
                if ch == ':':
                    saved = state.flags
                    state.flags = (state.flags | on) & ~off
                    body = _parse_alt(src, state, depth + 1)
                    state.flags = saved
                    if src.get() != ')':
                        raise error('missing ), unterminated subpattern', state.pattern, pos)
                    return ('flags', body, on, off)
                if ch == '-':
                    target = 'off'
                    continue
                bit = {'a': 256, 'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64}.get(ch)
                if bit is None:
                    raise error('unknown flag', state.pattern, src.i - 1)
                if target == 'on':
                    on |= bit
                else:
                    off |= bit
        else:
            raise error('unknown extension ?' + (c or ''), state.pattern, pos + 1)
    # A redefined name is reported where the name is written.
    gid = state.new_group(name, name_pos) if capture else None
    if gid is not None:
        state.open_groups.append(gid)
    body = _parse_alt(src, state, depth + 1)
    if gid is not None:
        state.open_groups.pop()
    if src.get() != ')':
        raise error('missing ), unterminated subpattern', state.pattern, pos)
    if gid is None:
        return ('group', None, body)
    return ('group', gid, body)


def _fixed_width(node):
    kind = node[0]
    if kind in ('lit', 'any', 'class', 'cat'):
        return 1
    if kind in ('bol', 'eol', 'bos', 'eos', 'bound', 'nbound', 'look', 'lookbehind'):
        return 0
    if kind == 'seq':
        total = 0
        for n in node[1]:
            w = _fixed_width(n)
            if w is None:
                return None
            total += w
        return total
    if kind == 'alt':
        ws = {_fixed_width(n) for n in node[1]}
        if len(ws) == 1:
            return ws.pop()
        return None
    if kind in ('group', 'atomic'):
        return _fixed_width(node[2] if kind == 'group' else node[1])
    if kind == 'flags':
        return _fixed_width(node[1])
    if kind == 'repeat' and node[2] == node[3]:
        w = _fixed_width(node[1])
        return None if w is None else w * node[2]
    return None


def _parse_escape(src, state, pos, in_class):
    c = src.get()
    if c is None:
        raise error('bad escape (end of pattern)', state.pattern, pos)
    if c in _CATEGORIES:
        return ('cat', c)
    if not in_class:
        if c == 'A':
            return ('bos',)
        if c == 'Z':
            return ('eos',)
        if c == 'b':
            return ('bound',)
        if c == 'B':
            return ('nbound',)
        if c.isdigit() and c != '0':
            j = src.i
            while j < src.n and src.text[j].isdigit() and j - src.i < 1:
                j += 1
            num = int(src.text[src.i - 1:j])
            src.i = j
            if num >= state.groups:
                raise error('invalid group reference %d' % num, state.pattern, pos + 1)
            if num in state.open_groups:
                raise error('cannot refer to an open group', state.pattern, pos)
            return ('backref', num)
    if c in _ESCAPES:
        if in_class and c == 'b':
            return ('lit', '\b')
        return ('lit', _ESCAPES[c])
    if c == '0' or (in_class and c.isdigit() and c in '01234567'):
        digits = c
        while len(digits) < 3 and src.peek() is not None and src.peek() in '01234567':
            digits += src.get()
        return ('lit', chr(int(digits, 8)))
    if c == 'x':
        h = src.text[src.i:src.i + 2]
        if len(h) < 2 or not all(ch in '0123456789abcdefABCDEF' for ch in h):
            raise error('incomplete escape \\x' + h, state.pattern, pos)
        src.i += 2
        return ('lit', chr(int(h, 16)))
    if c in 'uU':
        n = 4 if c == 'u' else 8
        h = src.text[src.i:src.i + n]
        if len(h) < n or not all(ch in '0123456789abcdefABCDEF' for ch in h):
            raise error('incomplete escape \\%s%s' % (c, h), state.pattern, pos)
        src.i += n
        return ('lit', chr(int(h, 16)))
    if c == 'N':
        raise error('bad escape \\N', state.pattern, pos)
    if c.isascii() and c.isalnum():
        raise error('bad escape \\%s' % c, state.pattern, pos)
    return ('lit', c)


def _parse_class(src, state, pos):
    negate = False
    if src.peek() == '^':
        src.get()
        negate = True
    items = []
    first = True
    while True:
        c = src.get()
        if c is None:
            raise error('unterminated character set', state.pattern, pos)
        if c == ']' and not first:
            break
        first = False
        cpos = src.i - 1
        if c == '\\':
            item = _parse_escape(src, state, cpos, True)
        else:
            item = ('lit', c)
        if src.peek() == '-' and src.i + 1 < src.n and src.text[src.i + 1] != ']':
            src.get()
            c2 = src.get()
            if c2 == '\\':
                hi = _parse_escape(src, state, src.i - 1, True)
            else:
                hi = ('lit', c2)
            if item[0] != 'lit' or hi[0] != 'lit':
                raise error('bad character range %s' % state.pattern[cpos:src.i], state.pattern, cpos)
            if ord(hi[1]) < ord(item[1]):
                raise error('bad character range %s' % state.pattern[cpos:src.i], state.pattern, cpos)
            items.append(('range', item[1], hi[1]))
        else:
            items.append(item)
    return ('class', items, negate)


# ---------------------------------------------------------------- compiler

def _cat_pred(cat, ascii):
    if cat == 'd':
        return (lambda ch: '0' <= ch <= '9') if ascii else (lambda ch: ch.isdecimal())
    if cat == 'D':
        p = _cat_pred('d', ascii)
        return lambda ch: not p(ch)
    if cat == 'w':
        if ascii:
            return lambda ch: ch.isascii() and (ch.isalnum() or ch == '_')
        return lambda ch: ch.isalnum() or ch == '_'
    if cat == 'W':
        p = _cat_pred('w', ascii)
        return lambda ch: not p(ch)
    if cat == 's':
        if ascii:
            return lambda ch: ch in ' \t\n\r\f\v'
        return lambda ch: ch.isspace() or ch in '\x1c\x1d\x1e\x1f'
    if cat == 'S':
        p = _cat_pred('s', ascii)
        return lambda ch: not p(ch)


def _fold(ch):
    return ch.lower()


def _char_pred(node, flags):
    """A predicate for a single-character node, or None."""
    kind = node[0]
    icase = flags & IGNORECASE
    ascii = flags & ASCII
    if kind == 'lit':
        c = node[1]
        if icase and c.lower() != c.upper():
            lc = _fold(c)
            return lambda ch: _fold(ch) == lc
        return lambda ch: ch == c
    if kind == 'any':
        if flags & DOTALL:
            return lambda ch: True
        return lambda ch: ch != '\n'
    if kind == 'cat':
        return _cat_pred(node[1], ascii)
    if kind == 'class':
        chars = set()
        ranges = []
        preds = []
        for item in node[1]:
            if item[0] == 'lit':
                chars.add(item[1])
                if icase:
                    chars.add(item[1].lower())
                    chars.add(item[1].upper())
            elif item[0] == 'range':
                ranges.append((item[1], item[2]))
            else:
                preds.append(_cat_pred(item[1], ascii))
        negate = node[2]

        def pred(ch):
            hit = ch in chars
            if not hit:
                for lo, hi in ranges:
                    if lo <= ch <= hi or icase and (lo <= ch.lower() <= hi or lo <= ch.upper() <= hi):
                        hit = True
                        break
            if not hit:
                for p in preds:
                    if p(ch):
                        hit = True
                        break
            return hit != negate
        return pred
    return None


class _Ctx:
    __slots__ = ('s', 'n', 'marks', 'pos', 'endpos', 'steps')


def _compile_node(node, flags, ctx):
    kind = node[0]
    pred = _char_pred(node, flags)
    if pred is not None:
        def m_char(i, k):
            if i < ctx.endpos and pred(ctx.s[i]):
                return k(i + 1)
            return None
        return m_char
    if kind == 'seq':
        parts = [_compile_node(n, flags, ctx) for n in node[1]]
        if not parts:
            return lambda i, k: k(i)
        if len(parts) == 1:
            return parts[0]

        # Chain from the last part backwards (a loop, not a recursive
        # closure, so compiling leaves no reference cycle behind).
        chained = parts[-1]
        for head in reversed(parts[:-1]):
            chained = (lambda head, tail: lambda i, k: head(i, lambda j: tail(j, k)))(head, chained)
        return chained
    if kind == 'alt':
        branches = [_compile_node(n, flags, ctx) for n in node[1]]

        def m_alt(i, k):
            for b in branches:
                r = b(i, k)
                if r is not None:
                    return r
            return None
        return m_alt
    if kind == 'group':
        gid = node[1]
        body = _compile_node(node[2], flags, ctx)
        if gid is None:
            return body

        def m_group(i, k):
            marks = ctx.marks
            old_start, old_end = marks[2 * gid], marks[2 * gid + 1]

            def close(j):
                saved = marks[2 * gid], marks[2 * gid + 1]
                marks[2 * gid] = i
                marks[2 * gid + 1] = j
                r = k(j)
                if r is None:
                    marks[2 * gid], marks[2 * gid + 1] = saved
                return r
            r = body(i, close)
            if r is None:
                marks[2 * gid], marks[2 * gid + 1] = old_start, old_end
            return r
        return m_group
    if kind == 'flags':
        return _compile_node(node[1], (flags | node[2]) & ~node[3], ctx)
    if kind == 'repeat':
        return _compile_repeat(node, flags, ctx)
    if kind == 'bol':
        if flags & MULTILINE:
            return lambda i, k: k(i) if i == 0 or ctx.s[i - 1] == '\n' else None
        return lambda i, k: k(i) if i == 0 else None
    if kind == 'eol':
        if flags & MULTILINE:
            return lambda i, k: k(i) if i == ctx.endpos or ctx.s[i] == '\n' else None
        return lambda i, k: k(i) if i == ctx.endpos or (i == ctx.endpos - 1 and ctx.s[i] == '\n') else None
    if kind == 'bos':
        return lambda i, k: k(i) if i == 0 else None
    if kind == 'eos':
        return lambda i, k: k(i) if i == ctx.endpos else None
    if kind in ('bound', 'nbound'):
        w = _cat_pred('w', flags & ASCII)
        want = kind == 'bound'

        def m_bound(i, k):
            if not want and ctx.endpos == 0:
                # As CPython: \B never matches in an empty string.
                return None
            before = i > 0 and w(ctx.s[i - 1])
            after = i < ctx.endpos and w(ctx.s[i])
            if (before != after) == want:
                return k(i)
            return None
        return m_bound
    if kind == 'backref':
        gid = node[1]
        icase = flags & IGNORECASE

        def m_backref(i, k):
            a, b = ctx.marks[2 * gid], ctx.marks[2 * gid + 1]
            if a < 0:
                return None
            text = ctx.s[a:b]
            j = i + len(text)
            if j > ctx.endpos:
                return None
            got = ctx.s[i:j]
            if got == text or icase and got.lower() == text.lower():
                return k(j)
            return None
        return m_backref
    if kind == 'look':
        body = _compile_node(node[1], flags, ctx)
        negate = node[2]

        def m_look(i, k):
            r = body(i, lambda j: j)
            if (r is None) == negate:
                return k(i)
            return None
        return m_look
    if kind == 'lookbehind':
        body = _compile_node(node[1], flags, ctx)
        negate = node[2]
        width = node[3]

        def m_lookbehind(i, k):
            start = i - width
            ok = False
            if start >= 0:
                r = body(start, lambda j: j if j == i else None)
                ok = r is not None
            if ok != negate:
                return k(i)
            return None
        return m_lookbehind
    if kind == 'atomic':
        body = _compile_node(node[1], flags, ctx)

        def m_atomic(i, k):
            j = body(i, lambda j: j)
            if j is None:
                return None
            return k(j)
        return m_atomic
    if kind == 'cond':
        gid = node[1]
        yes = _compile_node(node[2], flags, ctx)
        no = _compile_node(node[3], flags, ctx)

        def m_cond(i, k):
            if ctx.marks[2 * gid] >= 0:
                return yes(i, k)
            return no(i, k)
        return m_cond
    raise error('internal error: unknown node %r' % (kind,))


def _compile_repeat(node, flags, ctx):
    _, sub, lo, hi, greedy, possessive = node
    pred = _char_pred(sub, flags)
    if pred is not None:
        # One character per iteration: count the run, then back off.
        def m_simple(i, k):
            s = ctx.s
            limit = min(ctx.endpos, i + hi) if hi != _MAXREPEAT else ctx.endpos
            if greedy or possessive:
                j = i
                while j < limit and pred(s[j]):
                    j += 1
                if j - i < lo:
                    return None
                if possessive:
                    return k(j)
                while j >= i + lo:
                    r = k(j)
                    if r is not None:
                        return r
                    j -= 1
                return None
            j = i
            while j < i + lo:
                if j >= limit or not pred(s[j]):
                    return None
                j += 1
            while True:
                r = k(j)
                if r is not None:
                    return r
                if j >= limit or not pred(s[j]):
                    return None
                j += 1
        return m_simple
    body = _compile_node(sub, flags, ctx)
    if possessive:
        inner = _compile_repeat(('repeat', sub, lo, hi, True, False), flags, ctx)

        def m_poss(i, k):
            j = inner(i, lambda j: j)
            if j is None:
                return None
            return k(j)
        return m_poss

    def m_repeat(i, k, count=0):
        # An iteration that matched nothing ends the loop (its captures
        # stand), so a zero-width body cannot loop forever.
        def after(j):
            if j == i and count >= lo:
                return k(j)
            return m_repeat(j, k, count + 1)
        if greedy:
            if count < hi:
                r = body(i, after)
                if r is not None:
                    return r
            if count >= lo:
                return k(i)
            return None
        if count >= lo:
            r = k(i)
            if r is not None:
                return r
        if count < hi:
            return body(i, after)
        return None
    return m_repeat


# ---------------------------------------------------------------- API

_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        p = Pattern(pattern, flags)
        if len(_cache) > 512:
            _cache.clear()
        _cache[key] = p
    return p


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self._bytes = isinstance(pattern, bytes)
        text = pattern.decode('latin-1') if self._bytes else pattern
        flags = int(flags)
        if not self._bytes and not flags & 256:
            flags |= 32
        if self._bytes and flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        node, state = _parse(text, flags)
        if not self._bytes and not state.flags & 256:
            state.flags |= 32
        self._flags = int(state.flags)
        self.groups = state.groups - 1
        # CPython: a mapping proxy of the named groups, a plain {} when none.
        self.groupindex = type(type.__dict__)(dict(state.groupdict)) if state.groupdict else {}
        self._node = node
        # Compiled matchers keep their state in a context object, so each
        # thread gets its own (compiled on first use).
        self._per_thread = {}

    @property
    def flags(self):
        return self._flags

    def __repr__(self):
        flags = self._flags
        if not self._bytes:
            flags &= ~UNICODE
        if flags:
            return 're.compile(%r, %r)' % (self.pattern, RegexFlag(flags))
        return 're.compile(%r)' % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self.pattern, self._flags))

    def _text(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            return bytes(string).decode('latin-1')
        if not isinstance(string, str):
            raise TypeError("cannot use a string pattern on a bytes-like object" if isinstance(string, (bytes, bytearray))
                            else 'expected string or bytes-like object, got %r' % type(string).__name__)
        return string

    def _run(self, string, text, pos, endpos, mode, not_empty_at=-1):
        n = len(text)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        if pos > endpos:
            return None
        tid = _get_ident()
        entry = self._per_thread.get(tid)
        if entry is None:
            ctx = _Ctx()
            entry = (ctx, _compile_node(self._node, self._flags, ctx))
            self._per_thread[tid] = entry
        ctx, matcher = entry
        saved = (getattr(ctx, 's', None), getattr(ctx, 'endpos', None), getattr(ctx, 'marks', None))
        ctx.s = text
        ctx.endpos = endpos
        try:
            if mode == 'fullmatch':
                def k(j):
                    return j if j == endpos else None
            elif not_empty_at >= 0:
                def k(j):
                    return None if j == not_empty_at and start_at[0] == not_empty_at else j
            else:
                def k(j):
                    return j
            start_at = [pos]
            starts = [pos] if mode in ('match', 'fullmatch') else range(pos, endpos + 1)
            for start in starts:
                start_at[0] = start
                ctx.marks = [-1] * (2 * self.groups + 2)
                end = matcher(start, k)
                if end is not None:
                    marks = ctx.marks
                    marks[0], marks[1] = start, end
                    return Match(self, string, text, pos, endpos, marks)
            return None
        finally:
            ctx.s, ctx.endpos, ctx.marks = saved

    def search(self, string, pos=0, endpos=None):
        return self._run(string, self._text(string), pos, endpos, 'search')

    def match(self, string, pos=0, endpos=None):
        return self._run(string, self._text(string), pos, endpos, 'match')

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, self._text(string), pos, endpos, 'fullmatch')

    def finditer(self, string, pos=0, endpos=None):
        text = self._text(string)
        n = len(text) if endpos is None else min(endpos, len(text))
        i = pos
        must_advance = -1
        while i <= n:
            # After an empty match the next one may not be empty there.
            m = self._run(string, text, i, n, 'search', not_empty_at=must_advance)
            if m is None:
                return
            yield m
            s, e = m.span()
            must_advance = e if s == e else -1
            i = e

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m._group_or_empty(1))
            else:
                out.append(tuple(m._group_or_empty(g) for g in range(1, self.groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            s, e = m.span()
            out.append(string[last:s])
            out.extend(m.groups())
            last = e
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        else:
            template = _parse_template(repl, self)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                lit = template[0]
                fn = lambda m: lit
            else:
                fn = lambda m: _expand(m, template)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            s, e = m.span()
            pieces.append(string[last:s])
            r = fn(m)
            if r is not None:
                pieces.append(r)
            last = e
            n += 1
        pieces.append(string[last:])
        empty = b'' if self._bytes else ''
        return empty.join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('Pattern.scanner is not supported yet')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _parse_template(repl, pattern):
    is_bytes = isinstance(repl, bytes)
    text = repl.decode('latin-1') if is_bytes else repl
    parts = []
    lit = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, i - 1)
        c = text[i]
        i += 1
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', repl, i)
            end = text.find('>', i)
            if end < 0:
                raise error('missing >, unterminated name', repl, i + 1)
            name = text[i + 1:end]
            if name.isdigit():
                gid = int(name)
                if gid > pattern.groups:
                    raise error('invalid group reference %d' % gid, repl, i + 1)
            elif name in pattern.groupindex:
                gid = pattern.groupindex[name]
            else:
                if not name.isidentifier():
                    raise error('bad character in group name %r' % name, repl, i + 1)
                raise IndexError('unknown group name %r' % name)
            i = end + 1
            if lit:
                parts.append(''.join(lit))
                lit = []
            parts.append(gid)
        elif c.isdigit():
            if c == '0':
                digits = c
                while len(digits) < 3 and i < n and text[i] in '01234567':
                    digits += text[i]
                    i += 1
                lit.append(chr(int(digits, 8)))
                continue
            digits = c
            if i < n and text[i].isdigit():
                digits += text[i]
                i += 1
            gid = int(digits)
            if gid > pattern.groups:
                raise error('invalid group reference %d' % gid, repl, i - len(digits))
            if lit:
                parts.append(''.join(lit))
                lit = []
            parts.append(gid)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\%s' % c, repl, i - 2)
        else:
            lit.append('\\' + c)
    if lit or not parts:
        parts.append(''.join(lit))
    if is_bytes:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    return parts


def _expand(m, template):
    out = []
    for p in template:
        if isinstance(p, int):
            g = m.group(p)
            if g is not None:
                out.append(g)
        else:
            out.append(p)
    empty = b'' if m.re._bytes else ''
    return empty.join(out)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, text, pos, endpos, marks):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks

    def _index(self, g):
        if isinstance(g, int) or hasattr(g, '__index__') and not isinstance(g, str):
            g = g.__index__() if not isinstance(g, int) else g
            if 0 <= g <= self.re.groups:
                return g
            raise IndexError('no such group')
        if isinstance(g, str) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, gid, default=None):
        a, b = self._marks[2 * gid], self._marks[2 * gid + 1]
        if a < 0:
            return default
        return self.string[a:b]

    def _group_or_empty(self, gid):
        return self._get(gid, b'' if self.re._bytes else '')

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(gid, default) for name, gid in self.re.groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._marks[2 * g], self._marks[2 * g + 1])

    def expand(self, template):
        return _expand(self, _parse_template(template, self.re))

    @property
    def lastindex(self):
        # The matched group that closed last: greatest end, and of groups
        # ending together the outermost (lowest number).
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            a, b = self._marks[2 * g], self._marks[2 * g + 1]
            if a >= 0 and b > best_end:
                best, best_end = g, b
        return best

    @property
    def lastgroup(self):
        li = self.lastindex
        if li is None:
            return None
        for name, gid in self.re.groupindex.items():
            if gid == li:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _ESCAPE_CHARS else c for c in pattern)
    return bytes(escape(pattern.decode('latin-1')), 'latin-1')


_ESCAPE_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def purge():
    _cache.clear()
