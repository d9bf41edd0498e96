"""The codec functions pickles of bytes refer to (`_codecs.encode`)."""

from codecs import encode, decode, escape_decode, lookup
