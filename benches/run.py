#!/usr/bin/env python3
"""Time the Python workloads under benches/py with weft and python3.

Prints, per workload, the median wall time of each interpreter over
--repeat runs and the ratio weft/python3 (below 1.0: weft is faster).
Threaded workloads (threads_*.py) also run with 1 and 2 threads and print
t(1)/t(2) for each interpreter: the 1->2 thread scaling.

    python3 benches/run.py [--weft target/release/weft] [--repeat 5]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {r.stderr.decode()[-500:]}")
    return dt, r.stdout


def median(cmd, repeat):
    times = []
    out = None
    for _ in range(repeat):
        dt, out = timed(cmd)
        times.append(dt)
    return statistics.median(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", default=os.path.join(HERE, "..", "target", "release", "weft"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    names = a.names or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "py")) if f.endswith(".py"))
    print(f"{'workload':<16}{'weft s':>9}{'python3 s':>11}{'ratio':>8}")
    scaling = []
    for n in names:
        path = os.path.join(HERE, "py", n + ".py")
        tw, ow = median([a.weft, path], a.repeat)
        tp, op = median([a.python, path], a.repeat)
        flag = "" if ow == op else "  (output differs!)"
        print(f"{n:<16}{tw:>9.3f}{tp:>11.3f}{tw / tp:>8.2f}{flag}")
        if n.startswith("threads_"):
            w1, _ = median([a.weft, path, "1"], a.repeat)
            w2, _ = median([a.weft, path, "2"], a.repeat)
            p1, _ = median([a.python, path, "1"], a.repeat)
            p2, _ = median([a.python, path, "2"], a.repeat)
            scaling.append((n, w1, w2, p1, p2))
    if scaling:
        print()
        print(f"{'1->2 threads':<16}{'weft t1':>9}{'weft t2':>9}{'scale':>7}{'py t1':>9}{'py t2':>9}{'scale':>7}")
        for n, w1, w2, p1, p2 in scaling:
            print(f"{n:<16}{w1:>9.3f}{w2:>9.3f}{w1 / w2:>7.2f}{p1:>9.3f}{p2:>9.3f}{p1 / p2:>7.2f}")


if __name__ == "__main__":
    sys.exit(main())
