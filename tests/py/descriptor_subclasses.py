"""Subclasses of property, staticmethod and classmethod: a class-level property, a property subclass with __init__ and setter (type(self) rebuilt), custom static/class methods."""
class classproperty(property):
    def __get__(self, obj, cls):
        return self.fget(cls)

class Config:
    _name = "cfg"
    @classproperty
    def name(cls):
        return cls._name.upper()

print(Config.name, Config().name, isinstance(Config.__dict__["name"], property), type(Config.__dict__["name"]).__name__)

class logged_property(property):
    def __init__(self, fget, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.label = fget.__name__

class P:
    def __init__(self): self._x = 1
    @logged_property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v

p = P()
print(p.x, P.__dict__["x"].fget.__name__, P.__dict__["x"].__doc__)
p.x = 5
print(p.x, type(P.__dict__["x"]).__name__)

class mystatic(staticmethod):
    pass
class mycls(classmethod):
    pass
class C:
    @mystatic
    def s(a): return a * 2
    @mycls
    def c(cls): return cls.__name__
print(C.s(3), C().s(4), C.c(), C().c(), C.__dict__["s"].__func__.__name__)
