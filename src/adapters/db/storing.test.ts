import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LogNietBeschikbaarFout } from "../../app/toegang/logboek.ts";
import { isDatabaseStoring } from "./storing.ts";

const metCode = (code: string, bericht = "x") => Object.assign(new Error(bericht), { code });
class DrizzleQueryError extends Error {
  constructor(cause: unknown) {
    super("Failed query: insert into dossiers ... params: Connection terminated unexpectedly", { cause });
    this.name = "DrizzleQueryError";
  }
}

describe("isDatabaseStoring", () => {
  const gevallen: { naam: string; fout: unknown; storing: boolean }[] = [
    { naam: "connection refused", fout: metCode("ECONNREFUSED"), storing: true },
    {
      naam: "both loopback addresses refused (AggregateError)",
      fout: new AggregateError([metCode("ECONNREFUSED"), metCode("ECONNREFUSED")]),
      storing: true,
    },
    { naam: "connection reset", fout: metCode("ECONNRESET"), storing: true },
    { naam: "server shutting down (57P01)", fout: metCode("57P01"), storing: true },
    { naam: "crash of another backend (57P02)", fout: metCode("57P02"), storing: true },
    { naam: "starting up (57P03)", fout: metCode("57P03"), storing: true },
    { naam: "connection exception class 08", fout: metCode("08006"), storing: true },
    { naam: "lost mid-query", fout: new Error("Connection terminated unexpectedly"), storing: true },
    {
      naam: "lost client reused",
      fout: new Error("Client has encountered a connection error and is not queryable"),
      storing: true,
    },
    { naam: "pool timeout", fout: new Error("timeout exceeded when trying to connect"), storing: true },
    {
      naam: "wrapped by drizzle",
      fout: new DrizzleQueryError(new Error("Connection terminated unexpectedly")),
      storing: true,
    },
    {
      naam: "access log unwritable because the database is down",
      fout: new LogNietBeschikbaarFout(new DrizzleQueryError(metCode("57P01"))),
      storing: true,
    },
    { naam: "unique violation", fout: metCode("23505"), storing: false },
    {
      naam: "access log unwritable for another reason",
      fout: new LogNietBeschikbaarFout(new DrizzleQueryError(metCode("42501"))),
      storing: false,
    },
    {
      naam: "the drizzle message alone (it carries parameters) does not count",
      fout: new DrizzleQueryError(new Error("boom")),
      storing: false,
    },
    { naam: "a missing file", fout: metCode("ENOENT"), storing: false },
    { naam: "not an error", fout: "Connection terminated", storing: false },
    { naam: "nothing", fout: undefined, storing: false },
  ];
  for (const { naam, fout, storing } of gevallen) {
    it(`${naam}: ${storing ? "outage" : "no outage"}`, () => assert.equal(isDatabaseStoring(fout), storing));
  }

  it("stops at a cause chain that loops", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    a.cause = a;
    assert.equal(isDatabaseStoring(a), false);
  });
});
