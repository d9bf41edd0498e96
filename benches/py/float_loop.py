def run(n):
    x = 0.0
    y = 1.5
    for i in range(n):
        x = x * 0.5 + y * 1.0001 - 0.25
        y = y + 0.000001
    return x
print(round(run(2_000_000), 6))
