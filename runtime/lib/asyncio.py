"""Asynchronous I/O: an event loop for coroutines, with tasks, futures,
sleep, gather, wait_for, wait, as_completed, timeouts, queues and
synchronisation primitives (the commonly used part of CPython's asyncio).

The loop runs callbacks first-in first-out and timers by deadline, as
CPython's does, so programs interleave their output the same way. It has
no network transports; `to_thread` runs blocking work on a real thread.
"""

import collections
import heapq
import itertools
import threading
import time as _time

__all__ = ['run', 'sleep', 'gather', 'wait_for', 'wait', 'as_completed', 'create_task', 'ensure_future',
           'shield', 'timeout', 'to_thread', 'get_event_loop', 'get_running_loop', 'new_event_loop',
           'set_event_loop', 'current_task', 'all_tasks', 'iscoroutine', 'iscoroutinefunction',
           'Future', 'Task', 'Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull',
           'Lock', 'Event', 'Semaphore', 'BoundedSemaphore', 'Condition', 'CancelledError',
           'TimeoutError', 'InvalidStateError', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'TaskGroup', 'Runner']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


_state = threading.local()


def _get_running():
    return getattr(_state, 'loop', None)


def get_running_loop():
    loop = _get_running()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _get_running()
    if loop is None:
        loop = getattr(_state, 'default', None)
        if loop is None or loop.is_closed():
            loop = new_event_loop()
            _state.default = loop
    return loop


def set_event_loop(loop):
    _state.default = loop


def new_event_loop():
    return EventLoop()


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_when', '_context')

    def __init__(self, callback, args, when=None):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        self._callback(*self._args)


TimerHandle = Handle


class EventLoop:
    """A single-threaded event loop: ready callbacks, then due timers."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._seq = itertools.count()
        self._closed = False
        self._running = False
        self._stopping = False
        self._cond = threading.Condition()
        self._task_count = itertools.count(1)
        self._tasks = []
        self._current = None
        self._exception_handler = None

    def time(self):
        return _time.monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled = []

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args)
        self._ready.append(h)
        return h

    def call_soon_threadsafe(self, callback, *args, context=None):
        with self._cond:
            h = Handle(callback, args)
            self._ready.append(h)
            self._cond.notify()
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        h = Handle(callback, args, when)
        heapq.heappush(self._scheduled, (when, next(self._seq), h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def stop(self):
        self._stopping = True

    def _run_once(self):
        with self._cond:
            while self._scheduled and self._scheduled[0][2]._cancelled:
                heapq.heappop(self._scheduled)
            if not self._ready:
                if self._scheduled:
                    wait = self._scheduled[0][0] - self.time()
                    if wait > 0:
                        self._cond.wait(wait)
                elif self._pending_threads:
                    self._cond.wait()
            end = self.time() + 1e-9
            while self._scheduled and self._scheduled[0][0] <= end:
                _, _, h = heapq.heappop(self._scheduled)
                if not h._cancelled:
                    self._ready.append(h)
            n = len(self._ready)
        for _ in range(n):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()

    _pending_threads = 0

    def run_forever(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _state.loop = self
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._running = False
            _state.loop = None

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        future = ensure_future(future, loop=self)
        future.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def run_in_executor(self, executor, func, *args):
        fut = self.create_future()
        self._pending_threads += 1

        def work():
            try:
                r = func(*args)
            except BaseException as e:
                self.call_soon_threadsafe(self._thread_done, fut, None, e)
            else:
                self.call_soon_threadsafe(self._thread_done, fut, r, None)
        threading.Thread(target=work, daemon=True).start()
        return fut

    def _thread_done(self, fut, result, exc):
        self._pending_threads -= 1
        if fut.cancelled():
            return
        if exc is not None:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def call_exception_handler(self, context):
        if self._exception_handler is not None:
            self._exception_handler(self, context)

    def shutdown_asyncgens(self):
        return _noop()

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass


async def _noop():
    return None


_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """The result of an asynchronous operation, set later."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for cb in callbacks:
            self._loop.call_soon(cb, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks[:] = [f for f in self._callbacks if f != fn]
        return before - len(self._callbacks)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state.lower())


