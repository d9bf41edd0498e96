"""fileinput: iterate over the lines of the files named on the command
line (or standard input, for none or '-'), with the current file's name
and line numbers."""

import sys
import os

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Return an instance of FileInput, also kept as the module's state."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """Iterates over the lines of several files in turn."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            if not files:
                files = ('-',)
            else:
                files = tuple(files)
        if inplace:
            raise NotImplementedError("fileinput with inplace=True is not supported by weft")
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._files = files
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        file = self._file
        self._file = None
        self._startlineno += self._filelineno
        self._filelineno = 0
        try:
            if file and not self._isstdin:
                file.close()
        finally:
            self._isstdin = False

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _readline(self):
        if self._file is not None:
            return self._file.readline()
        if not self._files:
            if 'b' in self._mode:
                return b''
            return ''
        if self._file is None:
            self._filename = self._files[0]
            self._files = self._files[1:]
            self._filelineno = 0
            self._isstdin = False
            if self._filename == '-':
                self._filename = '<stdin>'
                if 'b' in self._mode:
                    self._file = getattr(sys.stdin, 'buffer', sys.stdin)
                else:
                    self._file = sys.stdin
                self._isstdin = True
            elif self._openhook:
                if self._encoding is None:
                    self._file = self._openhook(self._filename, self._mode)
                else:
                    self._file = self._openhook(self._filename, self._mode, encoding=self._encoding, errors=self._errors)
            else:
                if 'b' in self._mode:
                    self._file = open(self._filename, self._mode)
                else:
                    self._file = open(self._filename, self._mode, encoding=self._encoding, errors=self._errors)
        return self._file.readline()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open .gz files through gzip, others with open()."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if "b" not in mode:
        import io
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook opening files with the given encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
