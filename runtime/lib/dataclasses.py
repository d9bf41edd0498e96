"""Data classes: @dataclass generates __init__, __repr__, __eq__ (and
ordering, hashing, frozen instances) from the class's annotations."""

__all__ = ['dataclass', 'field', 'Field', 'fields', 'asdict', 'astuple',
           'replace', 'is_dataclass', 'FrozenInstanceError', 'MISSING', 'KW_ONLY']


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnly:
    pass


KW_ONLY = _KwOnly()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True,
                 hash=None, compare=True, metadata=None, kw_only=MISSING):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError('cannot specify both default and default_factory')
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata or {}
        self.kw_only = kw_only

    def __repr__(self):
        return f"Field(name={self.name!r},type={self.type!r},default={self.default!r})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_of(cls, kw_only_default):
    flds = {}
    for b in reversed(cls.__mro__[1:]):
        for f in getattr(b, '__dataclass_fields__', {}).values():
            flds[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, tp in ann.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only = True
            continue
        if isinstance(tp, str) and tp.startswith('ClassVar') or repr(tp).startswith('typing.ClassVar'):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default=default)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if f.default is not MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        flds[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
    return flds


def _tuple(self, flds):
    return tuple(getattr(self, f.name) for f in flds)


def _add_slots(cls, field_names):
    """Recreate `cls` with `__slots__` for its fields (no instance dict)."""
    cls_dict = dict(cls.__dict__)
    if '__slots__' in cls_dict:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def _name_list(names):
    """'a', 'a' and 'b', 'a', 'b', and 'c' (as CPython's argument errors)."""
    quoted = [f"'{n}'" for n in names]
    if len(quoted) <= 2:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        flds = _fields_of(cls, kw_only)
        cls.__dataclass_fields__ = flds
        cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order, 'frozen': frozen}
        all_fields = list(flds.values())
        init_fields = [f for f in all_fields if f.init]
        pos = [f for f in init_fields if not f.kw_only]
        kwo = [f for f in init_fields if f.kw_only]
        seen_default = False
        for f in pos:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if seen_default and not has_default:
                raise TypeError(f"non-default argument '{f.name}' follows default argument")
            seen_default = seen_default or has_default

        if init and '__init__' not in cls.__dict__:
            def __init__(self, *args, **kwargs):
                if len(args) > len(pos):
                    raise TypeError(f"{cls.__name__}.__init__() takes {len(pos) + 1} positional arguments but {len(args) + 1} were given")
                setter = object.__setattr__
                for i, f in enumerate(pos):
                    if i < len(args):
                        if f.name in kwargs:
                            raise TypeError(f"{cls.__name__}.__init__() got multiple values for argument '{f.name}'")
                        v = args[i]
                    elif f.name in kwargs:
                        v = kwargs.pop(f.name)
                    elif f.default is not MISSING:
                        v = f.default
                    elif f.default_factory is not MISSING:
                        v = f.default_factory()
                    else:
                        missing = [g.name for g in pos[i:] if g.name not in kwargs and g.default is MISSING and g.default_factory is MISSING]
                        raise TypeError(f"{cls.__name__}.__init__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: " + _name_list(missing))
                    setter(self, f.name, v)
                for f in kwo:
                    if f.name in kwargs:
                        v = kwargs.pop(f.name)
                    elif f.default is not MISSING:
                        v = f.default
                    elif f.default_factory is not MISSING:
                        v = f.default_factory()
                    else:
                        raise TypeError(f"{cls.__name__}.__init__() missing 1 required keyword-only argument: '{f.name}'")
                    setter(self, f.name, v)
                for f in all_fields:
                    if not f.init:
                        if f.default is not MISSING:
                            setter(self, f.name, f.default)
                        elif f.default_factory is not MISSING:
                            setter(self, f.name, f.default_factory())
                if kwargs:
                    raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument '{next(iter(kwargs))}'")
                post = getattr(self, '__post_init__', None)
                if post is not None:
                    post()
            __init__.__qualname__ = cls.__qualname__ + '.__init__'
            cls.__init__ = __init__

        if repr and '__repr__' not in cls.__dict__:
            def __repr__(self):
                return f"{type(self).__qualname__}(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in all_fields if f.repr) + ")"
            __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
            __repr__._dataclass_generated = True
            cls.__repr__ = __repr__

        cmp_fields = [f for f in all_fields if f.compare]
        if eq and '__eq__' not in cls.__dict__:
            def __eq__(self, other):
                if other.__class__ is self.__class__:
                    return _tuple(self, cmp_fields) == _tuple(other, cmp_fields)
                return NotImplemented
            cls.__eq__ = __eq__

        if order:
            def make(op):
                def cmp(self, other):
                    if other.__class__ is self.__class__:
                        return op(_tuple(self, cmp_fields), _tuple(other, cmp_fields))
                    return NotImplemented
                return cmp
            cls.__lt__ = make(lambda a, b: a < b)
            cls.__le__ = make(lambda a, b: a <= b)
            cls.__gt__ = make(lambda a, b: a > b)
            cls.__ge__ = make(lambda a, b: a >= b)

        if frozen:
            def __setattr__(self, name, value):
                raise FrozenInstanceError(f"cannot assign to field '{name}'")

            def __delattr__(self, name):
                raise FrozenInstanceError(f"cannot delete field '{name}'")
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__

        if unsafe_hash or (eq and frozen):
            hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
            cls.__hash__ = lambda self: hash(_tuple(self, hash_fields))
        elif eq and '__hash__' not in cls.__dict__:
            cls.__hash__ = None

        if match_args:
            cls.__match_args__ = tuple(f.name for f in pos)
        cls.__replace__ = _replace
        if slots:
            cls = _add_slots(cls, [f.name for f in all_fields])
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(flds.values())


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, asdict(getattr(obj, f.name), dict_factory=dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(asdict(v, dict_factory=dict_factory) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k, dict_factory=dict_factory): asdict(v, dict_factory=dict_factory) for k, v in obj.items()}
    return obj


def astuple(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(astuple(v) for v in obj)
    return obj


def _replace(self, /, **changes):
    return replace(self, **changes)


def replace(obj, /, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
