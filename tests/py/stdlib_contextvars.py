import contextvars, threading
request = contextvars.ContextVar("request", default="none")
print(request.get())
tok = request.set("main")
print(request.get())
def show(out):
    out.append(request.get())
    request.set("thread")
    out.append(request.get())
ctx = contextvars.copy_context()
out = []
ctx.run(show, out)
print(out, request.get(), ctx[request])
request.reset(tok)
print(request.get())
v = contextvars.ContextVar("v")
try:
    v.get()
except LookupError:
    print("LookupError")
print(v.get("dflt"))

# A thread given an explicit context runs in it, and changes stay there.
given = contextvars.Context()
given.run(request.set, "given")
seen = []
def in_given():
    seen.append(request.get())
    request.set("changed in thread")
t = threading.Thread(target=in_given, context=given)
t.start()
t.join()
print(seen, given[request], request.get())
