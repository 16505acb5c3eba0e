import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { leesBronbestand } from "../helpers/bronbestand.ts";

/** The guard that tests which read a source file by its path use (tests/helpers/bronbestand.ts). */
describe("a test that reads a file of the repository", () => {
  it("gets the text when the file is there and holds what the test looks for", () => {
    const tekst = leesBronbestand("src/ui/routes.ts", ["route(", /route\("api\//u]);
    assert.ok(tekst.includes("routes/dossier-inzage.tsx"));
  });

  it("fails, naming the file, when the file moved", () => {
    assert.throws(
      () => leesBronbestand("src/adapters/db/schema/sectoren.ts", ["sector"]),
      /src\/adapters\/db\/schema\/sectoren\.ts bestaat niet meer/u,
    );
  });

  it("fails, naming what is missing, when the file no longer holds it", () => {
    assert.throws(
      () => leesBronbestand("src/ui/routes.ts", ["route(", "geen-route-heet-zo", /nergens\(/u]),
      (fout: unknown) => {
        const bericht = String((fout as Error).message);
        return (
          bericht.includes("src/ui/routes.ts bevat niet meer") &&
          bericht.includes("geen-route-heet-zo") &&
          bericht.includes("/nergens\\(/u") &&
          !bericht.includes("route(,")
        );
      },
    );
  });
});
