import { describe, expect, it } from "vitest";
import { resolveTimeExpressions } from "../../src/ingest/extract/dates.js";

const pub = "2023-12-18T14:20:00+03:30"; // a Monday, Tehran time
const one = (sentence: string, publishedAt = pub) => {
  const all = resolveTimeExpressions(sentence, publishedAt);
  expect(all).toHaveLength(1);
  const t = all[0]!;
  expect(sentence.slice(t.span.start, t.span.end)).toBe(t.text);
  return [t.text, t.start, t.end, t.precision];
};

describe("resolveTimeExpressions", () => {
  it("biases month names and weekdays to before publication", () => {
    expect(one("groups that attacked two army posts last February used")).toEqual(["last February", "2023-02-01", "2023-02-28", "MONTH"]);
    expect(one("And in November, the Taliban said")).toEqual(["in November", "2023-11-01", "2023-11-30", "MONTH"]);
    expect(one("citing Pakistani media on Monday.")).toEqual(["on Monday", "2023-12-18", "2023-12-18", "DAY"]);
    expect(one("met officials on Wednesday to discuss")).toEqual(["on Wednesday", "2023-12-13", "2023-12-13", "DAY"]);
    expect(one("the attack of 12 December.")).toEqual(["12 December", "2023-12-12", "2023-12-12", "DAY"]);
  });

  it("keeps a time limit a few months ahead in the future, and other dates in the past", () => {
    const october = "2023-10-06T12:00:00+05:30";
    expect(one("Pakistan had set a deadline of November 1 for refugees to leave.", october)).toEqual(["November 1", "2023-11-01", "2023-11-01", "DAY"]);
    expect(one("It will deport undocumented foreigners after Oct. 31.", october)).toEqual(["Oct. 31", "2023-10-31", "2023-10-31", "DAY"]);
    expect(one("The talks were held on November 1.", october)).toEqual(["on November 1", "2022-11-01", "2022-11-01", "DAY"]);
    // A limit much further ahead is more likely a past one.
    expect(one("They had to leave by February 15.", october)).toEqual(["February 15", "2023-02-15", "2023-02-15", "DAY"]);
  });

  it("reads calendar weeks Monday to Sunday", () => {
    expect(one("taking place last week when")).toEqual(["last week", "2023-12-11", "2023-12-17", "WEEK"]);
    expect(one("Last week, the Afghan Taliban")).toEqual(["Last week", "2023-12-11", "2023-12-17", "WEEK"]);
    expect(one("talks are planned next week")).toEqual(["next week", "2023-12-25", "2023-12-31", "WEEK"]);
  });

  it("keeps explicit months and years with their precision", () => {
    expect(one("came to power in Kabul in August 2021")).toEqual(["in August 2021", "2021-08-01", "2021-08-31", "MONTH"]);
    expect(one("left behind in Afghanistan in 2021.")).toEqual(["in 2021", "2021-01-01", "2021-12-31", "YEAR"]);
    expect(one("August 3, 2023")).toEqual(["August 3, 2023", "2023-08-03", "2023-08-03", "DAY"]);
    expect(one("in the first quarter of 2023")).toEqual(["in the first quarter of 2023", "2023-01-01", "2023-03-31", "QUARTER"]);
    expect(one("since the 1990s")).toEqual(["the 1990s", "1990-01-01", "1999-12-31", "DECADE"]);
    expect(one("overran Afghanistan in mid-August 2021")).toEqual(["in mid-August 2021", "2021-08-11", "2021-08-20", "MONTH"]);
  });

  it("resolves ranges and rolling spans", () => {
    expect(one("attacks from July until mid-December this year.")).toEqual(["from July until mid-December this year", "2023-07-01", "2023-12-15", "MONTH"]);
    expect(one("foiled in recent months, with")).toEqual(["in recent months", "2023-09-18", "2023-12-18", "MONTH"]);
    expect(one("In the past year, Islamabad has")).toEqual(["In the past year", "2022-12-18", "2023-12-18", "YEAR"]);
    expect(one("have over the past months intensified")).toEqual(["over the past months", "2023-09-18", "2023-12-18", "MONTH"]);
    expect(one("so far this year")).toEqual(["this year", "2023-01-01", "2023-12-18", "YEAR"]);
  });

  it("uses the publisher's local date, not UTC", () => {
    // 01:30 on Monday 18 Dec in Islamabad is still Sunday 17 Dec in UTC.
    expect(one("officials said on Monday", "2023-12-18T01:30:00+05:00")).toEqual(["on Monday", "2023-12-18", "2023-12-18", "DAY"]);
    expect(one("taking place last week", "2023-12-18T01:30:00+05:00")).toEqual(["last week", "2023-12-11", "2023-12-17", "WEEK"]);
    // 23:30 on Sunday 17 Dec in Washington is already Monday in UTC.
    expect(one("officials said on Monday", "2023-12-17T23:30:00-05:00")).toEqual(["on Monday", "2023-12-11", "2023-12-11", "DAY"]);
  });

  it("skips what is not a date of its own", () => {
    for (const s of ["between 8,000 to 12,000 TTP fighters", "after 20 years of war", "a day after Pakistan summoned", "in the last weeks of their pullout"]) {
      expect(resolveTimeExpressions(s, pub)).toEqual([]);
    }
  });
});
