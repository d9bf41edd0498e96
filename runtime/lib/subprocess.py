"""Subprocesses with accessible standard streams: run(), Popen,
check_output(), check_call(), call(), getoutput(), getstatusoutput(), with
CPython's CompletedProcess, CalledProcessError and TimeoutExpired.

Children start through the native `_subprocess.spawn` (POSIX only): argv
lists or `shell=True` strings, `cwd`, `env` (os.environ as Python code left
it by default), and stdin/stdout/stderr each None, PIPE, DEVNULL, STDOUT
(stderr), a file object or a descriptor. Not supported: preexec_fn,
pass_fds, start_new_session, process groups, user/group switching
(NotImplementedError names them)."""

import _subprocess
import io
import os
import signal
import sys
import threading
import time

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output",
           "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class _OutputAlias:
    """`stdout` as an alias of `output` (the captured output)."""

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CalledProcessError(_OutputAlias, SubprocessError):
    """Raised when run() with check=True, check_call() or check_output()
    sees a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(_OutputAlias, SubprocessError):
    """Raised when waiting for a child process times out."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """The result of run(): args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _stream_code(spec, name):
    if spec is None:
        return _subprocess.INHERIT
    if spec in (PIPE, DEVNULL) or (spec == STDOUT and name == 'stderr'):
        return spec
    if isinstance(spec, int):
        if spec < 0:
            raise ValueError(f"invalid {name} value")
        return spec
    if hasattr(spec, 'fileno'):
        try:
            spec.flush()
        except (AttributeError, ValueError, OSError):
            pass
        return spec.fileno()
    raise TypeError(f"{name} must be None, PIPE, DEVNULL, a file object or a file descriptor")


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        for name, value, default in [('preexec_fn', preexec_fn, None), ('start_new_session', start_new_session, False),
                                     ('pass_fds', pass_fds, ()), ('user', user, None), ('group', group, None),
                                     ('extra_groups', extra_groups, None), ('process_group', process_group, None)]:
            if value != default:
                raise NotImplementedError(f"subprocess.Popen({name}=...) is not supported by weft")
        if umask != -1:
            raise NotImplementedError("subprocess.Popen(umask=...) is not supported by weft")
        self.args = args
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if isinstance(args, (str, bytes, os.PathLike)):
            args = [os.fsdecode(args)] if not shell else [args if isinstance(args, str) else os.fsdecode(args)]
        else:
            args = [os.fsdecode(a) if isinstance(a, (bytes, os.PathLike)) else a for a in args]
        if shell:
            args = ['/bin/sh', '-c'] + list(args)
        if executable is not None:
            args = [os.fsdecode(executable)] + list(args[1:])
        if env is None:
            env = os._child_env()
        else:
            env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        codes = (_stream_code(stdin, 'stdin'), _stream_code(stdout, 'stdout'), _stream_code(stderr, 'stderr'))
        self.pid, in_fd, out_fd, err_fd, self._handle = _subprocess.spawn(list(args), cwd, env, *codes)
        self.stdin = self._wrap(in_fd, 'wb', bufsize)
        self.stdout = self._wrap(out_fd, 'rb', bufsize)
        self.stderr = self._wrap(err_fd, 'rb', bufsize)

    def _wrap(self, fd, mode, bufsize):
        if fd < 0:
            return None
        f = open(fd, mode)
        if self.text_mode:
            f = io.TextIOWrapper(f, encoding=self.encoding or 'utf-8', errors=self.errors or 'strict',
                                 write_through=True, line_buffering=(bufsize == 1 and 'w' in mode))
        return f

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        """The return code if the child has exited, else None."""
        if self.returncode is None:
            self.returncode = self._handle.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to exit; its return code."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            self.returncode = self._handle.wait()
            return self.returncode
        deadline = time.monotonic() + timeout
        delay = 0.0005
        while True:
            if self.poll() is not None:
                return self.returncode
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)

    def communicate(self, input=None, timeout=None):
        """Send input, read stdout and stderr to the end, wait for the
        child: (stdout_data, stderr_data)."""
        results = {}

        def reader(name, f):
            try:
                results[name] = f.read()
            finally:
                f.close()

        threads = []
        for name, f in (('stdout', self.stdout), ('stderr', self.stderr)):
            if f is not None:
                t = threading.Thread(target=reader, args=(name, f), daemon=True)
                t.start()
                threads.append(t)
        if self.stdin:
            try:
                if input:
                    self.stdin.write(input)
            except BrokenPipeError:
                pass
            finally:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        elif input:
            raise ValueError("Popen.communicate(input=...) needs stdin=PIPE")
        deadline = None if timeout is None else time.monotonic() + timeout
        for t in threads:
            t.join(None if deadline is None else max(0, deadline - time.monotonic()))
            if t.is_alive():
                raise TimeoutExpired(self.args, timeout, results.get('stdout'), results.get('stderr'))
        self.wait(None if deadline is None else max(0, deadline - time.monotonic()))
        return results.get('stdout'), results.get('stderr')

    def send_signal(self, sig):
        """Send signal sig to the child (nothing once it has exited)."""
        if self.poll() is None:
            os.kill(self.pid, sig)

    def terminate(self):
        """Send SIGTERM to the child."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Send SIGKILL to the child."""
        self.send_signal(signal.SIGKILL)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError if it fails."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; raise CalledProcessError if it fails."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of a shell command, trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command, trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line quoted as MS Windows' C runtime parses it."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
