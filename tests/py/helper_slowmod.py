# Imported by threads_import.py: counts how often its body runs.
import sys, time
sys.weft_test_slow_count = getattr(sys, 'weft_test_slow_count', 0) + 1
time.sleep(0.2)
VALUE = 42
