"""Data classes: @dataclass generates __init__, __repr__, __eq__ (and
ordering, hashing, frozen instances) from the class's annotations."""

__all__ = ['dataclass', 'field', 'Field', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass', 'FrozenInstanceError', 'InitVar', 'MISSING', 'KW_ONLY']


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


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
        import types
        self.metadata = types.MappingProxyType(dict(metadata)) if metadata else types.MappingProxyType({})
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_of(cls, kw_only_default):
    flds = {}
    for b in reversed(cls.__mro__[1:]):
        for f in getattr(b, '__dataclass_fields__', {}).values():
            if f._field_type is not _FIELD_CLASSVAR:
                flds[f.name] = f
    ann = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, tp in ann.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp.endswith('KW_ONLY')):
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default=default)
        f.name = name
        f.type = tp
        if isinstance(tp, str) and (tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')) or repr(tp).startswith('typing.ClassVar'):
            f._field_type = _FIELD_CLASSVAR
        elif isinstance(tp, InitVar) or tp is InitVar or isinstance(tp, str) and tp.startswith(('InitVar', 'dataclasses.InitVar')):
            f._field_type = _FIELD_INITVAR
        else:
            f._field_type = _FIELD
        if f._field_type is not _FIELD and f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        if f.kw_only is MISSING:
            f.kw_only = kw_only if f._field_type is not _FIELD_CLASSVAR else False
        if f._field_type is _FIELD and f.default is not MISSING and type(f.default).__hash__ is None:
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


def _init_param(f):
    """One parameter of the generated __init__, as CPython writes it."""
    if f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    elif f.default_factory is not MISSING:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    else:
        default = ''
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _make_init(cls, flds, pos, kwo, frozen):
    """The generated __init__: real source compiled in the class's module,
    so its signature, argument errors and attribute assignment (through
    __setattr__ and descriptors unless frozen) are CPython's."""
    import sys
    self_name = '__dataclass_self__' if 'self' in flds else 'self'
    local = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
             '__dataclass_builtins_object__': object, '__dataclass_return_type__': None}
    for f in flds.values():
        local[f'__dataclass_type_{f.name}__'] = f.type
        if f.default is not MISSING:
            local[f'__dataclass_dflt_{f.name}__'] = f.default
        elif f.default_factory is not MISSING:
            local[f'__dataclass_dflt_{f.name}__'] = f.default_factory
    body = []
    for f in flds.values():
        if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
            continue
        if f.init:
            if f.default_factory is not MISSING:
                value = (f'__dataclass_dflt_{f.name}__() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                         f'else {f.name}')
            else:
                value = f.name
        elif f.default_factory is not MISSING:
            value = f'__dataclass_dflt_{f.name}__()'
        else:
            # A default without init stays the class attribute.
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if hasattr(cls, '__post_init__'):
        initvars = ','.join(f.name for f in flds.values() if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({initvars})')
    params = [self_name] + [_init_param(f) for f in pos]
    if kwo:
        params += ['*'] + [_init_param(f) for f in kwo]
    inner = f"  def __init__({','.join(params)}) -> __dataclass_return_type__:\n"
    inner += ''.join(f'    {line}\n' for line in body or ['pass'])
    src = f"def __create_fn__({', '.join(local)}):\n{inner}  return __init__"
    module = sys.modules.get(cls.__module__)
    globs = module.__dict__ if module is not None else {}
    ns = {}
    exec(src, globs, ns)
    fn = ns['__create_fn__'](**local)
    fn.__qualname__ = f'{cls.__qualname__}.__init__'
    return fn


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        flds = _fields_of(cls, kw_only)
        cls.__dataclass_fields__ = flds
        cls.__dataclass_params__ = {'init': init, 'repr': repr, 'eq': eq, 'order': order, 'frozen': frozen}
        init_fields = [f for f in flds.values() if f.init and f._field_type is not _FIELD_CLASSVAR]
        initvars = [f for f in flds.values() if f._field_type is _FIELD_INITVAR]
        all_fields = [f for f in flds.values() if f._field_type is _FIELD]
        pos = [f for f in init_fields if not f.kw_only]
        kwo = [f for f in init_fields if f.kw_only]
        seen_default = None
        for f in pos:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if seen_default is not None and not has_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument {seen_default.name!r}")
            if has_default:
                seen_default = f

        if init and '__init__' not in cls.__dict__:
            cls.__init__ = _make_init(cls, flds, pos, kwo, frozen)

        if repr and '__repr__' not in cls.__dict__:
            running = set()

            def __repr__(self):
                key = id(self)
                if key in running:
                    return '...'
                running.add(key)
                try:
                    return f"{type(self).__qualname__}(" + ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in all_fields if f.repr) + ")"
                finally:
                    running.discard(key)
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

        if match_args and '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in pos)
        if getattr(cls, '__doc__', None) is None:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(_param_text(f) for f in init_fields) + ')'
        for f in all_fields:
            if f.init is False and f.default is MISSING and f.default_factory is MISSING and isinstance(cls.__dict__.get(f.name), Field):
                pass
        cls.__replace__ = _replace
        if slots:
            cls = _add_slots(cls, [f.name for f in all_fields])
        return cls

    if cls is None:
        return wrap
    return wrap(cls)


def _type_text(tp):
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    return repr(tp)


def _param_text(f):
    text = f'{f.name}: {_type_text(f.type)}'
    if f.default is not MISSING:
        text += f' = {f.default!r}'
    elif f.default_factory is not MISSING:
        text += ' = <factory>'
    return text


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (not ClassVar or InitVar pseudo-fields)."""
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a new tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False, module=None):
    """A new dataclass named `cls_name` with the given fields."""
    namespace = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    if module is None:
        import sys
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)


def _replace(self, /, **changes):
    return replace(self, **changes)


def replace(obj, /, **changes):
    """A new object like `obj` with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            if f._field_type is _FIELD:
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
