"""Names for type hints. Annotations are accepted and kept; weft does not
check them. Generic aliases can be subscripted (List[int], Optional[str])."""

import sys


class _Special:
    def __init__(self, name, args=(), origin=None, base=None):
        self._name = name
        self.__args__ = args
        # The runtime class a subscripted alias stands for (List -> list).
        self._base = base
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self.__args__:
            # An alias that is already subscripted: substitute its type
            # parameters (Optional[List[T]][int]).
            needed = self.__parameters__
            if not needed:
                raise TypeError(f"{self!r} is not a generic class")
            if len(params) != len(needed):
                raise TypeError(f"Too {'many' if len(params) > len(needed) else 'few'} arguments for {self!r};"
                                f" actual {len(params)}, expected {len(needed)}")
            return _subs(self, dict(zip(needed, params)))
        if self._name == 'Union':
            return _make_union(params)
        if self._name == 'Optional':
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return _make_union((params[0], type(None)))
        if self._name == 'Callable' and len(params) == 2 and isinstance(params[0], list):
            params = tuple(params[0]) + (params[1],) if False else params
        g = _Special(self._name, params, self._base if self._base is not None else self, self._base)
        g._alias_of = self
        return g

    def __call__(self, *args, **kwargs):
        if self._base is not None and self.__args__:
            result = self._base(*args, **kwargs)
            return result
        if self._base is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self._base.__name__}() instead")
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __mro_entries__(self, bases):
        if self._base is not None:
            return (self._base,)
        raise TypeError(f"Cannot subclass typing.{self._name}")

    def _check(self, test, x, what):
        if self._base is not None and not self.__args__:
            return test(x, self._base)
        if self.__args__:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        raise TypeError(f"typing.{self._name} cannot be used with {what}()")

    def __instancecheck__(self, obj):
        return self._check(isinstance, obj, 'isinstance')

    def __subclasscheck__(self, cls):
        return self._check(issubclass, cls, 'issubclass')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self._name == 'Union' and self.__args__:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return "typing.Optional[%s]" % _r(other)
        if self.__args__:
            if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
                return "typing.Callable[[%s], %s]" % (", ".join(_r(a) for a in self.__args__[0]), _r(self.__args__[1]))
            if self._name == 'Tuple' and self.__args__ == ((),):
                return "typing.Tuple[()]"
            return "typing.%s[%s]" % (self._name, ", ".join(_r(a) for a in self.__args__))
        return "typing." + self._name

    def __eq__(self, other):
        if not isinstance(other, _Special) or self._name != other._name:
            return NotImplemented
        if self._name == 'Union':
            return set(self.__args__) == set(other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        if self._name == 'Union':
            return hash(frozenset(self.__args__))
        return hash((self._name, self.__args__))

    def __reduce__(self):
        return self._name

    @property
    def __parameters__(self):
        out = []
        for a in self.__args__:
            # Callable's argument list holds its own parameters.
            for b in (a if isinstance(a, list) else [a]):
                if isinstance(b, _TypeParam) and b not in out:
                    out.append(b)
                for p in getattr(b, '__parameters__', ()):
                    if p not in out:
                        out.append(p)
        return tuple(out)


def _subs(a, mapping):
    """`a` with the type parameters in `mapping` replaced."""
    if isinstance(a, _TypeParam):
        return mapping.get(a, a)
    if isinstance(a, list):
        return [_subs(x, mapping) for x in a]
    if isinstance(a, tuple):
        return tuple(_subs(x, mapping) for x in a)
    if isinstance(a, _Special) and a.__args__:
        args = tuple(_subs(x, mapping) for x in a.__args__)
        if a._name == 'Union':
            return _make_union(args)
        g = _Special(a._name, args, a.__origin__, a._base)
        g._alias_of = getattr(a, '_alias_of', None)
        return g
    params = getattr(a, '__parameters__', ())
    if params and getattr(a, '__origin__', None) is not None:
        try:
            return a[tuple(mapping.get(p, p) for p in params)]
        except TypeError:
            return a
    return a


def _make_union(params):
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _Special) and p._name == 'Union' and p.__args__:
            members = p.__args__
        elif type(p).__name__ == 'UnionType':
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if not flat:
        raise TypeError("Cannot take a Union of no types.")
    if len(flat) == 1:
        return flat[0]
    u = _Special('Union', tuple(flat))
    u.__origin__ = Union
    return u


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
import collections as _collections
import collections.abc as _abc
List = _Special("List", base=list)
Dict = _Special("Dict", base=dict)
Set = _Special("Set", base=set)
FrozenSet = _Special("FrozenSet", base=frozenset)
Tuple = _Special("Tuple", base=tuple)
Type = _Special("Type", base=type)
Callable = _Special("Callable", base=_abc.Callable)
Iterable = _Special("Iterable", base=_abc.Iterable)
Iterator = _Special("Iterator", base=_abc.Iterator)
Generator = _Special("Generator", base=_abc.Generator)
Sequence = _Special("Sequence", base=_abc.Sequence)
MutableSequence = _Special("MutableSequence", base=_abc.MutableSequence)
Mapping = _Special("Mapping", base=_abc.Mapping)
MutableMapping = _Special("MutableMapping", base=_abc.MutableMapping)
Deque = _Special("Deque", base=_collections.deque)
DefaultDict = _Special("DefaultDict", base=_collections.defaultdict)
Counter = _Special("Counter", base=_collections.Counter)
OrderedDict = _Special("OrderedDict", base=_collections.OrderedDict)
ChainMap = _Special("ChainMap", base=_collections.ChainMap)
AbstractSet = _Special("AbstractSet", base=_abc.Set)
MutableSet = _Special("MutableSet", base=_abc.MutableSet)
Collection = _Special("Collection", base=_abc.Collection)
Container = _Special("Container", base=_abc.Container)
Reversible = _Special("Reversible", base=_abc.Reversible)
KeysView = _Special("KeysView", base=_abc.KeysView)
ItemsView = _Special("ItemsView", base=_abc.ItemsView)
ValuesView = _Special("ValuesView", base=_abc.ValuesView)
AsyncIterable = _Special("AsyncIterable", base=_abc.AsyncIterable)
AsyncGenerator = _Special("AsyncGenerator", base=_abc.AsyncGenerator)
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
Awaitable = _Special("Awaitable", base=_abc.Awaitable)
Coroutine = _Special("Coroutine", base=_abc.Coroutine)
AsyncIterator = _Special("AsyncIterator", base=_abc.AsyncIterator)
Hashable = _Special("Hashable", base=_abc.Hashable)
Sized = _Special("Sized", base=_abc.Sized)
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


