import logging, sys
logging.warning("before config %d", 1)
logging.info("not shown")
log = logging.getLogger("app.sub")
log.error("error from %s", "sub")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(message)s", stream=sys.stdout, force=True)
def f():
    log.debug("debug %s", "x")
    log.info("info")
f()
logging.info("root info")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}: {message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.setLevel(logging.WARNING)
other.info("hidden")
other.warning("shown %s", 42)
try:
    1 / 0
except ZeroDivisionError:
    other.error("boom", exc_info=False)
print(logging.getLevelName(10), logging.getLevelName("INFO"), log.getEffectiveLevel(), logging.getLogger("app").getChild("x").name, log.parent.name, logging.root.level)
adapter = logging.LoggerAdapter(other, {"user": "u"})
adapter.warning("adapted")
