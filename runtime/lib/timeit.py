"""Timing small code snippets: Timer, timeit() and repeat()."""

import gc
import itertools
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


class Timer:
    """Time `stmt` (a string or callable), after running `setup` once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        ns = {} if globals is None else globals
        if isinstance(setup, str):
            compile(setup, "<timeit-src>", "exec")
            setup_code = setup
            setup_fn = None
        elif callable(setup):
            setup_fn = setup
            setup_code = None
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt, "<timeit-src>", "exec")
            stmt_code = compile(stmt, "<timeit-src>", "exec")
            stmt_fn = None
        elif callable(stmt):
            stmt_fn = stmt
            stmt_code = None
        else:
            raise ValueError("stmt is neither a string nor callable")
        self._ns = ns
        self._setup_code = setup_code
        self._setup_fn = setup_fn
        self._stmt_code = stmt_code
        self._stmt_fn = stmt_fn

    def timeit(self, number=default_number):
        if self._setup_fn is not None:
            self._setup_fn()
        else:
            exec(self._setup_code, self._ns)
        gcold = gc.isenabled()
        gc.disable()
        try:
            fn, code, ns = self._stmt_fn, self._stmt_code, self._ns
            t0 = self.timer()
            if fn is not None:
                for _ in itertools.repeat(None, number):
                    fn()
            else:
                for _ in itertools.repeat(None, number):
                    exec(code, ns)
            return self.timer() - t0
        finally:
            if gcold:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
