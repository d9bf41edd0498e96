"""unittest.mock: Mock/MagicMock calls and assertions with CPython messages, side effects, call objects, magic methods, spec, patch/patch.object/patch.dict/start-stop, PropertyMock, mock_open."""
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, DEFAULT, PropertyMock, mock_open, NonCallableMock
from unittest import mock
import os, json
m = Mock()
m.method(1, 2, key='v')
m.method(3)
m.other.nested('x')
m(5)
print(m.method.call_count, m.method.call_args, m.method.call_args_list, m.called)
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args.args, m.method.call_args.kwargs)
m.method.assert_called_with(3)
m.method.assert_any_call(1, 2, key='v')
for f in [lambda: m.method.assert_called_with(9), lambda: m.method.assert_called_once(), lambda: m.method.assert_not_called(), lambda: m.unknown.assert_called(), lambda: m.method.assert_called_once_with(3), lambda: Mock().assert_called_with(1)]:
    try:
        f()
    except AssertionError as e:
        print('AE:', e)
m.assert_has_calls([call.method(1, 2, key='v'), call.method(3)])
try:
    m.assert_has_calls([call.method(3), call.method(1, 2, key='v')])
except AssertionError as e:
    print('AE:', str(e).splitlines()[0])
m.assert_has_calls([call.method(3), call.method(1, 2, key='v')], any_order=True)
r = Mock(return_value=42); print(r(), r('a'))
s = Mock(side_effect=[1, 2, ValueError('boom')]); print(s(), s())
try: s()
except ValueError as e: print('VE', e)
try: s()
except StopIteration: print('exhausted')
f = Mock(side_effect=lambda x: x * 2); print(f(21))
e = Mock(side_effect=KeyError('k'))
try: e()
except KeyError as ex: print('KE', ex)
d = Mock(side_effect=lambda: DEFAULT, return_value=7); print(d())
c = Mock(); c.configure_mock(**{'method.return_value': 3, 'attr': 'x'}); print(c.method(), c.attr)
print(call(1, a=2) == call(1, a=2), call(1) == call(2), call.foo(1), call(1, b=ANY) == call(1, b=99), repr(call.a.b(2)), call.x(1).y(2).call_list())
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm[1] is mm[2])
mm.__len__.return_value = 5; mm.__getitem__.return_value = 'item'; mm.__iter__.return_value = [1, 2]
print(len(mm), mm['k'], list(mm))
with mm as ctx: print(ctx is mm.__enter__.return_value)
mm.__getitem__.assert_called_with('k')
print(sentinel.thing is sentinel.thing, sentinel.thing, ANY == 5, repr(ANY))
spec_m = Mock(spec=['a', 'b'])
print(spec_m.a is spec_m.a)
try: spec_m.c
except AttributeError as e: print('AttrE', e)
try: m.assret_called()
except AttributeError as e: print('AttrE', e)
class Thing:
    def compute(self): return 1
    @property
    def prop(self): return 'real'
with patch.object(Thing, 'compute', return_value=99) as pm:
    print(Thing().compute(), pm.call_count)
print(Thing().compute())
with patch('os.getcwd', return_value='/fake'):
    print(os.getcwd())
print(os.getcwd() != '/fake')
@patch('json.dumps')
def uses(mock_dumps):
    mock_dumps.return_value = 'patched'
    return json.dumps({})
print(uses(), json.dumps({}))
@patch.object(Thing, 'compute')
@patch('os.getpid', return_value=1)
def two(mock_pid, mock_compute):
    mock_compute.return_value = 'c'
    return os.getpid(), Thing().compute()
print(two())
env = {'A': '1'}
with patch.dict(env, {'B': '2'}, clear=True):
    print(env)
print(env)
p = patch('os.getppid', return_value=-1); started = p.start(); print(os.getppid()); p.stop(); print(os.getppid() != -1)
with patch.object(Thing, 'prop', new_callable=PropertyMock) as prop:
    prop.return_value = 'mocked'
    print(Thing().prop, prop.call_count)
print(Thing().prop)
mo = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', mo):
    with open('any.txt') as fh:
        print(fh.read())
    with open('any.txt') as fh:
        print(fh.readline(), list(fh))
mo.assert_called_with('any.txt')
w = mock_open()
with patch('builtins.open', w):
    with open('out', 'w') as fh:
        fh.write('data')
w().write.assert_called_once_with('data')
m2 = Mock(); m2(1); m2.reset_mock(); print(m2.called, m2.call_args_list)
nc = NonCallableMock()
try: nc()
except TypeError as e: print('TypeError')
m3 = Mock(name='foo'); print(m3.bar._extract_mock_name() if hasattr(m3.bar, '_extract_mock_name') else '', repr(m3).startswith("<Mock name='foo' id="))
try:
    patch('os.no_such_attr').start()
except AttributeError as e:
    print('AttrE', str(e).split(' does')[1])
w2 = Mock(wraps=lambda x: x + 1); print(w2(1), w2.call_count)
