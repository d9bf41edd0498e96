"""csv: reader (quotes, multi-line fields, dialect options, QUOTE_NONNUMERIC), writer quoting modes, DictReader/DictWriter, dialect registry, errors."""
import csv, io
data = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n"multi\nline",1,x\r\n\r\nlast,2,\r\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(row, r.line_num)
print(list(csv.reader(["a;b;'c;d'"], delimiter=';', quotechar="'")))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
out = io.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'd"e', 'f\ng', None, 1, 2.5, True, ''])
w.writerow([''])
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writerow(['a', 1, None])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
w.writerow(['a', 1, 2.0, True])
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w.writerow(['a,b', 'c"d'])
w = csv.writer(out, delimiter='\t', lineterminator='\n')
w.writerow(['x y', 'tab\there'])
print(repr(out.getvalue()))
f = io.StringIO('a,b,c\n1,2,3\n4,5\n6,7,8,9\n')
for d in csv.DictReader(f, restval='R', restkey='K'):
    print(d)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['x', 'y'])
dw.writeheader(); dw.writerow({'x': 1, 'y': 2}); dw.writerow({'x': 3})
print(repr(out.getvalue()))
try:
    dw.writerow({'z': 1})
except ValueError as e:
    print('ValueError', e)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
csv.register_dialect('pipes', delimiter='|')
print(list(csv.reader(['a|b'], 'pipes')), csv.list_dialects())
print(csv.get_dialect('excel').delimiter, csv.excel_tab.delimiter)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(['a,b\n', 'c,d\n'])))
