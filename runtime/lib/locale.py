"""locale: weft runs in the C (POSIX) locale with UTF-8 text: setlocale
accepts "", "C", "POSIX" and "C.UTF-8" (others raise locale.Error), and
the formatting functions use the C locale's conventions."""

import sys

_builtin_str = str

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi",
           "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE",
           "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX",
           "getencoding", "delocalize", "localize"]

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127


class Error(Exception):
    pass


_C_CONV = {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
           'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
           'negative_sign': '', 'int_frac_digits': 127, 'frac_digits': 127,
           'p_cs_precedes': 127, 'p_sep_by_space': 127, 'n_cs_precedes': 127,
           'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127,
           'decimal_point': '.', 'thousands_sep': '', 'grouping': []}

_current = {}


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return dict(_C_CONV)


def setlocale(category, locale=None):
    """Set (or, with None, query) the locale of a category: the C locale."""
    if category not in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL):
        raise Error("unsupported locale setting")
    if locale is None:
        return _current.get(category, 'C')
    if not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale in ('', 'C', 'POSIX', 'C.UTF-8', 'C.utf8'):
        name = 'C.UTF-8' if locale in ('C.UTF-8', 'C.utf8') or (locale == '' and category in (LC_CTYPE,)) else 'C'
        if category == LC_ALL:
            for c in (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES):
                _current[c] = name
        else:
            _current[category] = name
        return name
    raise Error("unsupported locale setting")


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's locale: (None, None) in C."""
    name = setlocale(category)
    if name == 'C.UTF-8':
        return ('C', 'UTF-8') if category == LC_CTYPE else (None, None)
    return (None, None)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    if localename in ('C', 'POSIX'):
        return (None, None)
    code, _, enc = localename.partition('.')
    return (code or None, enc or None)


def getpreferredencoding(do_setlocale=True):
    return 'UTF-8'


def getencoding():
    return 'utf-8'


def normalize(localename):
    return localename


def strcoll(a, b):
    """Compare two strings (code point order in the C locale)."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def _group(s, monetary=False):
    return s, 0


def format_string(f, val, grouping=False, monetary=False):
    """Format with the % operator; the C locale has no digit grouping."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))
