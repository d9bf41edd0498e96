"""Regenerate runtime/lib/html_entities.py (the data of html.entities)
from the running CPython: python3 runtime/gen_html_entities.py"""
import html.entities as he
import os

lines = ['"""html.entities: the HTML 4 entity names and the HTML 5 named character references (data as the HTML specifications define it)."""', '',
         "__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']", '']
lines.append('name2codepoint = {')
for k, v in sorted(he.name2codepoint.items()):
    lines.append(f'    {k!r}: 0x{v:04x},')
lines.append('}')
lines.append('')
lines.append('html5 = {')
for k, v in sorted(he.html5.items()):
    lines.append(f'    {k!r}: {v!r},')
lines.append('}')
lines.append('')
lines.append('codepoint2name = {}')
lines.append('entitydefs = {}')
lines.append('for (name, codepoint) in name2codepoint.items():')
lines.append('    codepoint2name[codepoint] = name')
lines.append('    entitydefs[name] = chr(codepoint)')
lines.append('del name, codepoint')
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lib', 'html_entities.py')
with open(out, 'w') as f:
    f.write('\n'.join(lines) + '\n')
