// Swedish days without teaching, from date-holidays: public holidays (röda dagar) and the eves most people have off
// (midsommarafton, julafton, nyårsafton, typed "bank" there).
import Holidays from 'date-holidays';

// date-holidays takes about 50 ms a year; the planner page is built once per language with the same years.
const made = new Map<string, Map<string, string>>();

export function swedishHolidays(fromYear: number, toYear: number): Map<string, string> {
  const key = `${fromYear}-${toYear}`;
  if (!made.has(key)) made.set(key, holidaysIn(fromYear, toYear));
  return new Map(made.get(key));
}

function holidaysIn(fromYear: number, toYear: number): Map<string, string> {
  const calendar = new Holidays('SE');
  const days = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public' || holiday.type === 'bank') days.set(holiday.date.slice(0, 10), holiday.name);
    }
  }
  return days;
}
