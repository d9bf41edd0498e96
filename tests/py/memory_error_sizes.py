"""Allocations beyond memory raise MemoryError."""
for f in (lambda: bytes(10**12), lambda: bytearray(10**12), lambda: [None] * 10**12, lambda: "x" * 10**12, lambda: b"x".ljust(10**12), lambda: bytearray(b"x") * 10**12):
    try: f()
    except MemoryError: print("MemoryError")
