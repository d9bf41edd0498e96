"""calendar: leap years, weekdays, month ranges, Calendar iterators, TextCalendar month and year layouts, timegm, errors."""
import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(int(calendar.weekday(2024, 11, 24)), calendar.monthrange(2024, 2)[1], int(calendar.monthrange(2024, 2)[0]))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6], list(calendar.month_name)[:3], len(calendar.day_name))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
print(calendar.calendar(2024))
tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2025, 3))
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:9])
print(calendar.Calendar(1).monthdatescalendar(2024, 2)[0])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.weekheader(2), calendar.weekheader(9))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.firstweekday()); print(calendar.month(2024, 9)); calendar.setfirstweekday(0)
calendar.prmonth(2024, 1)
