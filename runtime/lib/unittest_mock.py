"""unittest.mock: mock objects that record how they are used, and patch()
to put them in place for a test.

Mock and MagicMock (with configurable magic methods), NonCallableMock,
NonCallableMagicMock, PropertyMock, AsyncMock, call, ANY, DEFAULT,
sentinel, patch (decorator, context manager, start/stop), patch.object,
patch.dict, patch.multiple, mock_open, seal. Assertion messages are
CPython's. Not provided: create_autospec and autospec=True (they raise
NotImplementedError)."""

import asyncio as _asyncio
import builtins
import functools
import inspect
import sys

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec',
           'AsyncMock', 'FILTER_DIR', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
           'PropertyMock', 'seal')

FILTER_DIR = True


class _Sentinel:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _SentinelObject:
    """Unique named objects: sentinel.foo is sentinel.foo."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _Sentinel(name))


sentinel = _SentinelObject()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# -- call objects ------------------------------------------------------------

def _format_call(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """A recorded call: (name, args, kwargs). `call(1, x=2)`, `call.method()`."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            (v,) = value
            if isinstance(v, str):
                name = v
            elif isinstance(v, tuple):
                args = v
            else:
                kwargs = v
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if len_other == 0:
            other_args, other_kwargs = (), {}
            other_name = ''
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            (value,) = other
            if isinstance(value, tuple):
                other_args, other_kwargs, other_name = value, {}, ''
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs, other_name = (), value, ''
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_name, other_args, other_kwargs = '', first, second
        else:
            return False
        if self_name and other_name and self_name != other_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ('count', 'index'):
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call(name, args, kwargs)

    def call_list(self):
        """The list of calls a chained call like call.a(1).b(2) stands for."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        for i in range(0, len(self) - len_value + 1):
            if self[i:i + len_value] == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


# -- mocks ---------------------------------------------------------------------

_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False, '__complex__': 1j,
    '__float__': 1.0, '__bool__': True, '__index__': 1, '__aexit__': False,
}

_MAGICS = set('__%s__' % n for n in (
    'lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof enter exit divmod '
    'rdivmod neg pos abs invert complex int float index round trunc floor ceil bool next fspath '
    'aiter add sub mul matmul truediv floordiv mod lshift rshift and xor or pow radd rsub rmul rmatmul '
    'rtruediv rfloordiv rmod rlshift rrshift rand rxor ror rpow iadd isub imul imatmul itruediv '
    'ifloordiv imod ilshift irshift iand ixor ior ipow missing reversed aenter aexit anext '
    'format get set delete reduce reduce_ex getinitargs getnewargs getstate setstate getformat '
    'class_getitem dir subclasses').split())
# Magic methods MagicMock configures by default (the rest of _MAGICS are
# supported when set explicitly).
_NON_DEFAULT_MAGICS = {'__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
                       '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__', '__setstate__',
                       '__getformat__', '__class_getitem__', '__dir__', '__subclasses__', '__format__'}
_DEFAULT_MAGICS = _MAGICS - _NON_DEFAULT_MAGICS


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


class NonCallableMock:
    """A mock object that records attribute access; not callable."""

    def __new__(cls, *args, **kw):
        # Each instance gets its own class so that magic methods can be
        # configured per instance.
        new = type(cls.__name__, (cls,), {'__doc__': cls.__doc__, '__module__': cls.__module__})
        new.__qualname__ = cls.__qualname__
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None, _spec_state=None,
                 _new_name='', _new_parent=None, _spec_as_instance=False, _eat_self=None,
                 unsafe=False, **kwargs):
        __dict__ = self.__dict__
        __dict__['_mock_parent'] = parent
        __dict__['_mock_name'] = name
        __dict__['_mock_new_name'] = _new_name
        __dict__['_mock_new_parent'] = _new_parent
        __dict__['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        __dict__['_spec_class'] = None
        __dict__['_spec_set'] = spec_set
        __dict__['_mock_methods'] = None
        if spec is not None:
            self._mock_add_spec(spec, spec_set)
        __dict__['_mock_children'] = {}
        __dict__['_mock_wraps'] = wraps
        __dict__['_mock_delegate'] = None
        __dict__['_mock_called'] = False
        __dict__['_mock_call_args'] = None
        __dict__['_mock_call_count'] = 0
        __dict__['_mock_call_args_list'] = _CallList()
        __dict__['_mock_mock_calls'] = _CallList()
        __dict__['method_calls'] = _CallList()
        __dict__['_mock_unsafe'] = unsafe
        __dict__['_mock_return_value'] = DEFAULT
        __dict__['_mock_side_effect'] = None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        if isinstance(spec, type):
            self.__dict__['_spec_class'] = spec
        elif not isinstance(spec, list):
            self.__dict__['_spec_class'] = type(spec)
        if not isinstance(spec, list):
            spec = dir(spec)
        self.__dict__['_mock_methods'] = spec
        self.__dict__['_spec_set'] = spec_set

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec."""
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        """Make mock a child of this one: its calls show in mock_calls."""
        mock.__dict__['_mock_parent'] = None
        mock.__dict__['_mock_new_parent'] = None
        mock.__dict__['_mock_name'] = ''
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = property(lambda self: self._mock_called, lambda self, v: self.__dict__.__setitem__('_mock_called', v))
    call_count = property(lambda self: self._mock_call_count, lambda self, v: self.__dict__.__setitem__('_mock_call_count', v))
    call_args = property(lambda self: self._mock_call_args, lambda self, v: self.__dict__.__setitem__('_mock_call_args', v))
    call_args_list = property(lambda self: self._mock_call_args_list, lambda self, v: self.__dict__.__setitem__('_mock_call_args_list', v))
    mock_calls = property(lambda self: self._mock_mock_calls, lambda self, v: self.__dict__.__setitem__('_mock_mock_calls', v))

    @property
    def return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    @return_value.setter
    def return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and value._mock_parent is None and value._mock_new_parent is None \
                and not _is_ancestor(value, self):
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = _SideEffectIterator(iter(value))
            except TypeError:
                pass
        self.__dict__['_mock_side_effect'] = value

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every recorded call (also in child mocks)."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.__dict__['method_calls'] = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Set attributes, including dotted ones on child mocks
        (`method.return_value=3`)."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_spec_class', '_mock_children', '_mock_sealed'}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _ALL_MAGICS:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')) or name in _ATTRIB_DENY_LIST:
                raise AttributeError(f"{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is meant to be an attribute.")
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            if self._mock_sealed:
                raise AttributeError(self._extract_mock_name() + '.' + name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        _name_list = [self._mock_new_name]
        _parent = self._mock_new_parent
        last = self
        dot = '.'
        if _name_list == ['()']:
            dot = ''
        while _parent is not None:
            last = _parent
            _name_list.append(_parent._mock_new_name + dot)
            dot = '.'
            if _parent._mock_new_name == '()':
                dot = ''
            _parent = _parent._mock_new_parent
        _name_list = list(reversed(_name_list))
        _first = last._mock_name or 'mock'
        if len(_name_list) > 1:
            if _name_list[1] not in ('()', '().'):
                _first += '.'
        _name_list[0] = _first
        return ''.join(_name_list)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec_set=%r' if self._spec_set else ' spec=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child_mocks = [m_name for m_name, m_value in self._mock_children.items() if m_value is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child_mocks))

    def __setattr__(self, name, value):
        if name in _ALLOWED_NAMES:
            return object.__setattr__(self, name, value)
        if self._spec_set and self._mock_methods is not None and name not in self._mock_methods and name not in self.__dict__:
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _UNSUPPORTED_MAGICS:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _ALL_MAGICS:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not isinstance(value, NonCallableMock):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '__class__':
            self.__dict__['_spec_class'] = value
            return
        elif self._mock_sealed and not hasattr(self, name):
            raise AttributeError(f'Cannot set {self._extract_mock_name()}.{name}')
        else:
            if isinstance(value, NonCallableMock) and _check_and_set_parent(self, value, name, name):
                self._mock_children[name] = value
                return
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _ALL_MAGICS and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return f"\nCalls: {self.mock_calls!r}."

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % (self._mock_name or 'mock')
            raise AssertionError(msg)

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\n  Actual: %s' % (expected, actual))
            raise AssertionError(error_message)
        expected = _Call((args, kwargs), two=True)
        actual = self.call_args
        if actual != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls contains calls (in order unless any_order)."""
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(f'Calls not found.\nExpected: {_CallList(calls)}\n  Actual: {self.mock_calls}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        if expected not in [_Call(c, two=True) for c in self.call_args_list]:
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)

    def _get_child_mock(self, **kw):
        klass = type(self).__mro__[1]
        if issubclass(klass, AsyncMock) and kw.get('_new_name') != '()':
            klass = MagicMock
        elif issubclass(klass, NonCallableMagicMock):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            klass = Mock
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        return klass(**kw)


_ATTRIB_DENY_LIST = frozenset({name.removeprefix('assert_') for name in dir(NonCallableMock) if name.startswith('assert_')}) | frozenset({'called_once', 'called_with', 'called_once_with', 'has_calls', 'any_call', 'not_called'})
_ALLOWED_NAMES = {'return_value', '_mock_return_value', 'side_effect', '_mock_side_effect', '_mock_parent',
                  '_mock_new_parent', '_mock_name', '_mock_new_name', 'called', 'call_count', 'call_args',
                  'call_args_list', 'mock_calls', 'method_calls'}
_ALL_MAGICS = _MAGICS | {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                         '__instancecheck__', '__subclasscheck__', '__del__'}
_UNSUPPORTED_MAGICS = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                       '__instancecheck__', '__subclasscheck__', '__del__'}


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


class _SideEffectIterator:
    """Gives the next value of an iterable side_effect on each call."""

    def __init__(self, it):
        self._it = it

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _is_ancestor(value, mock):
    """Whether value is mock or one of its parents (no parent loops)."""
    while mock is not None:
        if mock is value:
            return True
        mock = mock._mock_new_parent
    return False


def _check_and_set_parent(parent, value, name, new_name):
    if not isinstance(value, NonCallableMock):
        return False
    if value._mock_name or value._mock_new_name or value._mock_parent is not None or value._mock_new_parent is not None:
        return False
    if _is_ancestor(value, parent):
        return False
    value.__dict__['_mock_parent'] = parent
    value.__dict__['_mock_new_parent'] = parent
    value.__dict__['_mock_name'] = name
    value.__dict__['_mock_new_name'] = new_name
    return True


def _get_method(name, func):
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


class CallableMixin:
    """Makes a mock callable: records the call, then answers it from
    side_effect, wraps or return_value."""

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        _call = _Call((args, kwargs), two=True)
        self.call_args = _call
        self.call_args_list.append(_call)
        # Record the call on every ancestor, with the path from it.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        _new_parent = self._mock_new_parent
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + '.' + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            _new_parent.mock_calls.append(this_mock_call)
            if _new_parent._mock_new_name:
                if is_a_call:
                    dot = ''
                else:
                    dot = '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name
            _new_parent = _new_parent._mock_new_parent

    def _mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect) or isinstance(effect, _SideEffectIterator):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes and return values are mocks created on
    first use; every call is recorded."""


