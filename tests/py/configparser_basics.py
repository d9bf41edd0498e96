"""configparser: sections, defaults, typed getters, basic and extended interpolation, mapping access, write, errors."""
import configparser, io
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
base = /srv
debug = no

[server]
host = example.com
port = 8080
path = %(base)s/www
timeout: 2.5
Flag = yes
multi = line one
    line two

; comment
[client]
# another comment
name = weft
""")
print(cfg.sections(), cfg.defaults(), cfg.options("server"))
print(cfg.get("server", "path"), cfg.getint("server", "port"), cfg.getfloat("server", "timeout"), cfg.getboolean("server", "flag"), cfg.getboolean("server", "debug"))
print(repr(cfg["server"]["multi"]), cfg["client"]["name"], cfg["client"].get("missing", "dflt"), "host" in cfg["server"], list(cfg["client"]), cfg.get("server", "path", raw=True))
print(cfg.has_section("client"), cfg.has_option("client", "base"), dict(cfg.items("client")), list(cfg), len(cfg))
cfg.set("client", "new", "value")
cfg["extra"] = {"a": "1", "b": "two"}
out = io.StringIO(); cfg.write(out); print(out.getvalue())
for bad in [lambda: cfg.get("nope", "x"), lambda: cfg.get("client", "zzz"), lambda: cfg.add_section("client"), lambda: cfg.getint("client", "name")]:
    try:
        bad()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    configparser.ConfigParser().read_string("key = value")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError", e)
try:
    configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n")
except configparser.DuplicateOptionError as e:
    print("DuplicateOptionError", e)
c2 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
c2.read_string("[paths]\nhome = /home/u\n[app]\ndata = ${paths:home}/data\nlog = ${data}/log\n")
print(c2["app"]["data"], c2["app"]["log"])
c3 = configparser.ConfigParser()
c3.read_string("[s]\na = %(missing)s\n")
try:
    c3.get("s", "a")
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError", e)
r = configparser.RawConfigParser(); r.read_dict({"x": {"p": "%(q)s", "n": 5}}); print(r.get("x", "p"), r.get("x", "n"))
