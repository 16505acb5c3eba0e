import { index, route, type RouteConfig } from "@react-router/dev/routes";

/** One route per operation. Pages live in src/ui/routes, the JSON API in src/adapters/http/api. */
export default [
  index("routes/start.tsx"),
  route("inloggen", "routes/inloggen.tsx"),
  route("uitloggen", "routes/uitloggen.tsx"),
  route("taal", "routes/taal.tsx"),
  route("dossiers", "routes/dossiers.tsx"),
  route("dossiers/nieuw", "routes/dossier-nieuw.tsx"),
  route("dossiers/:id", "routes/dossier-layout.tsx", { id: "dossier" }, [
    index("routes/dossier-overzicht.tsx"),
    route("signalen", "routes/dossier-signalen.tsx"),
    route("kindcheck", "routes/dossier-kindcheck.tsx"),
    route("consultatie", "routes/dossier-consultatie.tsx"),
    route("gesprek", "routes/dossier-gesprek.tsx"),
    route("afweging", "routes/dossier-afweging.tsx"),
    route("besluit", "routes/dossier-besluit.tsx"),
    route("afsluiten", "routes/dossier-afsluiten.tsx"),
    route("correctie/:gebeurtenisId", "routes/dossier-correctie.tsx"),
    route("toegang", "routes/dossier-toegang.tsx"),
    route("inzage", "routes/dossier-inzage.tsx"),
  ]),
  route("noodtoegang", "routes/noodtoegang.tsx"),
  route("toegangslog", "routes/toegangslog.tsx"),
  route("api/sessie", "../adapters/http/api/sessie.ts"),
  route("api/dossiers", "../adapters/http/api/dossiers.ts"),
  route("api/dossiers/:id", "../adapters/http/api/dossier.ts"),
  route("api/dossiers/:id/gebeurtenissen", "../adapters/http/api/gebeurtenissen.ts"),
  route("api/afwegingskader/evaluatie", "../adapters/http/api/afwegingskader-evaluatie.ts"),
  route("api/auditlog", "../adapters/http/api/auditlog.ts"),
  route("api/openapi.json", "../adapters/http/api/openapi.ts"),
  route("*", "routes/niet-gevonden.tsx"),
] satisfies RouteConfig;
