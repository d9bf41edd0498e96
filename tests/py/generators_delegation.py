def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 99
    return "ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
g = outer()
print(next(g), g.throw(ValueError("x")), next(g))
g2 = outer(); next(g2); g2.close(); print("closed")
