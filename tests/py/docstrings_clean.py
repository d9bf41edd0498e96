"""Docstrings are stored cleaned as CPython 3.13+ does: tabs expanded, first line stripped, common indentation removed."""
def f1():
    """
        x
    \ty
    """
print(repr(f1.__doc__))

def f2():
    """
\t    x
\t\ty
    """

print(repr(f2.__doc__))
def g():
    """One line."""
def h():
    """  Leading spaces
    second
      third

    """
class C:
    """Class doc.

    More.
    """
print(repr(g.__doc__), repr(h.__doc__), repr(C.__doc__))
def k():
	"""Tab-indented
	body line
	"""
print(repr(k.__doc__))
import types
m = types.ModuleType("m")
exec('"""\n    Module doc\n      indented\n"""\nx = 1', m.__dict__)
print(repr(m.__doc__))