class MagicMixin:
    """Configures the supported magic methods with mocks of their own."""

    def _mock_set_magics(self):
        these_magics = _DEFAULT_MAGICS
        if self._mock_methods is not None:
            these_magics = _DEFAULT_MAGICS & set(self._mock_methods)
        for entry in these_magics:
            if entry in type(self).__dict__:
                continue
            setattr(type(self), entry, _MagicProxy(entry, self))


class _MagicProxy:
    """A magic method attribute that creates its mock on first access."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


def _set_return_value(mock, method, name):
    if name in _MAGIC_DEFAULTS:
        method.return_value = _MAGIC_DEFAULTS[name]
        return
    if name == '__hash__':
        method.side_effect = lambda: object.__hash__(mock)
    elif name == '__str__':
        method.side_effect = lambda: object.__str__(mock)
    elif name == '__sizeof__':
        method.side_effect = lambda: object.__sizeof__(mock)
    elif name == '__eq__':
        def __eq__(other):
            ret_val = method._mock_return_value
            if ret_val is not DEFAULT:
                return ret_val
            return mock is other
        method.side_effect = __eq__
    elif name == '__ne__':
        def __ne__(other):
            if method._mock_return_value is not DEFAULT:
                return DEFAULT
            return mock is not other
        method.side_effect = __ne__
    elif name == '__iter__':
        def __iter__():
            ret_val = method._mock_return_value
            if ret_val is DEFAULT:
                return iter([])
            return iter(ret_val)
        method.side_effect = __iter__
    elif name == '__enter__':
        pass


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def __init__(self, /, *args, **kw):
        NonCallableMock.__init__(self, *args, **kw)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (len() is 0, iteration is
    empty, it works as a context manager, ...)."""

    def __init__(self, /, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting calls it with no
    arguments, setting calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMock(MagicMixin, Mock):
    """A mock whose calls return awaitables; records awaits."""

    def __init__(self, /, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        self._mock_set_magics()
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()

    await_count = property(lambda self: self._mock_await_count)
    await_args = property(lambda self: self._mock_await_args)
    await_args_list = property(lambda self: self._mock_await_args_list)

    def __call__(self, /, *args, **kwargs):
        self._increment_mock_call(*args, **kwargs)

        async def proxy():
            self.__dict__['_mock_await_count'] += 1
            self.__dict__['_mock_await_args'] = _Call((args, kwargs), two=True)
            self._mock_await_args_list.append(self._mock_await_args)
            effect = self.side_effect
            if effect is not None:
                if _is_exception(effect):
                    raise effect
                if not callable(effect) or isinstance(effect, _SideEffectIterator):
                    try:
                        result = next(effect)
                    except StopIteration:
                        raise StopAsyncIteration
                    if _is_exception(result):
                        raise result
                else:
                    result = effect(*args, **kwargs)
                    if inspect.isawaitable(result):
                        result = await result
                if result is not DEFAULT:
                    return result
            if self._mock_return_value is not DEFAULT:
                return self.return_value
            if self._mock_wraps is not None:
                result = self._mock_wraps(*args, **kwargs)
                if inspect.isawaitable(result):
                    result = await result
                return result
            return self.return_value
        return proxy()

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited.")

    def assert_awaited_once(self):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once. Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError(f'Expected await: {expected}\nNot awaited')
        if self.await_args != _Call((args, kwargs), two=True):
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action='await').replace(
                self._format_mock_call_signature(*self.call_args), self._format_mock_call_signature(*self.await_args)))

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if not self.await_count == 1:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to have been awaited once. Awaited {self.await_count} times.")
        return self.assert_awaited_with(*args, **kwargs)

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._mock_name or 'mock'} to not have been awaited. Awaited {self.await_count} times.")

    def _get_child_mock(self, /, **kw):
        if kw.get('_new_name') == '()':
            return MagicMock(**kw)
        return AsyncMock(**kw)


