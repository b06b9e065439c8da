/**
 * The Vietnamese lunisolar calendar (âm lịch), computed the way Vietnam defines it: new moons and solar terms
 * reckoned at Vietnam's time zone, UTC+7 (Decision 121/1967/QĐ-CP fixed it from 1968). China reckons at UTC+8,
 * so a new moon that falls between 23:00 and 24:00 Hà Nội time starts the month one day earlier here: Tết was
 * 21 Jan 1985 in Vietnam but 20 Feb 1985 in China, 17 Feb 2007 here and 18 Feb in China.
 *
 * Algorithm: Hồ Ngọc Đức, "Âm lịch Việt Nam" (2004), itself after Jean Meeus, "Astronomical Algorithms"
 * (new-moon series and low-precision solar longitude). It is the reference implementation the Vietnamese
 * calendar sites publish; its results match the published Tết dates of 1900–2100. Floats appear only in the
 * astronomy and are floored to whole days before they leave this file.
 */

import type { IsoDate } from "../reference/types";

/** Vietnam's civil time zone, in hours east of UTC. */
export const VIETNAM_TIME_ZONE = 7;

const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695;
const degrees = Math.PI / 180;

/** Julian Day Number of a Gregorian date (the day that begins at noon UTC, as the astronomy counts). */
export function julianDayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000) + 2_440_588;
}

/** Gregorian date of a Julian Day Number, as "YYYY-MM-DD". */
export function isoDateOfJulianDay(jdn: number): IsoDate {
  const date = new Date((jdn - 2_440_588) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** Day number (local to the time zone) of the k-th new moon after 1 Jan 1900 (Meeus ch. 49, Hồ Ngọc Đức). */
function newMoonDay(k: number, timeZone: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * degrees);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * degrees) + 0.0021 * Math.sin(2 * degrees * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * degrees) + 0.0161 * Math.sin(degrees * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(degrees * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(degrees * 2 * F) - 0.0051 * Math.sin(degrees * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(degrees * (M - Mpr)) + 0.0004 * Math.sin(degrees * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(degrees * (2 * F - M)) - 0.0006 * Math.sin(degrees * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(degrees * (2 * F - Mpr)) + 0.0005 * Math.sin(degrees * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return Math.floor(jd1 + c1 - deltaT + 0.5 + timeZone / 24);
}

/** Which of the 12 thirty-degree sectors the sun's ecliptic longitude is in at the start of a local day. */
function sunLongitudeSector(dayNumber: number, timeZone: number): number {
  const T = (dayNumber - 2451545.5 - timeZone / 24) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(degrees * M);
  dl = dl + (0.019993 - 0.000101 * T) * Math.sin(degrees * 2 * M) + 0.00029 * Math.sin(degrees * 3 * M);
  let longitude = (L0 + dl) * degrees;
  longitude -= Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
  return Math.floor((longitude / Math.PI) * 6);
}

/** First day of the 11th lunar month (the one holding the winter solstice) of a Gregorian year. */
function eleventhMonthStart(year: number, timeZone: number): number {
  const offset = julianDayOf(year, 12, 31) - 2415021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const newMoon = newMoonDay(k, timeZone);
  return sunLongitudeSector(newMoon, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : newMoon;
}

/** Position after month 11 of the leap month: the first month with no major solar term. */
function leapMonthOffset(month11Start: number, timeZone: number): number {
  const k = Math.floor((month11Start - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let index = 1;
  let sector = sunLongitudeSector(newMoonDay(k + index, timeZone), timeZone);
  let previous: number;
  do {
    previous = sector;
    index++;
    sector = sunLongitudeSector(newMoonDay(k + index, timeZone), timeZone);
  } while (sector !== previous && index < 14);
  return index - 1;
}

export type LunarDate = { day: number; month: number; year: number; leap: boolean };

/** The Gregorian date of a lunar date; null when asked for a leap month the year does not have. */
export function lunarToIsoDate(lunar: LunarDate, timeZone: number = VIETNAM_TIME_ZONE): IsoDate | null {
  const { day, month, year, leap } = lunar;
  const [a11, b11] =
    month < 11
      ? [eleventhMonthStart(year - 1, timeZone), eleventhMonthStart(year, timeZone)]
      : [eleventhMonthStart(year, timeZone), eleventhMonthStart(year + 1, timeZone)];
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  return isoDateOfJulianDay(newMoonDay(k + offset, timeZone) + day - 1);
}

/** The lunar date of a Gregorian date ("YYYY-MM-DD"). */
export function isoDateToLunar(date: IsoDate, timeZone: number = VIETNAM_TIME_ZONE): LunarDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const dayNumber = julianDayOf(year, month, day);
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, timeZone);
  let a11 = eleventhMonthStart(year, timeZone);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = eleventhMonthStart(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = eleventhMonthStart(year + 1, timeZone);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: dayNumber - monthStart + 1, month: lunarMonth, year: lunarYear, leap };
}

/** Mùng 1 Tết (first day of the lunar year) of a Gregorian year, in Vietnam's reckoning unless told otherwise. */
export function lunarNewYear(year: number, timeZone: number = VIETNAM_TIME_ZONE): IsoDate {
  // Month 1 is never a leap month, so the conversion always answers.
  return lunarToIsoDate({ day: 1, month: 1, year, leap: false }, timeZone) as IsoDate;
}
