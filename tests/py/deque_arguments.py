"""deque method argument checks: no-argument methods refuse arguments, one-argument ones name deque, insert/index counts, slot wrappers."""
import collections
for f in (lambda: collections.Counter().keys(1), lambda: collections.deque().pop(1), lambda: collections.deque().clear(1), lambda: collections.deque().__len__(1), lambda: collections.deque().append(), lambda: collections.deque().rotate(1,2), lambda: collections.deque().index(), lambda: collections.deque().insert(1), lambda: collections.deque([1])[collections.Counter()], lambda: collections.deque().reverse(1), lambda: collections.deque().count(), lambda: collections.deque().extend(), lambda: collections.deque().popleft(1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
