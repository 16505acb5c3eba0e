import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { ActionFunctionArgs, AppLoadContext } from "react-router";
import { laadGebeurtenissen, vindDossier } from "../../src/adapters/db/dossier.repository.ts";
import { action as gebeurtenissenApi } from "../../src/adapters/http/api/gebeurtenissen.ts";
import type { FormulierAntwoord } from "../../src/adapters/http/formulier.ts";
import { vandaagInNederland, type AppContext, type Ingelogd } from "../../src/app/context.ts";
import { openDossier, voegGebeurtenisToeAanDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { meldingHash, type MeldingInhoud } from "../../src/domain/melding/melding.ts";
import { vertaler } from "../../src/i18n/vertaal.ts";
import { action as versturenPagina } from "../../src/ui/routes/dossier-melding-controle.tsx";
import { meldAanVoorApi } from "../helpers/api-sessies.ts";
import { runtimeDatabases, startTestRuntime } from "../helpers/app-runtime.ts";
import { maakOrganisatieMetMensen } from "../helpers/fabriek.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";

/**
 * Decision 0030: marking the report sent is judged by the domain from the dossier's state, so the
 * JSON API and the check page give the same refusals, and what is stored is always the latest saved
 * draft. Through the API route and the page's action themselves, each on its own runtime.
 */
const INHOUD: MeldingInhoud = {
  melder: "Sanne de Wit, leerkracht, De Regenboog, 010-1234567",
  betrokkenen: "Kind: K. (groep 4), 7 jaar.",
  onveiligNu: "Op 10 november had K. een afdruk van vier vingers op de wang.",
  feiten: "10-11-2026 (eigen waarneming): afdruk op de wang.",
  stappen: "Consultatie 11-11-2026.",
  gezinGeinformeerd: "ja",
  geraadpleegd: "Aandachtsfunctionaris op 11-11-2026.",
  urgentie: "spoed",
  verwachtingen: "Onderzoek door Veilig Thuis.",
};
const NIET_BEWAARD: MeldingInhoud = {
  ...INHOUD,
  onveiligNu: "Tekst die nooit als concept is bewaard.",
  urgentie: "acuut",
};

const databases = await runtimeDatabases("mw-versturen-");

type ApiFout = { fout?: { code: string; velden: { veld: string; melding: string }[] } };
const nl = vertaler("nl");

for (const db of databases) {
  describe(`marking the report sent through the API and the page on ${db.naam}`, () => {
    let ctx: AppContext;
    let sanne: Ingelogd;
    let cookie = "";
    let organisatieId = "";
    let stopRuntimeEnOmgeving: () => Promise<void> = async () => {};
    let samenstelling: Awaited<ReturnType<typeof startTestRuntime>>["runtime"];

    before(async () => {
      const gestart = await startTestRuntime(db);
      stopRuntimeEnOmgeving = gestart.stop;
      samenstelling = gestart.runtime;
      const runtime = gestart.runtime;
      ctx = runtime;
      const org = await maakOrganisatieMetMensen(runtime.database, `Versturen ${db.naam}`, [["medewerker"]]);
      organisatieId = org.organisatieId;
      sanne = org.mensen[0] as Ingelogd;
      cookie = (await meldAanVoorApi(runtime, [sanne])).cookie(sanne);
    });
    after(async () => stopRuntimeEnOmgeving());

    const verzending = () => ({
      wijze: "telefoon",
      datum: vandaagInNederland(ctx.klok()),
      tijd: "09:30",
      contactpersoon: "Mw. De Boer",
      referentie: "VT-2026-118",
    });
    const args = (request: Request, id: string) =>
      ({
        request,
        params: { id },
        context: { nonce: "", adres: "127.0.0.1", samenstelling },
      }) as unknown as ActionFunctionArgs<AppLoadContext>;

    async function viaApi(
      id: string,
      verwachteVersie: number,
      gegevens: object,
    ): Promise<{ status: number; json: ApiFout & { versie?: number } }> {
      const request = new Request(`http://localhost/api/dossiers/${id}/gebeurtenissen`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ type: "melding_verstuurd", verwachteVersie, gegevens }),
      });
      const antwoord = await gebeurtenissenApi(args(request, id));
      return { status: antwoord.status, json: (await antwoord.json()) as ApiFout & { versie?: number } };
    }

    async function viaPagina(
      id: string,
      versie: number,
      velden: Record<string, string>,
    ): Promise<{ status: number; fouten: FormulierAntwoord["fouten"] }> {
      const request = new Request(`http://localhost/dossiers/${id}/melding/controle`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ versie: String(versie), ...velden }),
      });
      const antwoord = (await versturenPagina(args(request, id) as never)) as unknown;
      if (antwoord instanceof Response) return { status: antwoord.status, fouten: [] };
      const { data, init } = antwoord as { data: FormulierAntwoord; init: { status: number } };
      return { status: init.status, fouten: data.fouten };
    }

    async function versie(id: string): Promise<number> {
      return (await vindDossier(ctx.db, organisatieId, id))?.versie ?? -1;
    }

    /** The API's refusal and the page's, for the same dossier at the same version: one rule, one message. */
    async function beideWeigeren(id: string, sleutel: string): Promise<void> {
      const voor = await versie(id);
      const api = await viaApi(id, voor, verzending());
      const pagina = await viaPagina(id, voor, verzending());
      assert.equal(api.status, 400, "the API refuses with 400");
      assert.equal(pagina.status, 400, "the page refuses with 400");
      assert.equal(api.json.fout?.code, "ONGELDIGE_INVOER");
      assert.deepEqual(
        api.json.fout?.velden.map((v) => v.veld),
        ["type"],
        "one refusal",
      );
      assert.ok(
        api.json.fout?.velden[0]?.melding.endsWith(nl(sleutel)),
        `the API names the rule in Dutch: ${api.json.fout?.velden[0]?.melding}`,
      );
      assert.deepEqual(
        pagina.fouten.map((f) => f.sleutel),
        [sleutel],
        "the page names the same rule",
      );
      assert.equal(await versie(id), voor, "nothing stored");
    }

    async function dossierMetSignaal(): Promise<string> {
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, { ...SIGNAAL, verwachteVersie: 1 });
      return id;
    }

    it("refuses to send without a saved draft, on both paths", async () => {
      await beideWeigeren(await dossierMetSignaal(), "fout.eerst_concept");
    });

    it("refuses content from the caller, also with a matching hash, and stores nothing", async () => {
      const id = await dossierMetSignaal();
      for (const inhoud of [NIET_BEWAARD, INHOUD]) {
        const { status, json } = await viaApi(id, 2, { ...verzending(), inhoud, hash: meldingHash(inhoud) });
        assert.equal(status, 400, "refused");
        assert.deepEqual(
          json.fout?.velden.map((v) => v.veld),
          ["gegevens.inhoud"],
          "one refusal, on the content",
        );
        assert.ok(
          json.fout?.velden[0]?.melding.endsWith(nl("fout.inhoud_uit_concept")),
          `a Dutch message: ${json.fout?.velden[0]?.melding}`,
        );
      }
      const { status, json } = await viaApi(id, 2, { ...verzending(), hash: "a".repeat(64) });
      assert.equal(status, 400, "a hash alone is refused too");
      assert.equal(json.fout?.velden[0]?.veld, "gegevens.hash");
      assert.equal(await versie(id), 2, "nothing stored");
    });

    it("sends the latest saved draft through the API, frozen with its hash; an unchanged resend is refused on both paths", async () => {
      const id = await dossierMetSignaal();
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "melding_concept_opgeslagen",
        verwachteVersie: 2,
        gegevens: { inhoud: NIET_BEWAARD },
      });
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "melding_concept_opgeslagen",
        verwachteVersie: 3,
        gegevens: { inhoud: INHOUD },
      });
      const verstuurd = await viaApi(id, 4, verzending());
      assert.equal(verstuurd.status, 201, JSON.stringify(verstuurd.json));
      const opgeslagen = (await laadGebeurtenissen(ctx.db, organisatieId, id)).at(-1);
      assert.equal(opgeslagen?.type, "melding_verstuurd");
      assert.deepEqual(
        opgeslagen?.gegevens,
        { ...verzending(), inhoud: INHOUD, hash: meldingHash(INHOUD) },
        "the latest draft, its hash, and how it went",
      );
      await beideWeigeren(id, "fout.al_verstuurd");
      // Saved again with the content already sent: still the same report.
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "melding_concept_opgeslagen",
        verwachteVersie: 5,
        gegevens: { inhoud: INHOUD },
      });
      await beideWeigeren(id, "fout.al_verstuurd");
    });

    it("sends a changed draft through the page as the next version, built by the same rule", async () => {
      const id = await dossierMetSignaal();
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "melding_concept_opgeslagen",
        verwachteVersie: 2,
        gegevens: { inhoud: INHOUD },
      });
      assert.equal((await viaPagina(id, 3, verzending())).status, 302, "the page redirects after sending");
      await voegGebeurtenisToeAanDossier(ctx, sanne, id, {
        type: "melding_concept_opgeslagen",
        verwachteVersie: 4,
        gegevens: { inhoud: NIET_BEWAARD },
      });
      assert.equal((await viaApi(id, 5, verzending())).status, 201, "the changed draft through the API");
      const verstuurd = (await laadGebeurtenissen(ctx.db, organisatieId, id)).filter(
        (g) => g.type === "melding_verstuurd",
      );
      assert.deepEqual(
        verstuurd.map((g) => (g.gegevens as { hash: string }).hash),
        [meldingHash(INHOUD), meldingHash(NIET_BEWAARD)],
        "two versions, each its own draft",
      );
    });
  });
}
