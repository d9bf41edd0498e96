"""urllib.parse: urlparse/urlsplit with netloc parts, urlunparse, RFC 3986 urljoin examples, quote/unquote, urlencode, parse_qs/parse_qsl, urldefrag."""
from urllib.parse import urlparse, urlsplit, urlunparse, urljoin, quote, unquote, quote_plus, unquote_plus, urlencode, parse_qs, parse_qsl, urldefrag
import urllib.parse
u = urlparse("https://user:pw@Example.COM:8080/path/to;p=1?q=1&r=two#frag")
print(u, u.hostname, u.port, u.username, u.password, u.geturl())
print(urlsplit("http://[::1]:80/x"), urlsplit("http://[::1]:80/x").hostname, urlsplit("mailto:a@b.c"), urlsplit("//host/p"), urlsplit("relative/path?x"))
print(urlunparse(("http", "h", "/p", "", "a=1", "f")), urlparse(b"http://h/p?q"))
base = "http://a/b/c/d;p?q"
for r in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "../g", "../..", "../../../g", ".", "..", "g;x", "", "http://other/x"]:
    print(repr(r), urljoin(base, r))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("a%20b%C3%A9%zz"), unquote_plus("a+b%2B"), quote(b"\xff\x00"))
print(urlencode({"a": 1, "b": "x y", "c": "é"}), urlencode([("k", [1, 2])], doseq=True), urlencode({"k": b"\x01"}))
print(parse_qs("a=1&a=2&b=&c=x+y%21"), parse_qs("a=1&b=", keep_blank_values=True), parse_qsl("x=1;y=2", separator=";"), urldefrag("http://h/p#frag"))
try:
    urlparse("http://h:99999/").port
except ValueError as e:
    print("ValueError:", e)
