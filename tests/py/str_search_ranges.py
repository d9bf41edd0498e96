"""str find/rfind/count/startswith/endswith/index/rindex over every start/end combination, including starts past the end."""
ss=["", "a", "abc", "가나다", "aaa"]
subs=["", "a", "b", "aa", "가"]
idx=[None, -10, -2, -1, 0, 1, 2, 3, 4, 5, 10]
for s in ss:
  for sub in subs:
    for st in idx:
      for en in idx:
        r=[]
        for m in ("find","rfind","count","startswith","endswith"):
            try: r.append(getattr(s,m)(sub, st, en))
            except Exception as e: r.append(type(e).__name__)
        for m in ("index","rindex"):
            try: r.append(getattr(s,m)(sub, st, en))
            except Exception as e: r.append(type(e).__name__)
        print(repr(s), repr(sub), st, en, r)
