// The server against the GraphQL-over-HTTP spec, audited by graphql-http: every MUST holds.
import { serverAudits } from "graphql-http";
import { describe, expect, it } from "vitest";
import { useTestServer } from "../support/graph.js";


const t = useTestServer({ seed: false });

describe("GraphQL over HTTP", () => {
  it("passes every MUST audit", async () => {
    const audits = serverAudits({ url: t.server.url });
    const failures: string[] = [];
    let warnings = 0;
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === "ok") continue;
      if (audit.name.startsWith("MUST")) failures.push(`${audit.name}: ${result.reason}`);
      else warnings += 1;
    }
    console.log(`${audits.length} audits, ${failures.length} MUST failures, ${warnings} SHOULD/MAY notices`);
    expect(failures).toEqual([]);
  });
});
