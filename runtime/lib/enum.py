"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto,
unique, member, nonmember, with CPython 3.14's behaviour.

Members of enums with a data type (`class Color(int, Enum)`, IntEnum,
StrEnum) are real instances of that type, created with its `__new__`.
"""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'member', 'nonmember', 'property', 'global_enum',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP']

_auto_null = object()
_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value for the member."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an object to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an object from becoming a member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


class FlagBoundary:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self._name.upper(), self._name)


STRICT = FlagBoundary('strict')
CONFORM = FlagBoundary('conform')
EJECT = FlagBoundary('eject')
KEEP = FlagBoundary('keep')


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _find_data_type(bases):
    """The type members are instances of (int for IntEnum), or object."""
    data_types = []
    for chain in bases:
        candidate = None
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    data_types.append(base._member_type_)
                    break
            elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                data_types.append(candidate or base)
                break
            else:
                candidate = candidate or base
    data_types = list(dict.fromkeys(data_types))
    if len(data_types) > 1:
        raise TypeError('too many data types for enum: %r' % (data_types,))
    return data_types[0] if data_types else object


def _find_new(classdict, member_type, first_enum):
    """The __new__ that creates members, and whether it takes the value."""
    new = classdict.get('__new__')
    if isinstance(new, staticmethod):
        new = new.__func__
    if new is None:
        skip = (None, object.__new__, _enum_new_func)
        for method in ('__new_member__', '__new__'):
            for possible in (member_type, first_enum):
                target = getattr(possible, method, None)
                if not any(target is s for s in skip):
                    new = target
                    break
            if new is not None:
                break
        else:
            new = object.__new__
    return new, new is not object.__new__


_enum_new = None
_enum_new_func = None


class _EnumDict(dict):
    """The class namespace: tracks member names in definition order."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                self._ignore = list(value)
            elif key == '_generate_next_value_':
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
                else:
                    self._generate_next_value = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member):
            value = value.value
            self._add_member(key, value)
            value = self._last_values[-1]
        elif _is_descriptor(value) or isinstance(value, type):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            self._add_member(key, value)
            value = self._last_values[-1]
        super().__setitem__(key, value)

    def _add_member(self, key, value):
        if isinstance(value, auto):
            if value.value is _auto_null:
                gen = self._generate_next_value or Enum._generate_next_value_
                value.value = gen(key, 1, len(self._member_names), self._last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            parts = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _auto_null:
                        gen = self._generate_next_value or Enum._generate_next_value_
                        v.value = gen(key, 1, len(self._member_names), self._last_values[:])
                    v = v.value
                parts.append(v)
            value = tuple(parts)
        self._member_names[key] = None
        self._last_values.append(value)


class EnumType(type):
    """Metaclass of Enum: turns class attributes into members."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        d._cls_name = cls
        for base in bases:
            gen = getattr(base, '_generate_next_value_', None)
            if gen is not None:
                d._generate_next_value = gen
                break
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _EnumDict):
            ed = _EnumDict()
            ed._cls_name = cls
            for k, v in classdict.items():
                ed[k] = v
            classdict = ed
        member_names = list(classdict._member_names)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        members = {k: classdict[k] for k in member_names}
        plain = dict(classdict)
        for k in member_names:
            del plain[k]
        for k in classdict._ignore:
            plain.pop(k, None)
        plain.pop('_ignore_', None)
        member_type = _find_data_type(bases)
        first_enum = None
        for base in reversed(bases):
            if isinstance(base, EnumType):
                first_enum = base
                break
        new, use_args = _find_new(classdict, member_type, first_enum)
        if _enum_new is not None and '__new__' in plain:
            # Saved for subclasses; the class's __new__ becomes Enum's
            # value lookup below.
            plain['__new_member__'] = plain.pop('__new__')
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        if boundary is not None:
            type.__setattr__(enum_class, '_boundary_', boundary)
        if _enum_new is not None:
            type.__setattr__(enum_class, '__new__', _enum_new)
            # Methods the data type would otherwise provide come from Enum.
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict or first_enum is None:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name, None) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, first_enum.__dict__.get(name, getattr(first_enum, name)))
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args:
                enum_member = new(enum_class)
            else:
                enum_member = new(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        raise TypeError('_value_ not set in __new__, unable to create it') from None
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member.__init__(*args)
            enum_member._sort_order_ = len(enum_class._member_names_)
            # Aliases share the canonical member.
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for v, m in enum_class._unhashable_values_:
                    if v == value:
                        canonical = m
                        break
            if canonical is not None:
                enum_class._member_map_[name] = canonical
                type.__setattr__(enum_class, name, canonical)
                continue
            if not is_flag or (isinstance(value, int) and value > 0 and value & (value - 1) == 0):
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_[value] = enum_member
            except TypeError:
                enum_class._unhashable_values_.append((value, enum_member))
            type.__setattr__(enum_class, name, enum_member)
        if is_flag:
            flag_mask = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    flag_mask |= m._value_
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=_auto_null, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is _auto_null:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        elif names is None:
            names = ()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_ or any(v == value for v, _ in cls._unhashable_values_)
        except TypeError:
            return False

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = set(['__class__', '__doc__', '__members__', '__module__'])
        names.update(cls._member_names_)
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None


ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for v, m in cls._unhashable_values_:
                if v == value:
                    return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in _all_dicts(self.__class__) else None
        if v_repr is None:
            mt = self._member_type_
            v_repr = repr if mt is object else mt.__repr__
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        names.update(k for k in self.__dict__ if not k.startswith('_'))
        for c in type(self).__mro__:
            if isinstance(c, EnumType) and c is not Enum:
                names.update(k for k in c.__dict__ if not k.startswith('_'))
        return sorted(n for n in names if n not in self._member_map_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


_enum_new = Enum.__dict__['__new__']
_enum_new_func = Enum.__new__


def _all_dicts(cls):
    names = set()
    for c in cls.__mro__:
        names.update(c.__dict__)
    return names


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    __str__ = int.__repr__

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & value == m._value_ and m._value_ & (m._value_ - 1) == 0:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = getattr(cls, '_boundary_', STRICT)
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        if unknown:
            if boundary is STRICT:
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, bin(value), bin(flag_mask)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        members = list(cls._iter_member_(value & flag_mask))
        names = [m._name_ for m in members]
        extra = value & ~flag_mask
        if names and extra:
            pseudo._name_ = '|'.join(names) + '|' + str(extra)
        elif extra:
            pseudo._name_ = None if not names else '|'.join(names)
            if extra and not names:
                pseudo._name_ = None
        elif names:
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_.setdefault(neg_value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._numeric_repr_ if self._member_type_ is object else self._member_type_.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        if self._member_type_ is not object and getattr(self.__class__, '_boundary_', None) is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    __str__ = int.__repr__

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """Class decorator: no aliases (members with the same value)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls, update_str=False):
    import sys
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def show_flag_values(value):
    """The single-bit values that make up `value`, lowest first."""
    return list(_iter_bits_lsb(value))


