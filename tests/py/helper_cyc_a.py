# threads_import.py imports this and helper_cyc_b from two threads at once.
import time
time.sleep(0.1)
import helper_cyc_b
A = 1
