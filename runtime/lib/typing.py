"""Names for type hints. Annotations are accepted and kept; weft does not
check them. Generic aliases can be subscripted (List[int], Optional[str])."""

import sys


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
    if isinstance(a, list):
        return '[' + ', '.join(_r(x) for x in a) + ']'
    if a is Ellipsis:
        return '...'
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


_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                            '_fields', '_field_defaults', '_make', '_replace',
                            '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__annotate__',
                         '__qualname__', '__doc__', '__orig_bases__', '__classcell__',
                         '__firstlineno__', '__static_attributes__', '__type_params__'})


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        import collections
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = collections.namedtuple(typename, list(types),
                                        defaults=[ns[n] for n in default_names],
                                        module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class syntax or NamedTuple('N', [('a', int)])."""
    import collections
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nt = collections.namedtuple(typename, [n for n, t in fields], module=_caller_module())
    nt.__annotations__ = dict(fields)
    return nt


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), dict(ns))
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required |= set(getattr(base, '__required_keys__', ()))
            optional |= set(getattr(base, '__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with fixed keys: class syntax or TypedDict('T', {'a': int})."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


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
