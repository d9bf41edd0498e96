"""sys.stdout/sys.stderr.reconfigure: UTF-8 encodings, errors, line buffering, invalid settings."""
import sys
sys.stdout.reconfigure(encoding='utf-8')
sys.stdout.reconfigure(encoding='UTF8', errors='replace')
sys.stderr.reconfigure(line_buffering=True)
sys.stdout.reconfigure(line_buffering=True)
print('ok', sys.stdout.line_buffering, sys.stderr.line_buffering)
for bad in [dict(encoding='nope'), dict(newline='x'), dict(errors='bogus')]:
    try:
        sys.stdout.reconfigure(**bad)
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)
