"""Error messages name the library types CPython implements in C by their tp_name (datetime.date, decimal.Decimal, array.array, collections.OrderedDict)."""
import datetime, decimal, collections, array, fractions
for f in (lambda: datetime.datetime(2024, 1, 1) + 5, lambda: datetime.date(2024, 1, 1) - 'x', lambda: datetime.timedelta(1) * 'a', lambda: decimal.Decimal(1) + 1.5,
          lambda: hash(array.array('i')), lambda: hash(collections.OrderedDict()), lambda: fractions.Fraction(1) + 'a', lambda: len(datetime.date.today()),
          lambda: datetime.datetime.now() < 5):
    try: f()
    except TypeError as e: print(e)
print(type(datetime.date.today()), datetime.date, decimal.Decimal, array.array, collections.OrderedDict)
