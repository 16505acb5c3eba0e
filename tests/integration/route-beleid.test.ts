import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { pathToFileURL } from "node:url";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "../../src/ui/routes.ts";
import { beleidVanApiRoute } from "../../src/adapters/http/api-route.ts";
import type { RouteBeleid } from "../../src/adapters/http/route-beleid.ts";
import { ALGEMENE_ACTIES, DOSSIER_ACTIES } from "../../src/domain/toegang/beleid.ts";

const UI = path.resolve("src/ui");

function plat(lijst: readonly RouteConfigEntry[], ouder = ""): { pad: string; bestand: string }[] {
  return lijst.flatMap((r) => {
    const pad = r.index ? ouder : [ouder, r.path ?? ""].filter(Boolean).join("/");
    return [{ pad: pad || "/", bestand: r.file }, ...plat(r.children ?? [], pad)];
  });
}

function isBeleid(w: unknown): w is RouteBeleid {
  if (typeof w !== "object" || w === null) return false;
  const b = w as { toegang?: unknown; acties?: unknown };
  if (b.toegang === "openbaar" || b.toegang === "ingelogd") return b.acties === undefined;
  if (!Array.isArray(b.acties) || b.acties.length === 0) return false;
  const bekend: readonly string[] =
    b.toegang === "algemeen" ? ALGEMENE_ACTIES : b.toegang === "dossier" ? DOSSIER_ACTIES : [];
  return b.acties.every((a) => typeof a === "string" && bekend.includes(a));
}

describe("every route declares its access policy", () => {
  const alle = plat(routes);
  it("finds the routes", () => assert.ok(alle.length >= 20, `routes gevonden: ${alle.length}`));
  it("finds the API routes", () =>
    assert.ok(alle.filter((r) => r.bestand.startsWith("../adapters/http/api/")).length >= 9));
  for (const { pad, bestand } of alle) {
    it(`${pad} (${bestand})`, async () => {
      const module = (await import(pathToFileURL(path.join(UI, bestand)).href)) as {
        beleid?: unknown;
        loader?: unknown;
        action?: unknown;
      };
      assert.ok(isBeleid(module.beleid), `${bestand} exporteert geen geldig 'beleid'`);
      const beleid = module.beleid;
      // A route with a dossier id in its path must be decided per dossier; one without must not claim to be.
      assert.equal(beleid.toegang === "dossier", /(^|\/):id(\/|$)/.test(pad), `${pad}: dossierroute ↔ :id in het pad`);
      // Every JSON route goes through the one wrapper (method, sign-in, id, body, errors), made with the policy it exports.
      if (bestand.startsWith("../adapters/http/api/")) {
        const handlers = [module.loader, module.action].filter((h) => h !== undefined);
        assert.ok(handlers.length > 0, `${bestand}: geen loader of action`);
        for (const h of handlers)
          assert.equal(beleidVanApiRoute(h), beleid, `${bestand}: loader/action niet gemaakt met apiRoute({ beleid })`);
      }
    });
  }
});
