"""Garbage collector interface. weft frees objects by reference counting
when their last reference goes (finalizers included); reference cycles
are not reclaimed yet, so collect() finds nothing to free and returns 0."""

_enabled = True
_threshold = (2000, 10, 10)
garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if not isinstance(generation, int) or not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    _threshold = (threshold0, _threshold[1] if threshold1 is None else threshold1,
                  _threshold[2] if threshold2 is None else threshold2)


def get_debug():
    return 0


def set_debug(flags):
    pass


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_tracked(obj):
    return isinstance(obj, (list, dict, set, tuple)) or hasattr(obj, '__dict__')


def is_finalized(obj):
    return False


def get_referrers(*objs):
    raise NotImplementedError("gc.get_referrers() is not supported by weft yet")


def get_referents(*objs):
    raise NotImplementedError("gc.get_referents() is not supported by weft yet")


def get_objects(generation=None):
    raise NotImplementedError("gc.get_objects() is not supported by weft yet")
