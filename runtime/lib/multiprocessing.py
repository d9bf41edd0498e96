"""Process-style parallelism on weft's GIL-free threads: Pool, Process,
Queue, JoinableQueue, Lock, RLock, Event, Semaphore, Condition, Barrier,
Value, Array, Manager, cpu_count, current_process.

weft runs threads truly in parallel, so the workers here are threads of
this process. Results match process workers for code that does not rely
on process isolation (each process having its own copy of module
globals); `Value` and `Array` are shared the way threads share objects.
"""

import os as _os
import queue as _queue
import threading as _threading
import itertools as _itertools

__all__ = ['Pool', 'Process', 'Queue', 'JoinableQueue', 'SimpleQueue', 'Lock', 'RLock', 'Event', 'Semaphore',
           'BoundedSemaphore', 'Condition', 'Barrier', 'Value', 'Array', 'Manager', 'cpu_count',
           'current_process', 'active_children', 'get_context', 'set_start_method', 'get_start_method',
           'freeze_support', 'TimeoutError', 'ProcessError', 'AuthenticationError', 'parent_process']


class ProcessError(Exception):
    pass


class AuthenticationError(ProcessError):
    pass


TimeoutError = TimeoutError

Lock = _threading.Lock
RLock = _threading.RLock
Event = _threading.Event
Semaphore = _threading.Semaphore
BoundedSemaphore = _threading.BoundedSemaphore
Condition = _threading.Condition
Barrier = _threading.Barrier


def cpu_count():
    return _os.cpu_count() or 1


def freeze_support():
    pass


_start_method = 'fork'


def set_start_method(method, force=False):
    global _start_method
    if method not in ('fork', 'spawn', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


def get_start_method(allow_none=False):
    return _start_method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']


class _Context:
    def __getattr__(self, name):
        return globals()[name]


def get_context(method=None):
    return _Context()


_process_counter = _itertools.count(1)
_children = set()


class Process:
    """A worker running `target(*args, **kwargs)` (on a thread)."""

    _main = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        n = next(_process_counter)
        self._name = name or 'Process-%d' % n
        self._daemon = daemon
        self._thread = None
        self.exitcode = None
        self._identity = (n,)

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        _current.process = self
        try:
            self.run()
            self.exitcode = 0
        except SystemExit as e:
            code = e.code
            self.exitcode = code if isinstance(code, int) else (0 if code is None else 1)
        except BaseException:
            import sys
            import traceback
            print('Process %s:' % self._name, file=sys.stderr)
            traceback.print_exc()
            self.exitcode = 1

    def start(self):
        if self._thread is not None:
            raise AssertionError('cannot start a process twice')
        self._thread = _threading.Thread(target=self._bootstrap, name=self._name, daemon=bool(self._daemon))
        _children.add(self)
        self._thread.start()

    def join(self, timeout=None):
        if self._thread is None:
            raise AssertionError('can only join a started process')
        self._thread.join(timeout)
        if not self._thread.is_alive():
            _children.discard(self)

    def is_alive(self):
        return self._thread is not None and self._thread.is_alive()

    def terminate(self):
        raise NotImplementedError('Process.terminate() is not supported by weft (workers are threads)')

    kill = terminate

    def close(self):
        pass

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return bool(self._daemon)

    @daemon.setter
    def daemon(self, value):
        self._daemon = value

    @property
    def pid(self):
        return _os.getpid()

    ident = pid

    def __repr__(self):
        state = 'started' if self._thread is not None else 'initial'
        if self.exitcode is not None:
            state = 'stopped'
        return '<%s name=%r %s>' % (type(self).__name__, self._name, state)


class _MainProcess(Process):
    def __init__(self):
        super().__init__(name='MainProcess')
        self._identity = ()


_current = _threading.local()
_main_process = _MainProcess()


def current_process():
    return getattr(_current, 'process', _main_process)


def parent_process():
    p = current_process()
    return None if p is _main_process else _main_process


def active_children():
    return [p for p in list(_children) if p.is_alive()]


class Queue(_queue.Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__(maxsize)

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    pass


class SimpleQueue(_queue.SimpleQueue):
    def close(self):
        pass


class _Value:
    def __init__(self, typecode, value, lock):
        self._typecode = typecode
        self.value = value
        self._lock = _threading.RLock() if lock is True else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *a):
        return self._lock.__exit__(*a)

    def __repr__(self):
        return '<Synchronized wrapper for c_%s(%r)>' % ({'i': 'int', 'd': 'double', 'l': 'long', 'f': 'float'}.get(self._typecode, self._typecode), self.value)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return _Value(typecode_or_type, args[0] if args else 0, lock)


class _Array(list):
    def __init__(self, typecode, init, lock):
        super().__init__(init)
        self._typecode = typecode
        self._lock = _threading.RLock() if lock is True else lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *a):
        return self._lock.__exit__(*a)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    if isinstance(size_or_initializer, int):
        init = [0.0 if typecode_or_type in ('d', 'f') else 0] * size_or_initializer
    else:
        init = list(size_or_initializer)
    return _Array(typecode_or_type, init, lock)


class _Manager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.shutdown()

    def start(self):
        pass

    def shutdown(self):
        pass

    def list(self, *args):
        return list(*args)

    def dict(self, *args, **kwargs):
        return dict(*args, **kwargs)

    def Queue(self, maxsize=0):
        return Queue(maxsize)

    def Lock(self):
        return Lock()

    def RLock(self):
        return RLock()

    def Event(self):
        return Event()

    def Value(self, typecode, value):
        return _Value(typecode, value, True)

    def Namespace(self):
        import types
        return types.SimpleNamespace()


def Manager():
    return _Manager()


class AsyncResult:
    def __init__(self, future, callback=None, error_callback=None):
        self._future = future
        if callback is not None or error_callback is not None:
            def done(f):
                e = f.exception()
                if e is None:
                    if callback is not None:
                        callback(f.result())
                elif error_callback is not None:
                    error_callback(e)
            future.add_done_callback(done)

    def get(self, timeout=None):
        from concurrent.futures import TimeoutError as _FTimeout
        try:
            return self._future.result(timeout)
        except _FTimeout:
            raise TimeoutError from None

    def wait(self, timeout=None):
        from concurrent.futures import wait
        wait([self._future], timeout)

    def ready(self):
        return self._future.done()

    def successful(self):
        if not self._future.done():
            raise ValueError('%r not ready' % self)
        return self._future.exception() is None


ApplyResult = AsyncResult


class MapResult(AsyncResult):
    pass


class Pool:
    """A pool of workers: map, imap, imap_unordered, starmap, apply and
    their asynchronous forms."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        from concurrent.futures import ThreadPoolExecutor
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        self._processes = processes
        self._executor = ThreadPoolExecutor(processes, 'ForkPoolWorker', initializer, initargs)
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('Pool not running')

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check()
        return AsyncResult(self._executor.submit(func, *args, **kwds), callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        self._check()
        return list(self._executor.map(func, iterable))

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check()
        items = list(iterable)
        fut = self._executor.submit(lambda: [f.result() for f in [self._executor.submit(func, x) for x in items]])
        return MapResult(fut, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        self._check()
        return list(self._executor.map(lambda args: func(*args), iterable))

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check()
        items = list(iterable)
        fut = self._executor.submit(lambda: [f.result() for f in [self._executor.submit(func, *x) for x in items]])
        return MapResult(fut, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check()
        return self._executor.map(func, iterable)

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check()
        from concurrent.futures import as_completed
        futures = [self._executor.submit(func, x) for x in iterable]
        return (f.result() for f in as_completed(futures))

    def close(self):
        self._closed = True

    def terminate(self):
        self._closed = True
        self._executor.shutdown(wait=False, cancel_futures=True)

    def join(self):
        if not self._closed:
            raise ValueError('Pool is still running')
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % ('CLOSE' if self._closed else 'RUN', self._processes)
