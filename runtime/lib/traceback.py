"""Printing and formatting exceptions as the interpreter does."""

import sys
import _thread


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if value is not None or not isinstance(exc, BaseException):
        exc = value if value is not None else exc
    if exc is None:
        return ['NoneType: None\n']
    text = _thread._format_exception(exc)
    return text.splitlines(keepends=True)


def format_exception_only(exc, /, value=None):
    if value is not None:
        exc = value
    if exc is None:
        return ['NoneType: None\n']
    return _thread._format_exception_only(exc).splitlines(keepends=True)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception()))


def print_exc(limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(format_exc())


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(''.join(format_exception(exc, value, tb)))


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass
