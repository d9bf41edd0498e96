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