def _set_caller_module(obj, depth=2):
    """Give a type parameter its creator's module as `__module__`."""
    try:
        obj.__module__ = sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass


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
        _set_caller_module(self)

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
        _set_caller_module(self)

    def __repr__(self):
        return ('' if self.__infer_variance__ else '~') + self.__name__


class TypeVarTuple(_TypeParam):
    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default
        _set_caller_module(self)

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


_PROTO_SKIP = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                         '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                         '__class_getitem__', '__parameters__', '__orig_bases__', '__qualname__',
                         '__firstlineno__', '__static_attributes__', '_is_protocol', '_is_runtime_protocol',
                         '__protocol_attrs__', '__init_subclass__', '__non_callable_proto_members__',
                         '__type_params__', '__annotate__', '_abc_impl'})


class _ProtocolMeta(type):
    def _structural(cls, mro, has):
        """Whether a class with `mro` provides every protocol member
        (`has(attr)`); nominal subclasses always match."""
        if cls in mro:
            return True
        if not getattr(cls, '_is_protocol', False) or cls is Protocol:
            return False
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return all(has(attr) for attr in cls.__protocol_attrs__)

    def __instancecheck__(cls, instance):
        return cls._structural(type(instance).__mro__, lambda attr: hasattr(instance, attr) and not (attr in cls.__dict__ and cls.__dict__[attr] is None))

    def __subclasscheck__(cls, other):
        mro = getattr(other, '__mro__', ())
        return cls._structural(mro, lambda attr: any(attr in b.__dict__ for b in mro))


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        attrs = set()
        for base in cls.__mro__[:-1]:
            if base.__name__ in ('Protocol', 'Generic', 'object'):
                continue
            names = set(base.__dict__) | set(base.__dict__.get('__annotations__', {}))
            for attr in names:
                if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                    attrs.add(attr)
        cls.__protocol_attrs__ = attrs


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
        readonly, mutable = set(), set()
        for base in bases:
            readonly |= set(getattr(base, '__readonly_keys__', ()))
            mutable |= set(getattr(base, '__mutable_keys__', ()))
        for key, tp in own.items():
            quals = set()
            while isinstance(tp, _Special) and tp._name in ('Required', 'NotRequired', 'ReadOnly', 'Annotated') and tp.__args__:
                quals.add(tp._name)
                tp = tp.__args__[0]
            if 'Required' in quals:
                is_required = True
            elif 'NotRequired' in quals:
                is_required = False
            else:
                is_required = total
            (required if is_required else optional).add(key)
            (optional if is_required else required).discard(key)
            (readonly if 'ReadOnly' in quals else mutable).add(key)
            (mutable if 'ReadOnly' in quals else readonly).discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__readonly_keys__ = frozenset(readonly)
        tp_dict.__mutable_keys__ = frozenset(mutable)
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


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead.

    NewType(name, tp) is considered a subtype of tp by static type checkers.
    At runtime, NewType(name, tp) returns a dummy callable that simply
    returns its argument.
    """

    __call__ = lambda self, x, /: x

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    f"`{subclass_name} = NewType({subclass_name!r}, {superclass_name})`"
                )

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    return val


def final(f):
    return f


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (usable with isinstance)."""
    if not issubclass(type(cls), _ProtocolMeta) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def no_type_check(f):
    return f


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module with strings evaluated."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints
    if globalns is None:
        if isinstance(obj, type(sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = dict(getattr(obj, '__annotations__', None) or {})
    return {name: _eval_hint(value, globalns, localns) for name, value in hints.items()}


def get_origin(tp):
    """The unsubscripted form of a generic type (list for List[int])."""
    if isinstance(tp, _Special):
        if tp._name == 'Union' and tp.__args__:
            return Union
        if tp.__args__:
            if tp._base is not None:
                return tp._base
            return getattr(tp, '_alias_of', None)
        return None
    if type(tp).__name__ == 'UnionType':
        import types
        return types.UnionType
    if type(tp).__name__ == 'GenericAlias':
        return tp.__origin__
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted generic type (a tuple)."""
    if isinstance(tp, _Special):
        args = tp.__args__
        if tp._name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return tuple(args)
    if type(tp).__name__ in ('UnionType', 'GenericAlias') or isinstance(tp, _GenericAlias):
        args = tp.__args__
        origin = getattr(tp, '__origin__', None)
        if origin is not None and getattr(origin, '__name__', '') == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return tuple(args)
    return ()


# -- More special forms and aliases ------------------------------------------

import contextlib as _contextlib
import re as _re
from abc import abstractmethod as _abstractmethod

Concatenate = _Special("Concatenate")
TypeGuard = _Special("TypeGuard")
TypeIs = _Special("TypeIs")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
ReadOnly = _Special("ReadOnly")
LiteralString = _Special("LiteralString")
ContextManager = _Special("ContextManager", base=_contextlib.AbstractContextManager)
AsyncContextManager = _Special("AsyncContextManager", base=_contextlib.AbstractAsyncContextManager)
MappingView = _Special("MappingView", base=_abc.MappingView)
ByteString = _Special("ByteString", base=_abc.ByteString)
Pattern = _Special("Pattern", base=_re.Pattern)
Match = _Special("Match", base=_re.Match)


class ForwardRef:
    """A string annotation not evaluated yet."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, type_params=None, *, recursive_guard=frozenset()):
        if not self.__forward_evaluated__ or localns is not globalns:
            self.__forward_value__ = eval(self.__forward_arg__, globalns, localns)
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


class ParamSpecArgs:
    """The type of `P.args` for a ParamSpec `P`."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs:
    """The type of `P.kwargs` for a ParamSpec `P`."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


ParamSpec.args = property(lambda self: ParamSpecArgs(self))
ParamSpec.kwargs = property(lambda self: ParamSpecKwargs(self))


def _supports(name, method):
    """A runtime-checkable protocol with one abstract method (SupportsInt...)."""
    def member(self):
        pass
    member.__name__ = method
    ns = {'__slots__': (), method: _abstractmethod(member), '__module__': 'typing'}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


class IO(Generic):
    """Generic base of file-like types (TextIO, BinaryIO): a type for
    annotations, with the methods of a file."""

    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass

    @_abstractmethod
    def close(self):
        pass

    @property
    def closed(self):
        pass

    @_abstractmethod
    def fileno(self):
        pass

    @_abstractmethod
    def flush(self):
        pass

    @_abstractmethod
    def isatty(self):
        pass

    @_abstractmethod
    def read(self, n=-1):
        pass

    @_abstractmethod
    def readable(self):
        pass

    @_abstractmethod
    def readline(self, limit=-1):
        pass

    @_abstractmethod
    def readlines(self, hint=-1):
        pass

    @_abstractmethod
    def seek(self, offset, whence=0):
        pass

    @_abstractmethod
    def seekable(self):
        pass

    @_abstractmethod
    def tell(self):
        pass

    @_abstractmethod
    def truncate(self, size=None):
        pass

    @_abstractmethod
    def writable(self):
        pass

    @_abstractmethod
    def write(self, s):
        pass

    @_abstractmethod
    def writelines(self, lines):
        pass

    @_abstractmethod
    def __enter__(self):
        pass

    @_abstractmethod
    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @_abstractmethod
    def write(self, s):
        pass

    @_abstractmethod
    def __enter__(self):
        pass


class TextIO(IO):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    def buffer(self):
        pass

    @property
    def encoding(self):
        pass

    @property
    def errors(self):
        pass

    @property
    def line_buffering(self):
        pass

    @property
    def newlines(self):
        pass

    @_abstractmethod
    def __enter__(self):
        pass


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_type(val, typ, /):
    """Return val (a checker asserts its type is typ)."""
    return val


def assert_never(arg, /):
    """Raise AssertionError: code a checker proves unreachable was reached."""
    value = repr(arg)
    if len(value) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        value = value[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr and return it."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Register an overload signature of func; calling it raises."""
    f = getattr(func, "__func__", func)
    try:
        _overload_registry.setdefault(f.__module__, {}).setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The overloads registered for func, in definition order."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as building dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def no_type_check_decorator(decorator):
    """Deprecated: return the decorator unchanged."""
    return decorator


def override(method, /):
    """Mark a method as overriding one of a base class (sets __override__)."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def is_protocol(tp, /):
    """Whether tp is a Protocol class (not Protocol itself)."""
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp, /):
    """The members a Protocol class declares (a frozenset)."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)