class Task(Future):
    """A coroutine wrapped in a Future, run by the event loop."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels = 0
        self._name = name if name is not None else 'Task-%d' % next(self._loop._task_count)
        self._loop._tasks.append(self)
        self._loop.call_soon(self.__step)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels

    def uncancel(self):
        if self._num_cancels > 0:
            self._num_cancels -= 1
        return self._num_cancels

    def __step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        prev = loop._current
        loop._current = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if getattr(result, '_asyncio_future_blocking', None) is not None and isinstance(result, Future):
                if result is self:
                    loop.call_soon(self.__step, RuntimeError('Task cannot await on itself: %r' % self))
                elif result._asyncio_future_blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    loop.call_soon(self.__step, RuntimeError('yield was used instead of yield from in task %r with %r' % (self, result)))
            elif result is None:
                loop.call_soon(self.__step)
            else:
                loop.call_soon(self.__step, RuntimeError('Task got bad yield: %r' % (result,)))
        finally:
            loop._current = prev

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()

    def __repr__(self):
        return '<Task %s name=%r>' % (self._state.lower(), self._name)


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' or hasattr(obj, '__await__') and hasattr(obj, 'send') and hasattr(obj, 'throw')


def iscoroutinefunction(func):
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    return code is not None and bool(code.co_flags & 0x180)


def isfuture(obj):
    return isinstance(obj, Future)


def current_task(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return loop._current


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_wrap_awaitable(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _wrap_awaitable(aw):
    return await aw


class _Sleep0:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run awaitables concurrently; their results in order."""
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            loop = fut._loop
            arg_to_fut[arg] = fut
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'done': 0}
    nfuts = len(set(children))

    def _done_callback(fut):
        state['done'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['done'] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in set(children):
        fut.add_done_callback(_done_callback)
    return outer


async def wait_for(fut, timeout):
    """Wait for an awaitable, cancelling it after `timeout` seconds."""
    if timeout is None:
        return await fut
    loop = get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0 and fut.done():
        return fut.result()
    state = {'timed_out': False}

    def on_timeout():
        if not fut.done():
            state['timed_out'] = True
            fut.cancel()
    h = loop.call_later(timeout, on_timeout)
    try:
        return await fut
    except CancelledError:
        if state['timed_out']:
            raise TimeoutError() from None
        raise
    finally:
        h.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs`; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if not waiter.done():
                waiter.set_result(None)
    for f in fs:
        f.add_done_callback(_on_completion)
    h = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None) if timeout is not None else None
    try:
        if not any(f.done() for f in fs) or return_when == ALL_COMPLETED and not all(f.done() for f in fs):
            await waiter
    finally:
        if h is not None:
            h.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterator of awaitables that complete in the order the futures do."""
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = collections.deque()

    def _on_completion(f):
        if f in todo:
            todo.remove(f)
            done.append(f)
            w = state.get('waiter')
            if w is not None and not w.done():
                w.set_result(None)
    state = {}
    for f in todo:
        f.add_done_callback(_on_completion)

    async def _wait_for_one():
        while not done:
            if not todo:
                raise TimeoutError
            state['waiter'] = get_running_loop().create_future()
            await state['waiter']
        return done.popleft().result()
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())
    inner.add_done_callback(_inner_done)
    return outer


class Timeout:
    """`async with asyncio.timeout(delay):` cancels the block after `delay`."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        self._task = current_task()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._expired = True
        self._task.cancel()
        self._handle = None


def timeout(delay):
    return Timeout(get_running_loop().time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


async def to_thread(func, /, *args, **kwargs):
    """Run `func` on a separate thread; its result when it finishes."""
    loop = get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


class Runner:
    """A context manager that runs coroutines on one event loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = (loop_factory or new_event_loop)()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def get_loop(self):
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        return self._loop.run_until_complete(self._loop.create_task(coro))

    def close(self):
        loop = self._loop
        if loop.is_closed():
            return
        try:
            _cancel_all_tasks(loop)
        finally:
            loop.close()


def run(main, *, debug=None, loop_factory=None):
    """Run a coroutine on a new event loop and return its result."""
    if _get_running() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


class TaskGroup:
    """`async with TaskGroup() as tg: tg.create_task(...)` waits for all."""

    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._entered = False

    async def __aenter__(self):
        self._entered = True
        self._loop = get_running_loop()
        self._parent = current_task()
        return self

    def create_task(self, coro, *, name=None, context=None):
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self._errors.append(exc)
            for t in list(self._tasks):
                t.cancel()

    async def __aexit__(self, et, exc, tb):
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
            for t in list(self._tasks):
                t.cancel()
        while self._tasks:
            await wait(set(self._tasks))
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) if any(
                not isinstance(e, Exception) for e in errors) else ExceptionGroup('unhandled errors in a TaskGroup', errors)
        return None


class _LoopBound:
    def _get_loop(self):
        return get_running_loop()


class Lock(_LoopBound):
    def __init__(self):
        self._waiters = collections.deque()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class Event(_LoopBound):
    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Semaphore(_LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = collections.deque()
        self._value = value

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition(_LoopBound):
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = collections.deque()
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, *exc):
        self._lock.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            await self.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Queue(_LoopBound):
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
