import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old()
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("rt"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[1].filename.endswith("wa.py"))
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("silent")
print("done")
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*")
    try:
        warnings.warn("bad thing")
    except UserWarning as e:
        print("filtered", e)
    warnings.warn("good thing")
print(warnings.formatwarning("m", UserWarning, "f.py", 3, "x = 1"))
