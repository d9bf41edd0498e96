"""__builtins__ is the builtins module in __main__ and a dict in exec'd namespaces; names added to the builtins module are visible everywhere."""
print('__builtins__' in globals(), type(__builtins__).__name__, __builtins__.__name__)
try:
    __builtins__.__builtins__
except AttributeError:
    print("AttributeError")
import builtins
print(builtins is __builtins__, builtins.__name__)
__builtins__.shared_name = 'new'
print(shared_name)
exec('print("__builtins__" in globals(), type(__builtins__).__name__)', {})
ns = {}
exec('', ns)
print(ns['__builtins__'] is builtins.__dict__)
import sys
print(sys._getframe().f_builtins is builtins.__dict__)
del __builtins__
try:
    __builtins__
except NameError:
    print("NameError")
print(len("still works"))
