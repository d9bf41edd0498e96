"""__qualname__ and __module__ of built-in functions and methods: bound to a type, to an instance of a subclass, classmethods of subclasses, module functions."""
class MyStr(str): pass
print(type.__subclasshook__.__qualname__, bool.from_bytes.__qualname__, int.from_bytes.__qualname__)
print(MyStr("a").replace.__qualname__, "a".upper.__qualname__, [].append.__qualname__, MyStr.maketrans.__qualname__)
import math, sys, time, _thread, os
print(math.sqrt.__qualname__, sys.exit.__qualname__, len.__qualname__, dict.fromkeys.__qualname__, {}.get.__qualname__)
print(object.__init_subclass__.__qualname__, str.replace.__qualname__, repr(str.replace))
print(math.sqrt.__module__, time.time.__module__, _thread.allocate_lock.__module__, len.__module__, os.getpid.__module__)
print(iter.__qualname__, max.__name__, object.__new__.__qualname__, type.__new__.__qualname__)
