import time
time.sleep(0.1)
import helper_cyc_a
B = 2
