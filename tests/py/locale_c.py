"""locale in the C locale: setlocale/getlocale, localeconv, format_string, atof/atoi, errors."""
import locale
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC), locale.localeconv()["decimal_point"], repr(locale.localeconv()["thousands_sep"]))
print(locale.format_string("%d", 1234567, grouping=True), locale.format_string("%.2f", 3.14159), locale.atof("3.5"), locale.atoi("42"), locale.str(1.5), locale.strcoll("a", "b"))
try:
    locale.setlocale(locale.LC_ALL, "xx_YY.bogus")
except locale.Error as e:
    print("locale.Error:", e)
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError:", e)
