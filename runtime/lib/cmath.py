"""Mathematical functions for complex numbers (principal branches, as
CPython's cmath)."""

import math

__all__ = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "isclose",
           "isfinite", "isinf", "isnan", "log", "log10", "phase", "polar", "rect", "sin",
           "sinh", "sqrt", "tan", "tanh", "e", "inf", "infj", "nan", "nanj", "pi", "tau"]

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
nan = math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    if hasattr(type(z), '__complex__'):
        return complex(z)
    if hasattr(type(z), '__float__') or hasattr(type(z), '__index__'):
        return complex(float(z))
    raise TypeError(f"must be real number, not {type(z).__name__}")


def phase(z):
    z = _c(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), math.atan2(z.imag, z.real)


def rect(r, phi):
    return complex(r * math.cos(phi), r * math.sin(phi))


def isfinite(z):
    z = _c(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a, b = _c(a), _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= abs(rel_tol * b) or diff <= abs(rel_tol * a) or diff <= abs_tol


def exp(z):
    z = _c(z)
    try:
        m = math.exp(z.real)
    except OverflowError:
        raise OverflowError("math range error") from None
    if z.imag == 0:
        return complex(m, z.imag)
    return complex(m * math.cos(z.imag), m * math.sin(z.imag))


def log(z, base=None):
    z = _c(z)
    if z == 0:
        raise ValueError("math domain error")
    r = complex(math.log(abs(z)), math.atan2(z.imag, z.real))
    if base is not None:
        b = _c(base)
        if b == 0:
            raise ValueError("math domain error")
        r = r / complex(math.log(abs(b)), math.atan2(b.imag, b.real))
    return r


def log10(z):
    z = _c(z)
    r = log(z)
    return complex(r.real / math.log(10), r.imag / math.log(10))


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0 and y == 0:
        return complex(0.0, y)
    if math.isinf(y):
        return complex(inf, y)
    if math.isnan(x):
        return complex(x, x)
    if math.isinf(x):
        if x > 0:
            return complex(x, y * 0.0 if not math.isnan(y) else y)
        return complex(abs(y - y) if not math.isnan(y) else y, math.copysign(inf, y))
    # As CPython: scale by 1/8 to keep hypot from overflowing.
    ax, ay = abs(x), abs(y)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + math.hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + math.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def sin(z):
    z = _c(z)
    r = sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    r = tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(math.sinh(x) * math.cos(y), math.cosh(x) * math.sin(y))


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(math.cosh(x) * math.cos(y), math.sinh(x) * math.sin(y))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354:
        return complex(math.copysign(1.0, x), 4 * math.sin(y) * math.cos(y) * math.exp(-2 * abs(x)))
    t = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = t * ty
    denom = 1.0 + txty * txty
    return complex(t * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def asinh(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 + z.imag, -z.real))
    s2 = sqrt(complex(1.0 - z.imag, z.real))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag), math.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    r = asinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * math.atan2(s1.real, s2.real), math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    s1 = sqrt(complex(z.real - 1.0, z.imag))
    s2 = sqrt(complex(z.real + 1.0, z.imag))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * math.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    if z.real < 0 or (z.real == 0 and math.copysign(1.0, z.real) < 0):
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    x, y = z.real, z.imag
    if x == 1.0 and y == 0.0:
        raise ValueError("math domain error")
    ay = abs(y)
    real = math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    imag = -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    z = _c(z)
    r = atanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)
