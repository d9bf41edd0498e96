"""Extracting, formatting and printing stack traces and exceptions as the
interpreter does: FrameSummary, StackSummary, TracebackException and the
module functions built on them."""

import sys
import itertools
import linecache
import _thread

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_sentinel = object()
_RECURSIVE_CUTOFF = 3


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_spans(tb), limit=limit)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    own_tb = tb is _sentinel or (tb is None and value is not _sentinel and value is not None and value.__traceback__ is None)
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if limit is None and chain and own_tb and getattr(sys, 'tracebacklimit', None) is None:
        # The interpreter's own formatting: exactly what it prints.
        return _thread._format_exception(value).splitlines(keepends=True)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit, file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary._extract_from_extended_frame_gen(_walk_stack_with_spans(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Frames of a finished traceback keep no locals here: nothing to clear."""
    while tb is not None:
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', '_lines_dedented', 'locals', '_code', '_span')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, **kwargs):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._code = kwargs.get("_code")
        self._span = kwargs.get("_span")
        self._lines = line
        self._lines_dedented = None
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    def _set_lines(self):
        if not self._lines and self.lineno is not None and self.end_lineno is not None:
            lines = []
            for lineno in range(self.lineno, self.end_lineno + 1):
                lines.append(linecache.getline(self.filename, lineno).rstrip())
            self._lines = "\n".join(lines)

    @property
    def line(self):
        self._set_lines()
        if self._lines is None:
            return None
        return self._lines.partition("\n")[0].strip()


def walk_stack(f):
    """Walk a stack from `f` outwards, yielding each frame and its line."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback along tb_next, yielding each frame and its line."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_spans(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def _walk_stack_with_spans(f):
    while f is not None:
        yield f, f.f_lineno, f.f_lasti
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, lineno, None
        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                import collections
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        for f, lineno, lasti in frame_gen:
            co = f.f_code
            filename = co.co_filename if co is not None else "?"
            name = co.co_name if co is not None else "?"
            span = None
            end_lineno = colno = end_colno = None
            if lasti is not None and co is not None:
                start, end = _thread._code_span(co, lasti)
                if start < end:
                    span = (start, end)
                    end_lineno, colno, end_colno = _thread._span_columns(filename, start, end)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                       locals=f_locals, end_lineno=end_lineno,
                                       colno=colno, end_colno=end_colno, _span=span))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary, **kwargs):
        row = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            span = getattr(frame_summary, "_span", None)
            if span is not None:
                row.append(_thread._entry_source(frame_summary.filename, frame_summary.lineno, span[0], span[1]))
            else:
                row.append(f'    {frame_summary.line}\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append(f'    {name} = {value}\n')
        return ''.join(row)

    def format(self, **kwargs):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary, **kwargs)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n'
                    )
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n'
            )
        return result


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


class _ExceptionPrintContext:
    """Indentation state while an exception group is rendered: the depth
    of nesting, and whether the innermost frame still needs its closing
    line."""

    def __init__(self):
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        indent_str = self.indent()
        if self.exception_group_depth:
            indent_str += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield ''.join(indent_str + line for line in text.splitlines(keepends=True))


class TracebackException:
    """An exception ready for rendering: its type, message, stack and the
    chained exceptions, captured without keeping the frames' locals."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_spans(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._exc_type = exc_type
        self._exc_value = exc_value
        self.exc_type_str = _safe_string(getattr(exc_type, '__qualname__', exc_type), 'type') if exc_type is not None else None
        mod = getattr(exc_type, '__module__', None)
        if exc_type is not None and mod not in ("__main__", "builtins"):
            if not isinstance(mod, str):
                mod = "<unknown>"
            self.exc_type_str = mod + "." + self.exc_type_str
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        self._is_syntax_error = False
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = []
            for exc in exc_value.exceptions:
                if id(exc) not in _seen:
                    self.exceptions.append(TracebackException(
                        type(exc), exc, exc.__traceback__, limit=limit,
                        lookup_lines=lookup_lines, capture_locals=capture_locals,
                        max_group_width=max_group_width, max_group_depth=max_group_depth,
                        _seen=_seen))
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    max_group_width=max_group_width, max_group_depth=max_group_depth,
                    _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen and
                    not (compact and (self.__cause__ is not None or self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    max_group_width=max_group_width, max_group_depth=max_group_depth,
                    _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        return self._exc_type

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        indent = 3 * _depth * ' '
        if self._exc_value is None:
            yield indent + 'NoneType: None\n'
            return
        text = _thread._format_exception_only(self._exc_value, bool(self.stack))
        for line in text.splitlines(keepends=True):
            yield indent + line
        if show_group and self.exceptions is not None:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def format(self, *, chain=True, _ctx=None, **kwargs):
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = ("\nThe above exception was the direct cause "
                                   "of the following exception:\n\n")
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = ("\nDuring handling of the above exception, "
                                   "another exception occurred:\n\n")
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        """The boxed rendering of an exception group: its traceback and
        message, then each member in a numbered frame (at most
        max_group_width of them)."""
        is_toplevel = _ctx.exception_group_depth == 0
        if is_toplevel:
            _ctx.exception_group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        num_excs = len(self.exceptions)
        n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last_exc = i == n - 1
            if last_exc:
                # A nested group may draw the closing line itself.
                _ctx.need_close = True
            truncated = i >= self.max_group_width
            title = '...' if truncated else f'{i + 1}'
            yield _ctx.indent() + ('+-' if i == 0 else '  ') + f'+---------------- {title} ----------------\n'
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = num_excs - self.max_group_width
                plural = 's' if remaining > 1 else ''
                yield from _ctx.emit(f"and {remaining} more exception{plural}\n")
            if last_exc and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if is_toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
