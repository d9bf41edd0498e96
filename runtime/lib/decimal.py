"""Decimal fixed and floating point arithmetic (the `decimal` module):
exact decimal values, arithmetic rounded to the context's precision with
its rounding mode, quantize, comparisons and hashing consistent with int
and float, the format mini-language, contexts (getcontext, localcontext)
and the signals as exceptions.

exp, ln, log10 and powers with non-integral exponents are correctly
rounded (half-even) as CPython's are; results outside Emin..Emax signal
Overflow, Underflow, Subnormal and Clamped as CPython's do."""

import math as _math
import sys as _sys
import threading as _threading
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
           'InvalidContext', 'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
           'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN',
           'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX',
           'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
           Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'
del _c

_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal, FloatOperation]


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join(f"<class 'decimal.{k.__name__}'>:{v}" for k, v in self.items()) + '}'


class Context:
    """The arithmetic context: precision, rounding mode, traps and flags."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        dc = DefaultContext if '_default_built' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (DivisionByZero, Overflow, InvalidOperation) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.traps = _SignalDict(traps)
        self.flags = _SignalDict(flags)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
                             ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        order = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow]
        flags = [s.__name__ for s in order if self.flags.get(s)]
        traps = [s.__name__ for s in order if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def _raise(self, condition, explanation=None):
        """Record `condition`; raise it if trapped."""
        signal = condition
        for base in (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext):
            if condition is base:
                signal = InvalidOperation
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])
        if signal is InvalidOperation:
            return _nan()
        if signal is DivisionByZero:
            return None
        return None

    def _raise_all(self, conditions):
        """Record every condition of one operation, then raise the first
        trapped one (in `conditions`' order) listing them all."""
        for c in conditions:
            self.flags[c] = True
        for c in conditions:
            if self.traps.get(c):
                raise c(list(conditions))
        return _nan() if InvalidOperation in conditions else None

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _op(name):
        def method(self, a, *args):
            a = _convert(a, True)
            return getattr(a, name)(*[_convert(x, True) for x in args], context=self)
        method.__name__ = name
        return method

    add = _op('__add__')
    subtract = _op('__sub__')
    multiply = _op('__mul__')
    divide = _op('__truediv__')
    divide_int = _op('__floordiv__')
    remainder = _op('__mod__')
    power = _op('__pow__')
    quantize = _op('quantize')
    sqrt = _op('sqrt')
    abs = _op('__abs__')
    plus = _op('__pos__')
    minus = _op('__neg__')
    compare = _op('compare')
    max = _op('max')
    min = _op('min')
    normalize = _op('normalize')
    to_integral_value = _op('to_integral_value')
    del _op

    def to_sci_string(self, a):
        return str(_convert(a, True))




def _convert(other, raise_error=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raise_error:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


_local = _threading.local()


def getcontext():
    """The current thread's context."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block with a copy of `ctx` (or of the current context)."""
    if ctx is None:
        ctx = getcontext()
    ctx_manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx_manager.new_context, key, value)
    return ctx_manager


# -- Correctly rounded exp and ln ------------------------------------------
#
# Each computes an approximation A (an int) with the value within
# (A +- err) * 10**scale, at g guard digits; _correctly_rounded raises g until
# both ends of that interval round (half-even) to the same prec digits.

def _atanh_inv(n, g):
    """atanh(1/n) * 10**g, within a few units."""
    one = 10 ** (g + 5)
    x = one // n
    n2 = n * n
    total, k = x, 1
    while x:
        x //= n2
        k += 2
        total += x // k
    return total // 10 ** 5


def _ln_fixed(c, e, g):
    """ln(c * 10**e) as (A, -g, err)."""
    one = 10 ** g
    ln2 = 2 * _atanh_inv(3, g)
    ln10 = 3 * ln2 + 2 * _atanh_inv(9, g)
    digits = len(str(c))
    k = e + digits - 1
    # m = c / 10**(digits-1) in [1, 10) at g digits.
    if digits - 1 <= g:
        m = c * 10 ** (g - digits + 1)
    else:
        m = c // 10 ** (digits - 1 - g)
    j = 0
    while m >= 3 * one // 2:
        m //= 2
        j += 1
    # atanh series on |y| (floor division of negative terms never ends).
    y = (m - one) * one // (m + one)
    negative = y < 0
    y = abs(y)
    y2 = y * y // one
    term, total, i = y, y, 1
    while term:
        term = term * y2 // one
        i += 2
        total += term // i
    if negative:
        total = -total
    result = 2 * total + j * ln2 + k * ln10
    return result, -g, 10 + 3 * (abs(j) + abs(k))


def _exp_fixed(sign, c, e, g):
    """exp(+-c * 10**e) as (A, scale, err): exp(x) = exp(r) * 10**k with
    k = floor(x / ln 10), so A stays about g digits long."""
    one = 10 ** g
    x = c * 10 ** (g + e) if g + e >= 0 else c // 10 ** (-(g + e))
    if sign:
        x = -x
    ln10 = 6 * _atanh_inv(3, g) + 2 * _atanh_inv(9, g)
    k = x // ln10
    r = x - k * ln10
    term, total, i = one, one, 0
    while term:
        i += 1
        term = term * r // (one * i)
        total += term
    return total, k - g, 30 + 10 * abs(k)


def _round_half_even(coeff, exp, prec):
    digits = len(str(coeff))
    if digits <= prec:
        return coeff, exp
    drop = digits - prec
    q, rem = divmod(coeff, 10 ** drop)
    half = 5 * 10 ** (drop - 1)
    if rem > half or (rem == half and q % 2):
        q += 1
    if len(str(q)) > prec:
        q //= 10
        drop += 1
    return q, exp + drop


def _correctly_rounded(approx, prec, rounding=None):
    """(sign, coefficient, exponent) of the value approx(g) brackets,
    rounded to prec digits (half-even unless `rounding` is given). When
    the bracket keeps straddling a rounding boundary (an exact result), the
    approximation itself is rounded once it is 100 digits past prec."""
    g = prec + 10
    while True:
        a, scale, err = approx(g)
        sign = 1 if a < 0 else 0
        lo, hi = sorted((abs(a) - err, abs(a) + err))
        if lo > 0:
            if rounding is None or rounding == ROUND_HALF_EVEN:
                rlo = _round_half_even(lo, scale, prec)
                rhi = _round_half_even(hi, scale, prec)
            else:
                rlo = _round_to_prec(sign, lo, scale, prec, rounding)
                rhi = _round_to_prec(sign, hi, scale, prec, rounding)
            if rlo == rhi:
                return (sign,) + rlo
            if g > prec + 100:
                if rounding is None or rounding == ROUND_HALF_EVEN:
                    return (sign,) + _round_half_even(abs(a), scale, prec)
                return (sign,) + _round_to_prec(sign, abs(a), scale, prec, rounding)
        g += 20


def _round_to_prec(sign, coeff, exp, prec, rounding):
    """coeff * 10**exp rounded to prec digits with `rounding`."""
    digits = len(str(coeff))
    if digits <= prec:
        return coeff, exp
    drop = digits - prec
    q, _ = _round_digits(sign, coeff, drop, rounding)
    if len(str(q)) > prec:
        q //= 10
        drop += 1
    return q, exp + drop


def _round_digits(sign, coeff, drop, rounding):
    """Drop `drop` (> 0) trailing digits of `coeff` with the rounding mode."""
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q, False
    half = div // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q, True


def _reflected(name):
    """The reflected form of binary method `name` (other <op> self)."""
    def method(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    method.__name__ = '__r' + name[2:]
    return method


class Decimal:
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = None
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            d = cls.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._special = exp
                self._int = int(''.join(map(str, digits)) or '0') if exp != 'F' else 0
                self._exp = 0
                return self
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + d
            self._int = coeff
            self._exp = exp
            return self
        if isinstance(value, str):
            s = value.strip().replace('_', '') if '_' not in value.strip()[:1] and not value.strip().endswith('_') else None
            parsed = _parse(s) if s is not None and '__' not in value else None
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            self._sign, self._int, self._exp, self._special = parsed
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = cls((sign, (0,), 0))
        result._int = n * 5 ** k
        result._exp = -k
        if cls is not Decimal:
            return cls(result)
        return result

    @classmethod
    def from_number(cls, number):
        if isinstance(number, (int, float, Decimal)):
            return cls.from_float(number) if isinstance(number, float) else cls(number)
        raise TypeError("conversion from %s to Decimal is not supported" % type(number).__name__)

    # -- helpers ------------------------------------------------------------
    def _make(self, sign, coeff, exp):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, None
        return d

    def _digits(self):
        return str(self._int)

    def _fix(self, context):
        """Round to the context's precision, then bring the exponent into
        the context's range (Overflow, Subnormal, Underflow, Clamped)."""
        if self._special:
            return self
        if not self._int:
            # Zero: only its exponent can leave the range; it is clamped.
            top = context.Etop() if context.clamp else context.Emax
            if self._exp < context.Etiny() or self._exp > top:
                context._raise(Clamped)
                return self._make(self._sign, 0, min(max(self._exp, context.Etiny()), top))
            return self
        ndigits = _ndigits(self._int)
        coeff, exp, inexact = self._int, self._exp, False
        if exp + ndigits - 1 < context.Emin and self._int:
            return self._fix_subnormal(context)
        if ndigits > context.prec:
            drop = ndigits - context.prec
            coeff, inexact = _round_digits(self._sign, self._int, drop, context.rounding)
            exp = self._exp + drop
            if _ndigits(coeff) > context.prec:
                coeff //= 10
                exp += 1
        if coeff and exp + _ndigits(coeff) - 1 > context.Emax:
            return self._overflow(context)
        if not coeff and exp > context.Etop() and context.clamp:
            exp = context.Etop()
            context.flags[Clamped] = True
        if ndigits > context.prec:
            context.flags[Rounded] = True
            if inexact:
                context.flags[Inexact] = True
                if context.traps.get(Inexact):
                    raise Inexact([Inexact])
            if context.traps.get(Rounded):
                raise Rounded([Rounded])
            return self._make(self._sign, coeff, exp)
        return self

    def _overflow(self, context):
        """The result of an operation whose value exceeds Emax."""
        for sig in (Overflow, Inexact, Rounded):
            context.flags[sig] = True
        if context.traps.get(Overflow):
            raise Overflow([Overflow])
        r = context.rounding
        to_inf = r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and not self._sign) or (r == ROUND_FLOOR and self._sign)
        if to_inf:
            return _inf(self._sign)
        return self._make(self._sign, 10 ** context.prec - 1, context.Etop())

    def _fix_subnormal(self, context):
        """Round a value below 10**Emin to the exponent Etiny at most."""
        etiny = context.Etiny()
        coeff, exp, inexact = self._int, self._exp, False
        if exp < etiny:
            drop = etiny - exp
            if drop > _ndigits(coeff) + 1:
                # Far below: only the sticky digit matters.
                coeff, drop = 1, 2
            coeff, inexact = _round_digits(self._sign, coeff, drop, context.rounding)
            exp = etiny
        # Subnormal (and Underflow when inexact) even when rounding carried
        # the value back up to 10**Emin: the exact result was below it.
        context.flags[Subnormal] = True
        if inexact:
            for sig in (Underflow, Inexact, Rounded):
                context.flags[sig] = True
            if not coeff:
                context.flags[Clamped] = True
            for sig in (Underflow, Subnormal, Inexact, Rounded):
                if context.traps.get(sig):
                    raise sig([sig])
        elif exp != self._exp:
            context.flags[Rounded] = True
        return self._make(self._sign, coeff, exp)

    def _nan_operands(self, other, context):
        """(other as a Decimal, the context to use, the NaN result when an
        operand is a NaN): the prologue of the operations that take NaNs
        first. `other` may be None for one-operand operations."""
        if other is not None:
            other = _convert(other, True)
        if context is None:
            context = getcontext()
        return other, context, self._check_nans(other, context)

    def _check_nans(self, other, context):
        """A NaN result when either operand is a NaN (a signaling one, in
        either place, signals InvalidOperation first), else None."""
        for x in (self, other):
            if x is not None and x._special == 'N':
                return context._raise(InvalidOperation) or _nan()
        for x in (self, other):
            if x is not None and x._special == 'n':
                return _nan()
        return None

    def _isinf(self):
        return self._special == 'F'

    # -- predicates ---------------------------------------------------------
    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if context is None:
            context = getcontext()
        return not self._special and self._int != 0 and self.adjusted() >= context.Emin

    def is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** (-self._exp) == 0

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._special:
            if self._special == 'F':
                return DecimalTuple(self._sign, (0,), 'F')
            return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)) if self._int else (), self._special)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** (-self._exp)
        g = _math.gcd(n, d)
        n //= g
        d //= g
        return (-n if self._sign else n), d

    # -- conversions --------------------------------------------------------
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special == 'n':
            return sign + 'NaN' + (str(self._int) if self._int else '')
        if self._special == 'N':
            return sign + 'sNaN' + (str(self._int) if self._int else '')
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * self._int * 10 ** self._exp
        return s * (self._int // 10 ** (-self._exp))

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            s = "-nan" if self._sign and self.is_nan() else ("nan" if self.is_nan() else ('-inf' if self._sign else 'inf'))
            return float(s)
        return float(str(self))

    def __bool__(self):
        return bool(self._special) or self._int != 0

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            exp = Decimal((0, (1,), -n))
            return self.quantize(exp)
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    # -- comparison ---------------------------------------------------------
    def _cmp(self, other):
        """-1, 0, 1 comparing finite or infinite values (no NaNs)."""
        if self._special == 'F' or other._special == 'F':
            a = (-1 if self._sign else 1) if self._special == 'F' else 0
            b = (-1 if other._sign else 1) if other._special == 'F' else 0
            if a or b:
                return (a > b) - (a < b)
        if not self._int and not other._int:
            return 0
        if not self._int:
            return -1 if not other._sign else 1
        if not other._int:
            return 1 if not self._sign else -1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        # Different adjusted exponents decide at once (no huge powers of ten).
        adj_a = self._exp + len(str(self._int))
        adj_b = other._exp + len(str(other._int))
        if adj_a != adj_b:
            r = 1 if adj_a > adj_b else -1
        else:
            e = min(self._exp, other._exp)
            a = self._int * 10 ** (self._exp - e)
            b = other._int * 10 ** (other._exp - e)
            r = (a > b) - (a < b)
        return -r if self._sign else r

    def _cmp_operand(self, other, equality=False):
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            if not equality and getcontext().traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, Decimal):
            return other
        if type(other).__name__ == 'Fraction' and not equality:
            return None
        return NotImplemented

    def __eq__(self, other):
        if type(other).__name__ == 'Fraction':
            if self._special:
                return False
            n, d = self.as_integer_ratio()
            return n * other.denominator == other.numerator * d
        o = self._cmp_operand(other, True)
        if o is NotImplemented or o is None:
            return NotImplemented
        if self.is_snan() or o.is_snan():
            getcontext()._raise(InvalidOperation)
            return False
        if self.is_nan() or o.is_nan():
            return False
        return self._cmp(o) == 0

    def _order(self, other, op):
        o = self._cmp_operand(other)
        if o is NotImplemented or o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return op(self._cmp(o))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = (1 << 61) - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = self._int * exp_hash % modulus
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def compare(self, other, context=None):
        other, context, nan = self._nan_operands(other, context)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def compare_signal(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            context._raise(InvalidOperation)
            return _nan()
        return Decimal(self._cmp(other))

    def _total_key(self):
        """Rank in the total order of the specification, ignoring the sign:
        finite numbers, then infinity, then quiet NaN above signaling."""
        return {None: 0, 'F': 1, 'N': 2, 'n': 3}[self._special]

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        flip = -1 if self._sign else 1
        ka, kb = self._total_key(), other._total_key()
        if ka != kb:
            return Decimal(flip if ka > kb else -flip)
        if ka >= 2:
            pa, pb = self._int or 0, other._int or 0
            if pa == pb:
                return Decimal(0)
            return Decimal(flip if pa > pb else -flip)
        if ka == 1:
            return Decimal(0)
        c = self._cmp(other)
        if c == 0 and self._exp != other._exp:
            c = 1 if self._exp > other._exp else -1
            if self._sign:
                c = -c
        return Decimal(c)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        return self.copy_abs().compare_total(other.copy_abs())

    def _minmax(self, other, context, want, magnitude):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            # A quiet NaN loses to a number; sNaN signals.
            if self._special == 'n' and not other.is_nan():
                return other._fix(context)
            if other._special == 'n' and not self.is_nan():
                return self._fix(context)
            return self._check_nans(other, context)
        a, b = (self.copy_abs(), other.copy_abs()) if magnitude else (self, other)
        c = a._cmp(b)
        if c == 0:
            c = int(self.compare_total(other))
        pick = self if c == want or c == 0 else other
        return pick._fix(context)

    def max(self, other, context=None):
        return self._minmax(other, context, 1, False)

    def min(self, other, context=None):
        return self._minmax(other, context, -1, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, 1, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, -1, True)

    def is_subnormal(self, context=None):
        if context is None:
            context = getcontext()
        return not self._special and self._int != 0 and self.adjusted() < context.Emin

    def number_class(self, context=None):
        if context is None:
            context = getcontext()
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if not self._int:
            return sign + 'Zero'
        if self.adjusted() < context.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def logb(self, context=None):
        _, context, nan = self._nan_operands(None, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            return _inf(0)
        if not self._int:
            context._raise(DivisionByZero)
            return _inf(1)
        return Decimal(self.adjusted())._fix(context)

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def _next(self, context, up):
        _, context, nan = self._nan_operands(None, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            if (self._sign == 0) == up:
                return Decimal(self)
            return self._make(self._sign, 10 ** context.prec - 1, context.Etop())
        # Round toward the direction after adding a tiny step below the
        # smallest representable digit.
        tiny_exp = context.Etiny() - 1
        step = self._make(0 if up else 1, 1, tiny_exp)
        local = context.copy()
        local.rounding = ROUND_CEILING if up else ROUND_FLOOR
        local.clear_traps()
        local.clear_flags()
        rounded = self._fix(local)
        if rounded != self:
            return rounded
        return self.__add__(step, context=local)

    def next_plus(self, context=None):
        return self._next(context, True)

    def next_minus(self, context=None):
        return self._next(context, False)

    def next_toward(self, other, context=None):
        other, context, nan = self._nan_operands(other, context)
        if nan is not None:
            return nan
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        return self._next(context, c < 0)

    # -- arithmetic ---------------------------------------------------------
    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = Decimal(self)
            r._sign = 1 - self._sign
            return r
        sign = 0 if not self._int and context.rounding != ROUND_FLOOR else 1 - self._sign
        return self._make(sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            return Decimal(self)
        sign = 0 if not self._int and context.rounding != ROUND_FLOOR else self._sign
        return self._make(sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            r = Decimal(self)
            r._sign = 0
            return r
        r = self._make(0, self._int, self._exp)
        return r._fix(context) if round else r

    def copy_abs(self):
        r = Decimal(self)
        r._sign = 0
        return r

    def copy_negate(self):
        r = Decimal(self)
        r._sign = 1 - self._sign
        return r

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        r = Decimal(self)
        r._sign = other._sign
        return r

    def _operands(self, other, context):
        """(other as a Decimal, the context, the early result: NotImplemented
        for an unsupported operand, a NaN when either operand is one, else None)."""
        other, context = self._binary(other, context)
        if other is NotImplemented:
            return other, context, NotImplemented
        return other, context, self._check_nans(other, context)

    def _binary(self, other, context):
        other = _convert(other)
        if other is NotImplemented:
            return NotImplemented, None
        if context is None:
            context = getcontext()
        return other, context

    def __add__(self, other, context=None):
        other, context, early = self._operands(other, context)
        if early is not None:
            return early
        if self._isinf() or other._isinf():
            if self._isinf() and other._isinf() and self._sign != other._sign:
                return context._raise(InvalidOperation) or _nan()
            return Decimal(self if self._isinf() else other)
        exp = min(self._exp, other._exp)
        if self._int and not other._int or other._int and not self._int:
            # x + 0: x at the smaller exponent, but never more than prec+1
            # digits below x's own (so 1e999999999 + 0 stays cheap).
            x = self if self._int else other
            exp = max(exp, x._exp - context.prec - 1)
            return x._rescale(exp, context.rounding)._fix(context)
        ea, eb = self._exp, other._exp
        ca, cb = self._int, other._int
        if ca and cb:
            # Operands far apart: the smaller one only decides rounding, so a
            # one-digit stand-in below the precision has the same effect.
            if ea < eb:
                big_len, big_exp, small_len, small_exp = len(str(cb)), eb, len(str(ca)), ea
            else:
                big_len, big_exp, small_len, small_exp = len(str(ca)), ea, len(str(cb)), eb
            floor = big_exp + min(-1, big_len - context.prec - 2)
            if small_len + small_exp - 1 < floor:
                if ea < eb:
                    ca, ea = 1, floor
                else:
                    cb, eb = 1, floor
                exp = min(ea, eb)
        a = ca * 10 ** (ea - exp) * (-1 if self._sign else 1)
        b = cb * 10 ** (eb - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
            return self._make(sign, 0, exp)._fix(context)
        return self._make(1 if total < 0 else 0, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    __rsub__ = _reflected('__sub__')

    def __mul__(self, other, context=None):
        other, context, early = self._operands(other, context)
        if early is not None:
            return early
        sign = self._sign ^ other._sign
        if self._isinf() or other._isinf():
            if (self._isinf() and not other._isinf() and not other._int) or (other._isinf() and not self._isinf() and not self._int):
                return context._raise(InvalidOperation) or _nan()
            r = _inf(sign)
            return r
        return self._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other, context, early = self._operands(other, context)
        if early is not None:
            return early
        sign = self._sign ^ other._sign
        if self._isinf() or other._isinf():
            if self._isinf() and other._isinf():
                return context._raise(InvalidOperation) or _nan()
            if self._isinf():
                return _inf(sign)
            return self._make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                return context._raise(DivisionUndefined) or _nan()
            context._raise(DivisionByZero)
            return _inf(sign)
        if not self._int:
            exp = self._exp - other._exp
            return self._make(sign, 0, exp)
        prec = context.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal_exp = self._exp - other._exp
            while exp < ideal_exp and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return self._make(sign, coeff, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__')

    def _divide_int(self, other, context):
        """(quotient, remainder) truncating toward zero, or NaNs after a
        signal; `self` is finite, `other` finite and nonzero or infinite."""
        sign = self._sign ^ other._sign
        if other._special == 'F':
            return self._make(sign, 0, 0), self._fix(context)
        exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self._int or expdiff <= -2:
            # |self| < |other|: quotient 0 without aligning the exponents.
            return self._make(sign, 0, 0), self._rescale(exp, context.rounding)._fix(context)
        if expdiff > context.prec:
            nan = context._raise(DivisionImpossible)
            return nan, nan
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            nan = context._raise(DivisionImpossible)
            return nan, nan
        quotient = self._make(sign, q, 0)
        rem = self._make(self._sign, r, exp)._fix(context)
        return quotient, rem

    def __floordiv__(self, other, context=None):
        other, context, early = self._operands(other, context)
        if early is not None:
            return early
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return context._raise(InvalidOperation)
            return _inf(sign)
        if other._special != 'F' and not other._int:
            if not self._int:
                return context._raise(DivisionUndefined)
            context._raise(DivisionByZero)
            return _inf(sign)
        return self._divide_int(other, context)[0]

    __rfloordiv__ = _reflected('__floordiv__')

    def __mod__(self, other, context=None):
        other, context, early = self._operands(other, context)
        if early is not None:
            return early
        if self._special == 'F':
            return context._raise(InvalidOperation)
        if other._special != 'F' and not other._int:
            if not self._int:
                return context._raise(DivisionUndefined)
            return context._raise(InvalidOperation)
        return self._divide_int(other, context)[1]

    __rmod__ = _reflected('__mod__')

    def __divmod__(self, other, context=None):
        other, context, early = self._operands(other, context)
        if early is NotImplemented:
            return early
        if early is not None:
            return early, early
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                nan = context._raise(InvalidOperation)
                return nan, nan
            return _inf(sign), context._raise(InvalidOperation)
        if other._special != 'F' and not other._int:
            if not self._int:
                nan = context._raise(DivisionUndefined)
                return nan, nan
            # Both conditions are recorded before either is raised, and
            # InvalidOperation is the one raised, as libmpdec does.
            nan = context._raise_all([InvalidOperation, DivisionByZero])
            return _inf(sign), nan
        return self._divide_int(other, context)

    __rdivmod__ = _reflected('__divmod__')

    def remainder_near(self, other, context=None):
        other, context, nan = self._nan_operands(other, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            return context._raise(InvalidOperation)
        if other._special != 'F' and not other._int:
            return context._raise(InvalidOperation if self._int else DivisionUndefined)
        if other._special == 'F':
            return self._fix(context)
        ideal = min(self._exp, other._exp)
        if not self._int:
            return self._make(self._sign, 0, ideal)._fix(context)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff >= context.prec + 1:
            return context._raise(DivisionImpossible)
        if expdiff <= -2:
            return self._rescale(ideal, context.rounding)._fix(context)
        a = self._int * 10 ** (self._exp - ideal)
        b = other._int * 10 ** (other._exp - ideal)
        q, r = divmod(a, b)
        # The nearest multiple: ties go to the even quotient.
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q >= 10 ** context.prec:
            return context._raise(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign, r = 1 - sign, -r
        return self._make(sign, r, ideal)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other, context = self._binary(other, context)
        if other is NotImplemented:
            return other
        if other._special or not other.is_integer():
            return self._power_real(other, context, context.rounding)
        n = int(other)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if n == 0:
            if not self._special and not self._int:
                return context._raise(InvalidOperation) or _nan()
            return self._make(0, 1, 0)
        if self._special:
            return _nan() if self.is_nan() else (_inf(self._sign if n % 2 else 0) if n > 0 else self._make(self._sign if n % 2 else 0, 0, 0))
        sign = self._sign if n % 2 else 0
        if not self._int:
            # 0 ** -n is infinite without a signal, as libmpdec has it.
            return _inf(sign) if n < 0 else self._make(sign, 0, 0)
        if self._int == 10 ** (-self._exp) if self._exp <= 0 else False:
            # The base equals 1 (1, 1.0, 1.000, ...): 1.000 ** 3 is
            # 1.000000000, a negative power is exactly 1.
            if n < 0:
                return self._make(sign, 1, 0)
            shift = n * -self._exp
            if shift > context.prec - 1:
                shift = context.prec - 1
                context._raise(Rounded)
            return self._make(sign, 10 ** shift, -shift)
        bound = self._power_bounds(other, sign, context)
        if bound is not None:
            return bound
        return self._power_int(n, sign, context)

    def _power_bounds(self, other, sign, context):
        """The result of self ** other when it surely overflows or
        underflows (libmpdec's bound on the exponent of log10|self| * other),
        else None. Both are finite and nonzero."""
        def exp_digits(e):
            return len(str(abs(e)))
        lb_theta = other.adjusted()
        t = self.adjusted()
        if t > 0:
            lb_zeta = exp_digits(t) - 1
        elif t < -1:
            lb_zeta = exp_digits(t + 1) - 1
        else:
            big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
            u = self.copy_abs().__sub__(Decimal(1), context=big)
            if not u._int:
                return None
            lb_zeta = u.adjusted() - (2 if t == 0 else 1)
        if (t < 0) ^ bool(other._sign):
            if exp_digits(context.Etiny()) < lb_zeta + lb_theta:
                return self._make(sign, 1, context.Etiny() - 1)._fix(context)
        elif exp_digits(context.Emax) < lb_zeta + lb_theta:
            return self._make(sign, 1, context.Emax + 1)._fix(context)
        return None

    def _power_int(self, n, sign, context):
        """self ** n for a nonzero integer n as libmpdec computes it: square
        and multiply in a half-even working context with len(str(|n|)) + 2
        extra digits (one more and the reciprocal first for negative n), then
        one rounding to the context. Its flags land in the context."""
        work = context.copy()
        work.prec = context.prec + len(str(abs(n))) + 2
        work.rounding = ROUND_HALF_EVEN
        work.clamp = 0
        work.clear_flags()
        work.clear_traps()
        base = self.copy_abs()
        if n < 0:
            work.prec += 1
            base = Decimal(1).__truediv__(base, context=work)
        k = abs(n)
        result = base
        for bit in bin(k)[3:]:
            result = result.__mul__(result, context=work)
            if bit == '1':
                result = result.__mul__(base, context=work)
            if result._special or (not result._int and work.flags[Clamped]):
                break
        for sig, raised in work.flags.items():
            if raised:
                context.flags[sig] = True
        if result._special == 'F':
            # Beyond Emax: rounded again below, so ROUND_DOWN and friends
            # give the largest finite number.
            result = self._make(sign, 1, context.Emax + 1)
        else:
            result = self._make(sign, result._int, result._exp)
        return result._fix(context)

    __rpow__ = _reflected('__pow__')

    def _power_modulo(self, other, modulo, context):
        """pow(self, other, modulo): integral operands only, as CPython."""
        if context is None:
            context = getcontext()
        other = _convert(other, True)
        modulo = _convert(modulo, True)
        if self.is_nan() or other.is_nan() or modulo.is_nan():
            return self._check_nans(other, context) or modulo._check_nans(None, context) or _nan()
        if not (self.is_integer() and other.is_integer() and modulo.is_integer()):
            return context._raise(InvalidOperation) or _nan()
        if other._sign:
            return context._raise(InvalidOperation) or _nan()
        if not modulo._int:
            return context._raise(InvalidOperation) or _nan()
        if _ndigits(modulo._int * 10 ** max(modulo._exp, 0)) > context.prec:
            return context._raise(InvalidOperation) or _nan()
        if not other._int and not self._int:
            return context._raise(InvalidOperation) or _nan()
        m = abs(int(modulo))
        e = int(other)
        base = abs(int(self)) % m
        sign = self._sign if e % 2 else 0
        return self._make(sign, pow(base, e, m), 0)

    def _power_real(self, other, context, rounding=ROUND_HALF_EVEN):
        """self ** other for a non-integral or infinite exponent: exp(other *
        ln(self)), correctly rounded with `rounding` (the context's for a
        non-integral exponent, half-even for huge integral ones)."""
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context) or _nan()
        if self._sign and self._int or (self._sign and self._isinf()):
            return context._raise(InvalidOperation) or _nan()
        if other._isinf():
            if not self._int and not self._special:
                return self._make(0, 0, 0) if not other._sign else _inf(0)
            cmp = 1 if self._special else (self > 1) - (self < 1)
            if cmp == 0:
                return self._inexact_result(0, 10 ** (context.prec - 1), 1 - context.prec, context)
            return _inf(0) if (cmp > 0) != bool(other._sign) else self._make(0, 0, 0)
        if self._isinf():
            return _inf(0) if not other._sign else self._make(0, 0, 0)
        if not self._int:
            if other._sign:
                return _inf(0)
            return self._make(0, 0, 0)
        bound = self._power_bounds(other, 0, context)
        if bound is not None:
            return bound
        yc, ye, ys = other._int, other._exp, other._sign

        def approx(g):
            # t = y * ln(x) to 10**-g absolute, then exp(t) to g digits;
            # an error d in t is a relative error d in the result.
            ymag = max(0, len(str(yc)) + ye)
            G = g + ymag + 2
            lnum, _, lerr = _ln_fixed(self._int, self._exp, G)
            shift = G - g - ye
            num = yc * lnum
            t = num // 10 ** shift if shift >= 0 else num * 10 ** -shift
            terr = (yc * lerr // 10 ** shift if shift >= 0 else yc * lerr * 10 ** -shift) + 2
            if ys:
                t = -t
            a, scale, eerr = _exp_fixed(1 if t < 0 else 0, abs(t), -g, g)
            return a, scale, eerr + a * terr // 10 ** g + 1
        sign, coeff, exp = _correctly_rounded(approx, context.prec, rounding)
        if rounding != context.rounding and coeff and exp + len(str(coeff)) - 1 < context.Emin:
            # Below the range the result is rounded again by _fix: keep that
            # rounding half-even too (libmpdec's working context).
            local = context.copy()
            local.rounding = rounding
            local.clear_flags()
            r = self._inexact_result(sign, coeff, exp, local)
            for sig, raised in local.flags.items():
                if raised:
                    context.flags[sig] = True
            return r
        return self._inexact_result(sign, coeff, exp, context)

    # -- rounding and scaling -------------------------------------------------
    def _rescale(self, exp, rounding):
        """The value with exponent `exp`, rounding as needed."""
        if self._special:
            return Decimal(self)
        if not self._int:
            return self._make(self._sign, 0, exp)
        if self._exp >= exp:
            return self._make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        drop = exp - self._exp
        coeff, _ = _round_digits(self._sign, self._int, drop, rounding)
        return self._make(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special or exp._special:
            if self.is_nan() or exp.is_nan():
                return self._check_nans(exp, context)
            if self._isinf() and exp._isinf():
                return Decimal(self)
            return context._raise(InvalidOperation) or _nan()
        result = self._rescale(exp._exp, rounding)
        if len(str(result._int)) > context.prec:
            return context._raise(InvalidOperation) or _nan()
        if result._exp > self._exp and result != self:
            context.flags[Inexact] = True
        if result._exp > self._exp:
            context.flags[Rounded] = True
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self.is_nan() and other.is_nan()
        if self._special or other._special:
            return self._special == other._special
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special:
            return self._check_nans(None, context) or Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """As to_integral_value, also signalling Rounded and Inexact."""
        if context is None:
            context = getcontext()
        r = self.to_integral_value(rounding, context)
        if not self._special and self._exp < 0 and self._int:
            if r != self:
                context._raise_all([Inexact, Rounded])
            else:
                context._raise(Rounded)
        return r

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            return self._check_nans(None, context) or Decimal(self)
        d = self._fix(context)
        if not d._int:
            return self._make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return self._make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            if self.is_nan():
                return self._check_nans(None, context)
            if self._sign:
                return context._raise(InvalidOperation) or _nan()
            return Decimal(self)
        if not self._int:
            return self._make(self._sign, 0, self._exp // 2)
        if self._sign:
            return context._raise(InvalidOperation) or _nan()
        prec = context.prec
        # Scale so the integer square root has prec+1 digits.
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        digits = len(str(c))
        shift = max(0, 2 * (prec + 1) - digits + 1)
        if shift % 2:
            shift += 1
        c *= 10 ** shift
        e -= shift
        root = _math.isqrt(c)
        exact = root * root == c
        exp = e // 2
        if not exact and root % 5 == 0:
            root += 1
        r = self._make(0, root, exp)
        if exact:
            ideal = self._exp // 2
            while r._exp < ideal and r._int % 10 == 0:
                r = self._make(0, r._int // 10, r._exp + 1)
        # The square root always rounds half-even, whatever the context's
        # rounding; its flags still land in the caller's context.
        local = context.copy()
        local.rounding = ROUND_HALF_EVEN
        local.clear_flags()
        r = r._fix(local)
        for sig, raised in local.flags.items():
            if raised:
                context.flags[sig] = True
        return r

    def _inexact_result(self, sign, coeff, exp, context):
        """A correctly rounded transcendental result: Inexact and Rounded."""
        context.flags[Rounded] = True
        context.flags[Inexact] = True
        if context.traps.get(Inexact):
            raise Inexact([Inexact])
        if context.traps.get(Rounded):
            raise Rounded([Rounded])
        r = self._make(sign, coeff, exp)
        if coeff and not context.Emin <= r.adjusted() <= context.Emax:
            # Outside the exponent range: Subnormal/Underflow or Overflow.
            return r._fix(context)
        return r

    def exp(self, context=None):
        """e ** self, correctly rounded (ROUND_HALF_EVEN)."""
        if context is None:
            context = getcontext()
        if self._special:
            if self.is_nan():
                return self._check_nans(None, context) or _nan()
            return Decimal(0) if self._sign else Decimal(self)
        if not self._int:
            return Decimal(1)
        # Far outside the range e**x surely overflows or underflows; near
        # it the result is computed and brought into range by _fix.
        x = float(self)
        ln10 = 2.302585092994046
        if x > (context.Emax + 2) * ln10 or x < (context.Etiny() - 2) * ln10:
            if self._sign:
                context.flags[Underflow] = context.flags[Subnormal] = context.flags[Clamped] = True
                return self._inexact_result(0, 0, context.Etiny(), context)
            context.flags[Overflow] = context.flags[Inexact] = context.flags[Rounded] = True
            if context.traps.get(Overflow):
                raise Overflow([Overflow])
            return Decimal('Infinity')
        _, coeff, exp = _correctly_rounded(lambda g: _exp_fixed(self._sign, self._int, self._exp, g), context.prec)
        if exp + len(str(coeff)) - 1 < context.Etiny():
            # Below the smallest subnormal: zero at Etiny, as CPython gives.
            context.flags[Underflow] = context.flags[Subnormal] = context.flags[Clamped] = True
            return self._inexact_result(0, 0, context.Etiny(), context)
        return self._inexact_result(0, coeff, exp, context)

    def _log_special(self, context):
        """The logarithm of a special, zero or negative operand (None for
        a positive finite one)."""
        if self._special:
            if self.is_nan():
                return self._check_nans(None, context) or _nan()
            if self._sign:
                return context._raise(InvalidOperation) or _nan()
            return Decimal(self)
        if not self._int:
            return Decimal('-Infinity')
        if self._sign:
            return context._raise(InvalidOperation) or _nan()
        return None

    def ln(self, context=None):
        """The natural logarithm, correctly rounded (ROUND_HALF_EVEN)."""
        if context is None:
            context = getcontext()
        special = self._log_special(context)
        if special is not None:
            return special
        if self == 1:
            return Decimal(0)
        sign, coeff, exp = _correctly_rounded(lambda g: _ln_fixed(self._int, self._exp, g), context.prec)
        return self._inexact_result(sign, coeff, exp, context)

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (ROUND_HALF_EVEN); exact
        for powers of ten."""
        if context is None:
            context = getcontext()
        special = self._log_special(context)
        if special is not None:
            return special
        digits = str(self._int)
        if digits == '1' + '0' * (len(digits) - 1):
            return Decimal(self._exp + len(digits) - 1)

        def approx(g):
            num, scale, err = _ln_fixed(self._int, self._exp, g)
            ln10, _, _ = _ln_fixed(10, 0, g)
            # num / ln10 at the same scale; the quotient's error stays
            # within a few units.
            return num * 10 ** g // ln10, -g, err + 4
        sign, coeff, exp = _correctly_rounded(approx, context.prec)
        return self._inexact_result(sign, coeff, exp, context)

    def scaleb(self, other, context=None):
        """self * 10**other (other an integral Decimal or int), rounded."""
        if context is None:
            context = getcontext()
        other = _convert(other, raise_error=True)
        if self._special or other._special:
            if self.is_nan() or other.is_nan():
                return self._check_nans(other, context)
            if other._special:
                return context._raise(InvalidOperation) or _nan()
            return Decimal(self)
        if other._exp < 0 and other._int % 10 ** (-other._exp):
            return context._raise(InvalidOperation) or _nan()
        shift = int(other)
        return self._make(self._sign, self._int, self._exp + shift)._fix(context)

    def fma(self, other, third, context=None):
        """self * other + third with one rounding (the product is exact)."""
        other = _convert(other, True)
        third = _convert(third, True)
        if context is None:
            context = getcontext()
        if self._special or other._special:
            product = self.__mul__(other, context=context)
        else:
            product = self._make(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product.__add__(third, context=context)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- formatting -----------------------------------------------------------
    def __format__(self, specifier, context=None):
        import re
        if context is None:
            context = getcontext()
        m = re.fullmatch(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<no_neg_0>z)?(?P<zeropad>0)?(?P<width>\d+)?(?P<thousands_sep>,)?(?:\.(?P<precision>\d+))?(?P<type>[eEfFgGn%])?', specifier, re.DOTALL)
        if m is None:
            raise ValueError("invalid format string")
        spec = m.groupdict()
        fill = spec['fill'] or ' '
        align = spec['align']
        if spec['zeropad'] and not align:
            fill, align = '0', '='
        align = align or '>'
        sign_opt = spec['sign'] or '-'
        width = int(spec['width'] or 0)
        prec = int(spec['precision']) if spec['precision'] is not None else None
        typ = spec['type']
        sep = spec['thousands_sep'] or ''
        if self._special:
            body = str(self.copy_abs()) if not self.is_nan() else ('NaN' if self.is_qnan() else 'sNaN')
            if self._special == 'F':
                body = 'Infinity'
            if typ == '%':
                body += '%'
            sign = '-' if self._sign else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
            return _pad(sign, body, fill, align, width)
        rounding = context.rounding
        d = self
        if typ is None:
            if prec is not None:
                d = Decimal(self)._round_sig(prec, rounding)
            body = str(d.copy_abs())
            if 'e' in body or 'E' in body:
                body = body.replace('e', 'E' if context.capitals else 'e')
        elif typ in 'fF%':
            if typ == '%':
                d = self._make(self._sign, self._int, self._exp + 2)
            if prec is not None:
                d = d._rescale(-prec, rounding)
            body = _fixed(d, False)
            if typ == '%':
                body += '%'
        elif typ in 'eE':
            if prec is not None:
                d = d._round_sig(prec + 1, rounding)
            body = _sci(d, typ, prec, False)
        else:  # g G n
            p = prec if prec is not None else None
            if p == 0:
                p = 1
            if p is not None:
                d = d._round_sig(p, rounding)
            leftdigits = d._exp + len(str(d._int))
            if d._exp <= 0 and leftdigits > -6 or (p is not None and -6 < leftdigits <= p):
                body = _fixed(d, False) if d._exp <= 0 else str(int(d.copy_abs()))
                if d._exp > 0 and p is not None:
                    body = _fixed(d, False)
            else:
                body = _sci(d, 'E' if typ == 'G' else 'e', None, False)
        if sep:
            intpart, _, frac = body.partition('.')
            if intpart.isdigit():
                groups = []
                while len(intpart) > 3:
                    groups.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                groups.insert(0, intpart)
                body = sep.join(groups) + ('.' + frac if _ else '')
        negative = d._sign and not (spec['no_neg_0'] and not d._int)
        sign = '-' if negative else ('+' if sign_opt == '+' else (' ' if sign_opt == ' ' else ''))
        return _pad(sign, body, fill, align, width)

    def _round_sig(self, digits, rounding):
        """Round to `digits` significant digits."""
        n = len(str(self._int))
        if n <= digits:
            return self
        return self._rescale(self._exp + n - digits, rounding)


def _fixed(d, alt):
    digits = str(d._int)
    if d._exp >= 0:
        s = digits + '0' * d._exp
        if d._int == 0:
            s = '0'
        return s + ('.' if alt else '')
    frac_len = -d._exp
    digits = digits.rjust(frac_len + 1, '0')
    return digits[:-frac_len] + '.' + digits[-frac_len:]


def _sci(d, typ, prec, alt):
    digits = str(d._int)
    exp = d._exp + len(digits) - 1
    if d._int == 0:
        # A zero shown with `prec` fraction digits keeps its value's
        # exponent for the last digit (format(Decimal('0E-5'), '.3e') is
        # '0.000e-2').
        exp = d._exp + (prec or 0)
    mant = digits[0]
    rest = digits[1:]
    if prec is not None:
        rest = rest.ljust(prec, '0')[:prec] if prec else ''
    if rest or alt:
        mant += '.' + rest
    return mant + ('E' if typ == 'E' else 'e') + '%+d' % exp


def _pad(sign, body, fill, align, width):
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    padding = width - total
    if align == '<':
        return sign + body + fill * padding
    if align == '>':
        return fill * padding + sign + body
    if align == '=':
        return sign + fill * padding + body
    left = padding // 2
    return fill * left + sign + body + fill * (padding - left)


def _parse(s):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    import re
    m = re.fullmatch(r'(?P<sign>[-+])?(?:(?P<int>\d*)(?:\.(?P<frac>\d*))?(?:[eE](?P<exp>[-+]?\d+))?|(?P<inf>Inf(?:inity)?)|(?P<signal>s)?NaN(?P<diag>\d*))', s, re.IGNORECASE)
    if m is None:
        return None
    sign = 1 if m.group('sign') == '-' else 0
    if m.group('inf'):
        return sign, 0, 0, 'F'
    if m.group(0)[len(m.group('sign') or ''):].lower().endswith('nan') or m.group('diag') is not None and 'nan' in s.lower():
        diag = m.group('diag') or ''
        return sign, int(diag) if diag else 0, 0, 'N' if m.group('signal') else 'n'
    intpart = m.group('int') or ''
    frac = m.group('frac') or ''
    if not intpart and not frac:
        return None
    exp = int(m.group('exp') or 0) - len(frac)
    return sign, int(intpart + frac), exp, None


def _ndigits(n):
    """Number of decimal digits of the non-negative int n (1 for 0),
    without converting huge ints to str."""
    if n < 10 ** 18:
        return len(str(n))
    d = int((n.bit_length() - 1) * 0.30102999566398120) + 1
    return d + 1 if n >= 10 ** d else d


def _nan():
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp, d._special = 0, 0, 0, 'n'
    return d


def _inf(sign):
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp, d._special = sign, 0, 0, 'F'
    return d


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
_default_built = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

import numbers as _numbers
_numbers.Number.register(Decimal)