class EnumCheck(StrEnum):
    """The checks `verify` can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(n, m.name) for n, m in enumeration.__members__.items() if n != m.name]
                if aliases:
                    details = ', '.join('%s -> %s' % pair for pair in aliases)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                _check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
        return enumeration


def _check_continuous(enumeration, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        missing = [1 << i for i in range(_high_bit(low) + 1, _high_bit(high)) if (1 << i) not in values]
    else:
        missing = [v for v in range(low + 1, high) if v not in values]
    if missing:
        text = 'invalid %s %r: missing values %s' % (kind, enumeration.__name__, ', '.join(str(m) for m in missing))
        raise ValueError(text[:256])


def _check_named_flags(enumeration):
    canonical = [m.value for m in enumeration]
    names = []
    unnamed = 0
    for name, alias in enumeration._member_map_.items():
        if name in enumeration._member_names_ or alias.value < 0:
            continue
        missed = [bit for bit in _iter_bits_lsb(alias.value) if bit not in canonical]
        if missed:
            names.append(name)
            for bit in missed:
                unnamed |= bit
    if not names:
        return
    if len(names) == 1:
        what = 'alias %s is missing' % names[0]
    else:
        what = 'aliases %s and %s are missing' % (', '.join(names[:-1]), names[-1])
    if unnamed & (unnamed - 1) == 0:
        value = 'value 0x%x' % unnamed
    else:
        value = 'combined values of 0x%x' % unnamed
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (enumeration.__name__, what, value))


__all__ += ['EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'verify', 'show_flag_values']
