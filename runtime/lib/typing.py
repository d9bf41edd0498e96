"""Names for type hints. Annotations are accepted and kept; weft does not
check them. Generic aliases can be subscripted (List[int], Optional[str])."""


class _Special:
    def __init__(self, name, args=()):
        self._name = name
        self.__args__ = args
        self.__origin__ = None

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        g = _Special(self._name, params)
        g.__origin__ = self
        return g

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__args__:
            return "typing.%s[%s]" % (self._name, ", ".join(_r(a) for a in self.__args__))
        return "typing." + self._name

    def __eq__(self, other):
        return isinstance(other, _Special) and self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


def _r(a):
    if isinstance(a, type):
        return a.__name__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
    return repr(a)


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
Counter = _Special("Counter")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterator = _Special("AsyncIterator")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
TypeAlias = _Special("TypeAlias")
AnyStr = _Special("AnyStr")
Text = str
TYPE_CHECKING = False


class _TypeParam:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def has_default(self):
        return self.__default__ is not NoDefault


class _NoDefaultType:
    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()


class TypeVar(_TypeParam):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance
        self.__default__ = default

    def __repr__(self):
        if self.__infer_variance__:
            return self.__name__
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


class ParamSpec(_TypeParam):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance
        self.__default__ = default

    @property
    def args(self):
        return _Special(self.__name__ + '.args')

    @property
    def kwargs(self):
        return _Special(self.__name__ + '.kwargs')

    def __repr__(self):
        return ('' if self.__infer_variance__ else '~') + self.__name__


class TypeVarTuple(_TypeParam):
    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


Unpack = _Special("Unpack")


def _type_param(kind, name, bound, constraints, default):
    """Create the type parameter of a PEP 695 `def f[T]`/`class C[T]`."""
    if kind == 0:
        if constraints:
            return TypeVar(name, *constraints, infer_variance=True, default=default)
        return TypeVar(name, bound=bound, infer_variance=True, default=default)
    if kind == 1:
        return ParamSpec(name, infer_variance=True, default=default)
    return TypeVarTuple(name, default=default)


class _GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        o = self.__origin__
        name = o.__qualname__ if isinstance(o, type) else repr(o)
        mod = getattr(o, '__module__', None)
        if isinstance(o, type) and mod not in (None, 'builtins'):
            name = mod + '.' + name
        return '%s[%s]' % (name, ', '.join(_r(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        return isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class Generic:
    """Base of generic classes: `C[int]` is an alias of C."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            alias = _GenericAlias(cls, params)
            return alias
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for b in cls.__dict__.get('__orig_bases__', ()):
            for a in getattr(b, '__args__', ()):
                if isinstance(a, _TypeParam) and a not in params:
                    params.append(a)
        if not params:
            params = list(getattr(cls, '__type_params__', ()))
        cls.__parameters__ = tuple(params)


class Protocol(Generic):
    __slots__ = ()
    _is_protocol = True


class TypeAliasType:
    """The value of a `type X = ...` statement."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = tuple(type_params)
        self.__module__ = None

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        raise TypeError("'typing.TypeAliasType' object is not callable")


def NamedTuple(typename, fields=None, **kw):
    import collections
    names = [f[0] for f in fields] if fields else list(kw)
    return collections.namedtuple(typename, names)


def TypedDict(typename, fields=None, **kw):
    return dict


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def no_type_check(f):
    return f


def get_type_hints(obj, globalns=None, localns=None):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())
