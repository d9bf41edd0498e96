import asyncio
async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name.upper()
async def main():
    r = await asyncio.gather(worker("a", 0.02), worker("b", 0.01), worker("c", 0))
    print(r)
    t = asyncio.create_task(worker("t", 0.01))
    print("created")
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            if item is None:
                break
            print("got", item)
    await asyncio.gather(producer(), consumer())
    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(5)))
    print("counter", counter)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event fired")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    async def boom():
        raise ValueError("boom")
    res = await asyncio.gather(boom(), worker("z", 0), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(boom())
    except ValueError as e:
        print("caught", e)
    t2 = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled", t2.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(worker("w1", 0.01)), asyncio.create_task(worker("w2", 0.05))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    tasks = [asyncio.create_task(worker("x", 0.02)), asyncio.create_task(worker("y", 0.01))]
    for coro in asyncio.as_completed(tasks):
        print("completed", await coro)
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    async with asyncio.timeout(1):
        await asyncio.sleep(0)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0.01)
            return i
    print(await asyncio.gather(*[limited(i) for i in range(4)]))
    return "main done"
print(asyncio.run(main()))