def seal(mock):
    """Forbid creating new attributes on mock and its children."""
    mock.__dict__['_mock_sealed'] = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if isinstance(m, NonCallableMock) and m._mock_new_parent is mock:
            seal(m)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False, **kwargs):
    raise NotImplementedError("unittest.mock.create_autospec is not provided by weft")


# -- patching ----------------------------------------------------------------

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        try:
            thing = getattr(thing, comp)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, comp)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


def _enter_patchings(patchings, entered, args, keywargs):
    """Activate a decorated function's patches (recording each in
    entered); the call's arguments with the new mocks added."""
    extra_args = []
    for patching in patchings:
        arg = patching.__enter__()
        entered.append(patching)
        if patching.attribute_name is not None:
            keywargs.update(arg)
        elif patching.new is DEFAULT:
            extra_args.append(arg)
    return args + tuple(extra_args), keywargs


class _patch:
    """One patch: replaces getter().attribute with new while active."""

    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
        if autospec is not None:
            raise NotImplementedError("patch(autospec=...) is not provided by weft")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.kwargs = kwargs
        self.additional_patchers = []
        self.attribute_name = None

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                         None, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, "__call__"):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            entered = []
            try:
                args, keywargs = _enter_patchings(patched.patchings, entered, args, keywargs)
                return func(*args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(*sys.exc_info())

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            entered = []
            try:
                args, keywargs = _enter_patchings(patched.patchings, entered, args, keywargs)
                return await func(*args, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(*sys.exc_info())

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        """Put the replacement in place; returns it."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        new_callable = self.new_callable
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
                spec = None
            klass = MagicMock if new_callable is None else new_callable
            if spec is not None or spec_set is not None:
                this_spec = spec if spec is not None else spec_set
                if new_callable is None and not callable(this_spec) and not isinstance(this_spec, list):
                    klass = NonCallableMagicMock
            _kwargs = {}
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            if new_callable is None and issubclass(klass, NonCallableMock) and inspect.iscoroutinefunction(original):
                klass = AsyncMock
            _kwargs.update(self.kwargs)
            new = klass(**_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = []
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                self._exit_stack.append(patching)
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or self.attribute in ('__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')):
                # The attribute lived on a class up the MRO (or is one of the
                # function attributes deletion resets): put it back.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self._exit_stack):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        """Activate the patch; returns the replacement."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch made with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                  new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None, new_callable=None,
          *, unsafe=False, **kwargs):
    """Replace the object at target ('package.module.name') with new (a
    MagicMock by default) inside a decorated function, a with block, or
    between start() and stop()."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


class _patch_dict:
    """Set entries of a dictionary while active, then restore it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                attr_value = getattr(f, attr)
                if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, "__call__"):
                    decorator = _patch_dict(self.in_dict, self.values, self.clear)
                    setattr(f, attr, decorator(attr_value))
            return f

        if inspect.iscoroutinefunction(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    """Stop every patch started with start()."""
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


def mock_open(mock=None, read_data=''):
    """A mock for open(): read(), readline(), readlines() and iteration
    give read_data; writes are recorded on the handle."""
    _read_data = [read_data]

    def _lines(data):
        sep = b'\n' if isinstance(data, bytes) else '\n'
        lines = data.split(sep)
        out = [l + sep for l in lines[:-1]]
        if lines[-1]:
            out.append(lines[-1])
        return out

    state = {'lines': iter(_lines(read_data))}

    def _read_side_effect(*args, **kwargs):
        rest = list(state['lines'])
        data = (b'' if isinstance(_read_data[0], bytes) else '').join(rest)
        if args and args[0] is not None and args[0] >= 0:
            n = args[0]
            state['lines'] = iter(_lines(data[n:]))
            return data[:n]
        state['lines'] = iter([])
        return data

    def _readline_side_effect(*args, **kwargs):
        for line in state['lines']:
            return line
        return type(_read_data[0])()

    def _readlines_side_effect(*args, **kwargs):
        return list(state['lines'])

    def _iter_side_effect():
        for line in state['lines']:
            yield line

    def _next_side_effect():
        return next(state['lines'])

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=['read', 'readline', 'readlines', 'write', 'writelines', 'close', 'flush',
                             '__enter__', '__exit__', '__iter__', '__next__', 'seek', 'tell', 'readable',
                             'writable', 'closed', 'name', 'mode', 'fileno'])
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = _read_side_effect
    handle.readline.side_effect = _readline_side_effect
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state['lines'] = iter(_lines(_read_data[0]))
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock
