"""Asynchronous execution with thread pools: Future, ThreadPoolExecutor,
wait, as_completed."""

import threading
import queue as _queue
import os as _os
import time as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<Future at %#x state=finished raised %s>' % (id(self), type(self._exception).__name__)
                return '<Future at %#x state=finished returned %s>' % (id(self), type(self._result).__name__)
            return '<Future at %#x state=%s>' % (id(self), self._state.lower())

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _invoke_callbacks(self):
        for cb in self._callbacks:
            try:
                cb(self)
            except Exception:
                pass

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            pass

    def _wait(self, timeout):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._condition.wait_for(lambda: self._state in (_CANCELLED, _FINISHED), timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._state != _FINISHED:
                raise TimeoutError()

    def result(self, timeout=None):
        self._wait(timeout)
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end_time = None if timeout is None else timeout + _time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if end_time is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - _time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._threads = set()
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1))
        self._initializer = initializer
        self._initargs = initargs
        self._idle = threading.Semaphore(0)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n), target=self._worker)
            t.daemon = True
            t.start()
            self._threads.add(t)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                return
        while True:
            item = self._work_queue.get()
            if item is None:
                self._work_queue.put(None)
                return
            item.run()
            del item
            self._idle.release()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    end = None if timeout is None else _time.monotonic() + timeout
    while True:
        done = set(f for f in fs if f.done())
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done):
            break
        if not not_done:
            break
        if end is not None and _time.monotonic() >= end:
            break
        _time.sleep(0.001)
    return DoneAndNotDoneFutures(done, not_done)


class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))


def as_completed(fs, timeout=None):
    end = None if timeout is None else _time.monotonic() + timeout
    pending = list(dict.fromkeys(fs))
    while pending:
        still = []
        for f in pending:
            if f.done():
                yield f
            else:
                still.append(f)
        pending = still
        if pending:
            if end is not None and _time.monotonic() >= end:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
            _time.sleep(0.0005)


class BrokenProcessPool(BrokenExecutor):
    """A worker of a ProcessPoolExecutor stopped unexpectedly."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Runs calls in parallel on a pool of workers. weft has no GIL, so the
    workers are threads of this process: calls run truly in parallel with
    results identical to process workers for functions that do not rely on
    process isolation (separate copies of module globals)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        super().__init__(max_workers, 'ProcessPoolExecutor', initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
