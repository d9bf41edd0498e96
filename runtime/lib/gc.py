"""This module provides access to the garbage collector for reference cycles.

weft frees most objects by reference counting when their last reference
goes; collect() finds groups of objects that only reference each other
(instances of classes, functions and the containers they hold), runs their
weakref callbacks and finalizers and frees them. The world is stopped while
the object graph is read.
"""

import _gc

_threshold = (2000, 10, 10)
garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38


def enable():
    _gc.enable()


def disable():
    _gc.disable()


def isenabled():
    return _gc.isenabled()


def collect(generation=2):
    if not isinstance(generation, int) or not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    if _debug & DEBUG_SAVEALL:
        n, saved = _gc.collect(True)
        garbage.extend(saved)
    else:
        n = _gc.collect()
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": n, "uncollectable": 0})
    return n


def get_count():
    return (_gc.pending(), 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0, _threshold[1] if threshold1 is None else threshold1,
                  _threshold[2] if threshold2 is None else threshold2)


_debug = 0


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    if _gc.is_tracked(obj):
        return True
    if isinstance(obj, dict):
        return any(is_tracked(v) or is_tracked(k) for k, v in obj.items())
    if isinstance(obj, (int, float, complex, str, bytes, bool, type(None), range)):
        return False
    return isinstance(obj, (list, set, frozenset, tuple, bytearray)) or hasattr(obj, '__dict__')


def is_finalized(obj):
    return False


def get_referrers(*objs):
    return _gc.get_referrers(*objs)


def get_referents(*objs):
    return _gc.get_referents(*objs)


def get_objects(generation=None):
    if generation is not None and not (isinstance(generation, int) and -1 <= generation <= 2):
        raise ValueError("generation parameter must be less than the number of available generations (3)")
    return _gc.get_objects()
