// Rules added in extractor 1.35, on short made-up texts: what the speaker's own side will do as an undertaking.
import { describe, expect, it } from "vitest";
import { actsOf, extractorAt } from "./support/run.js";

const run = extractorAt("2024-07-06T12:00:00+05:00", "article:test-r135");
const acts = actsOf(run);

describe("extractor 1.35 rules", () => {
  it("reads what the speaker's own state or government will do as a promise, and another's as no promise", () => {
    expect(acts("Defence Minister Khawaja Asif said Pakistan will utilize its resources to protect its land and citizens.")).toEqual(["PROMISE"]);
    expect(acts("Zabihullah Mujahid said Afghanistan will make decisions based on its national interests.")).toEqual(["PROMISE"]);
    expect(acts("Zabihullah Mujahid said Pakistan will face a crisis of its own making.")).not.toContain("PROMISE");
  });
});
