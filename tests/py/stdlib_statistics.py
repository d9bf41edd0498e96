import statistics as st
from fractions import Fraction
data = [2.5, 3.25, 5.5, 11.25, 11.75]
print(st.mean([1, 2, 3, 4]), st.mean(data), st.mean([Fraction(1, 2), Fraction(1, 3)]), st.fmean([1, 2, 3]), st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3]), st.mode("aabbbc"), st.multimode("aabbcd"), st.variance([1, 2, 3, 4, 5]), st.pvariance([1, 2, 3, 4, 5]), st.stdev([1, 2, 3, 4, 5]), st.pstdev([1, 2, 3, 4, 5]))
print(st.stdev([2.5, 3.1, 4.7, 9.9, 1.2]), st.variance(data), st.pstdev(data), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles([1, 5, 9, 12], n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
try: st.mean([])
except st.StatisticsError as e: print(e)
try: st.stdev([1])
except st.StatisticsError as e: print(e)
print(st.NormalDist(5, 2), st.mean([1, 2.5]), type(st.mean([1, 2])).__name__, st.variance([Fraction(1, 3), Fraction(2, 3), Fraction(1)]))
