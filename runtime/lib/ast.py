"""ast: literal_eval, which evaluates a string holding a Python literal
(strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None,
Ellipsis). The syntax tree classes and parse() are not provided by weft:
parse, dump, walk and the rest raise NotImplementedError."""

__all__ = ['literal_eval']


class _Malformed(Exception):
    pass


class _Parser:
    """A recursive-descent reader for the literal subset of expressions."""

    def __init__(self, text):
        self.s = text
        self.i = 0

    def _ws(self):
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c in ' \t\f\r\n':
                self.i += 1
            elif c == '\\' and s[self.i + 1:self.i + 2] == '\n':
                self.i += 2
            elif c == '#':
                while self.i < len(s) and s[self.i] != '\n':
                    self.i += 1
            else:
                break

    def _peek(self, tok):
        self._ws()
        return self.s.startswith(tok, self.i)

    def _take(self, tok):
        if self._peek(tok):
            self.i += len(tok)
            return True
        return False

    def expr(self):
        value = self.unary()
        while True:
            self._ws()
            if self._peek('+') or self._peek('-'):
                op = self.s[self.i]
                self.i += 1
                right = self.unary()
                # Only real +/- imaginary (complex literals) are allowed.
                if not (isinstance(value, (int, float)) and not isinstance(value, bool) and isinstance(right, complex)):
                    raise _Malformed()
                value = value + right if op == '+' else value - right
            else:
                return value

    def unary(self):
        self._ws()
        if self._peek('+') or self._peek('-'):
            op = self.s[self.i]
            self.i += 1
            v = self.unary()
            if isinstance(v, bool) or not isinstance(v, (int, float, complex)):
                raise _Malformed()
            return +v if op == '+' else -v
        return self.atom()

    def atom(self):
        self._ws()
        s = self.s
        if self.i >= len(s):
            raise SyntaxError('invalid syntax')
        c = s[self.i]
        if c in '([{':
            return self.container(c)
        if c.isdigit() or (c == '.' and s[self.i + 1:self.i + 2].isdigit()):
            return self.number()
        start = self.i
        while self.i < len(s) and (s[self.i].isalnum() or s[self.i] == '_'):
            self.i += 1
        word = s[start:self.i]
        if self.i < len(s) and s[self.i] in '\'"' and word.lower() in ('', 'r', 'u', 'b', 'br', 'rb'):
            return self.strings(start)
        if word == 'None':
            return None
        if word == 'True':
            return True
        if word == 'False':
            return False
        if word == 'set' and self._take('(') and self._take(')'):
            return set()
        if not word and s.startswith('...', self.i):
            self.i += 3
            return ...
        if not word:
            raise SyntaxError('invalid syntax')
        raise _Malformed()

    def number(self):
        s = self.s
        start = self.i
        while self.i < len(s) and (s[self.i].isalnum() or s[self.i] in '._' or (s[self.i] in '+-' and s[self.i - 1] in 'eE' and not s[start:self.i].lower().startswith(('0x', '0b', '0o')))):
            self.i += 1
        return eval(s[start:self.i], {'__builtins__': {}})

    def strings(self, start):
        # Adjacent string literals concatenate, as in source code.
        s = self.s
        self.i = start
        parts = []
        while True:
            self._ws()
            j = self.i
            while j < len(s) and s[j].isalpha():
                j += 1
            prefix = s[self.i:j]
            if j >= len(s) or s[j] not in '\'"' or prefix.lower() not in ('', 'r', 'u', 'b', 'br', 'rb'):
                break
            quote = s[j:j + 3] if s[j:j + 3] in ('"""', "'''") else s[j]
            k = j + len(quote)
            raw = 'r' in prefix.lower()
            while True:
                if k >= len(s):
                    raise SyntaxError('unterminated string literal')
                if s[k] == '\\':
                    k += 2
                    continue
                if s.startswith(quote, k):
                    k += len(quote)
                    break
                if s[k] == '\n' and len(quote) == 1:
                    raise SyntaxError('unterminated string literal')
                k += 1
            parts.append(eval(s[self.i:k], {'__builtins__': {}}))
            self.i = k
        if len({type(p) for p in parts}) > 1:
            raise SyntaxError('cannot mix bytes and nonbytes literals')
        return parts[0][:0].join(parts) if parts else ''

    def container(self, open_c):
        close_c = {'(': ')', '[': ']', '{': '}'}[open_c]
        self.i += 1
        items = []
        is_dict = None
        trailing_comma = False
        while True:
            if self._take(close_c):
                break
            key = self.expr()
            if open_c == '{' and (is_dict is None or is_dict) and self._take(':'):
                is_dict = True
                items.append((key, self.expr()))
            else:
                if is_dict:
                    raise SyntaxError('invalid syntax')
                is_dict = False
                items.append(key)
            if self._take(','):
                trailing_comma = True
                continue
            trailing_comma = False
            if not self._take(close_c):
                raise SyntaxError('invalid syntax')
            break
        if open_c == '(':
            if len(items) == 1 and not trailing_comma:
                return items[0]
            return tuple(items)
        if open_c == '[':
            return items
        if is_dict or not items:
            return dict(items)
        return set(items)


def literal_eval(node_or_string):
    """Evaluate a string holding only a Python literal or container
    display: strings, bytes, numbers, tuples, lists, dicts, sets,
    booleans, None and Ellipsis."""
    if not isinstance(node_or_string, str):
        if isinstance(node_or_string, (bytes, bytearray)):
            node_or_string = bytes(node_or_string).decode()
        else:
            raise NotImplementedError('ast.literal_eval of a syntax tree node is not supported by weft (no ast node classes)')
    text = node_or_string.lstrip(' \t')
    p = _Parser(text)
    try:
        value = p.expr()
        p._ws()
        if p.i != len(text):
            raise _Malformed()
    except (_Malformed, SyntaxError):
        # Valid Python that is not a literal is a ValueError; text that is
        # not an expression at all is the compiler's SyntaxError.
        compile(text, '<unknown>', 'eval')
        raise ValueError('malformed node or string on line 1') from None
    return value


def _unsupported(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f'ast.{name}() is not supported by weft (no syntax tree classes); only ast.literal_eval is')
    f.__name__ = name
    return f


parse = _unsupported('parse')
dump = _unsupported('dump')
walk = _unsupported('walk')
unparse = _unsupported('unparse')
fix_missing_locations = _unsupported('fix_missing_locations')
get_docstring = _unsupported('get_docstring')
iter_child_nodes = _unsupported('iter_child_nodes')
iter_fields = _unsupported('iter_fields')
increment_lineno = _unsupported('increment_lineno')
copy_location = _unsupported('copy_location')
