"""getpass: the login name, and reading a password without echo (weft
reads it from standard input, with the prompt on stderr)."""

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: LOGNAME, USER, LNAME or USERNAME from the environment."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    raise OSError('No username set in the environment')


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password; weft cannot turn terminal echo off, so it
    warns as CPython does when it cannot, and reads a line."""
    import warnings
    if stream is None:
        stream = sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    stream.write("Warning: Password input may be echoed.\n")
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line
