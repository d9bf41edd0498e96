def f():
    raise ValueError("inner")
try:
    f()
except ValueError as e:
    v = e
raise ExceptionGroup("many", [v, ExceptionGroup("nested", [TypeError("t")]), KeyError("k")])
