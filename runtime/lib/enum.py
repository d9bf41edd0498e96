"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

IntEnum and StrEnum members are not int or str instances here (weft cannot
subclass int or str yet); they compare, hash and format like their values.
"""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'auto', 'unique']

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or key.startswith('_'):
                continue
            if _is_descriptor(value) or isinstance(value, (staticmethod, classmethod)):
                continue
            member_names.append(key)
        members = {k: classdict[k] for k in member_names}
        for k in member_names:
            del classdict[k]
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        last_values = []
        gen = getattr(enum_class, '_generate_next_value_', None)
        for name in member_names:
            value = members[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            if name in enum_class._member_map_:
                raise TypeError('%r already defined as %r' % (name, enum_class._member_map_[name]))
            if value in enum_class._value2member_map_:
                # An alias for an existing member.
                enum_class._member_map_[name] = enum_class._value2member_map_[value]
                type.__setattr__(enum_class, name, enum_class._value2member_map_[value])
                continue
            member = object.__new__(enum_class)
            object.__setattr__(member, '_name_', name)
            object.__setattr__(member, '_value_', value)
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            enum_class._value2member_map_[value] = member
            type.__setattr__(enum_class, name, member)
            last_values.append(value)
        return enum_class

    def __call__(cls, value, *args, **kw):
        if args or kw:
            raise TypeError("functional Enum API is not supported yet")
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return value in cls._value2member_map_

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set attribute %r of enum member" % name)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class _ValueLike(Enum):
    def __eq__(self, other):
        if isinstance(other, Enum):
            return self is other
        return self._value_ == other

    def __hash__(self):
        return hash(self._value_)

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, Enum) else other)

    def __le__(self, other):
        return self._value_ <= (other._value_ if isinstance(other, Enum) else other)

    def __gt__(self, other):
        return self._value_ > (other._value_ if isinstance(other, Enum) else other)

    def __ge__(self, other):
        return self._value_ >= (other._value_ if isinstance(other, Enum) else other)


class IntEnum(_ValueLike):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __add__(self, o):
        return self._value_ + o

    def __radd__(self, o):
        return o + self._value_

    def __sub__(self, o):
        return self._value_ - o

    def __mul__(self, o):
        return self._value_ * o


class StrEnum(_ValueLike):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return 1
        return 2 ** (max(last_values).bit_length())

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        pseudo = object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        object.__setattr__(pseudo, '_name_', '|'.join(names) if names else None)
        object.__setattr__(pseudo, '_value_', value)
        return pseudo

    def __or__(self, other):
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        return self.__class__(self._value_ ^ other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __eq__(self, other):
        return isinstance(other, self.__class__) and self._value_ == other._value_

    def __hash__(self):
        return hash(self._value_)

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ and m._value_ & self._value_ == m._value_)


class IntFlag(Flag):
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_


def unique(enumeration):
    seen = {}
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            raise ValueError('duplicate values found in %r: %s -> %s' % (enumeration, name, member._name_))
    return enumeration
