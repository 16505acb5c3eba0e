import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq } from "drizzle-orm";
import { toegangslog } from "../../src/adapters/db/schema.ts";
import { laadGebeurtenissen, vindDossier } from "../../src/adapters/db/dossier.repository.ts";
import { action as gebeurtenissenApi } from "../../src/adapters/http/api/gebeurtenissen.ts";
import { renderPdf } from "../../src/adapters/pdf/melding-pdf.ts";
import { meldingAlsPdfDocument } from "../../src/adapters/pdf/melding-naar-pdf.ts";
import type { AppContext, Ingelogd } from "../../src/app/context.ts";
import { bekijkDossier } from "../../src/app/dossier/bekijk-dossier.ts";
import { openDossier } from "../../src/app/dossier/voeg-gebeurtenis-toe.ts";
import { leesMeldingVoorUitvoer } from "../../src/app/melding/melding-lezen.ts";
import { controleerProjecties } from "../../src/app/dossier/projecties.ts";
import { verzoekStand, zienswijzenBij } from "../../src/domain/dossier/rechten.ts";
import { bouwToestand } from "../../src/domain/dossier/toestand.ts";
import { startApiOrganisatie, type ApiOrganisatie } from "../helpers/api-sessies.ts";
import { runtimeDatabases } from "../helpers/app-runtime.ts";
import { OPENING, SIGNAAL } from "../helpers/gebeurtenissen.ts";
import { pdfTekst } from "../support/pdf-tekst.ts";

/**
 * The family's rights through the JSON API, which takes the same path as the pages
 * (`voegGebeurtenisToeAanDossier`): who may record a request, decide it, correct under it and add a
 * view; what is refused stores nothing and is logged; and the view reaches the report's PDF.
 */
const databases = await runtimeDatabases("mw-rechten-");

type Antwoord = {
  status: number;
  json: { id?: string; versie?: number; fout?: { code: string; velden: { veld: string; melding: string }[] } };
};

for (const api of databases) {
  describe(`the family's rights on ${api.naam}`, () => {
    let ctx: AppContext;
    let organisatieId: string;
    let sanne: Ingelogd;
    let fatima: Ingelogd;
    let app: ApiOrganisatie | undefined;

    before(async () => {
      app = await startApiOrganisatie(api, `Rechten ${api.naam}`, [["medewerker"], ["aandachtsfunctionaris"]]);
      ctx = app.runtime;
      organisatieId = app.organisatieId;
      [sanne, fatima] = app.mensen as [Ingelogd, Ingelogd];
    });
    after(async () => app?.stop());

    async function post(
      wie: Ingelogd,
      id: string,
      type: string,
      verwachteVersie: number,
      gegevens: object,
    ): Promise<Antwoord> {
      assert.ok(app);
      const antwoord = await gebeurtenissenApi(
        app.sessies.post(`/api/dossiers/${id}/gebeurtenissen`, wie, { type, verwachteVersie, gegevens }, { id }),
      );
      return { status: antwoord.status, json: (await antwoord.json()) as Antwoord["json"] };
    }
    const versie = async (id: string) => (await vindDossier(ctx.db, organisatieId, id))?.versie ?? -1;
    const vandaag = () => ctx.klok().toISOString().slice(0, 10);

    /** Sanne's dossier with one signal: event 2 is the signal. */
    async function dossierMetSignaal(): Promise<{ id: string; signaal: string }> {
      const id = await openDossier(ctx, sanne, OPENING.gegevens);
      const signaal = await post(sanne, id, "signaal_vastgelegd", 1, {
        ...SIGNAAL.gegevens,
        datumWaarneming: vandaag(),
      });
      assert.equal(signaal.status, 201);
      return { id, signaal: signaal.json.id ?? "" };
    }

    it("a request is recorded by the medewerker, decided only by the aandachtsfunctionaris, and the correction under it is linked both ways", async () => {
      const { id, signaal } = await dossierMetSignaal();
      const verzoek = await post(sanne, id, "correctieverzoek_vastgelegd", 2, {
        soort: "correctie",
        verzoeker: "Mevrouw Jansen",
        relatie: "ouder",
        datum: vandaag(),
        vastleggingen: [signaal],
        gevraagd: "De jas lag in de tas.",
      });
      assert.equal(verzoek.status, 201, JSON.stringify(verzoek.json));
      const verzoekId = verzoek.json.id ?? "";

      const beslissing = { verzoek: verzoekId, beslissing: "toegewezen", reden: "Moeder liet de jas zien." };
      const geweigerd = await post(sanne, id, "correctieverzoek_beslist", 3, beslissing);
      assert.equal(geweigerd.status, 403, "the medewerker who wrote the entry does not decide");
      assert.equal(geweigerd.json.fout?.code, "GEEN_TOEGANG");
      assert.equal(await versie(id), 3, "nothing stored");
      const log = await ctx.db
        .select()
        .from(toegangslog)
        .where(
          and(
            eq(toegangslog.dossierId, id),
            eq(toegangslog.gebruikerId, sanne.gebruiker.id),
            eq(toegangslog.uitkomst, "geweigerd"),
          ),
        );
      assert.equal(log.length, 1, "the refusal is logged");

      const zonderReden = await post(fatima, id, "correctieverzoek_beslist", 3, { ...beslissing, reden: "" });
      assert.equal(zonderReden.status, 400);
      assert.equal(zonderReden.json.fout?.velden[0]?.veld, "gegevens.reden");
      assert.match(zonderReden.json.fout?.velden[0]?.melding ?? "", /[a-z]/u, "a message in words");
      assert.equal(
        (await post(fatima, id, "correctieverzoek_beslist", 3, beslissing)).status,
        201,
        "the aandachtsfunctionaris decides",
      );
      assert.equal((await post(fatima, id, "correctieverzoek_beslist", 4, beslissing)).status, 400, "once");

      const correctie = await post(sanne, id, "correctie", 4, {
        corrigeert: signaal,
        verzoek: verzoekId,
        reden: "Op verzoek van moeder.",
        gegevens: {
          ...SIGNAAL.gegevens,
          datumWaarneming: vandaag(),
          waarneming: "Komt zonder jas aan; de jas zat in de tas.",
        },
      });
      assert.equal(correctie.status, 201, JSON.stringify(correctie.json));

      const { toestand } = await bekijkDossier(ctx, fatima, id);
      const gelezen = toestand.correctieverzoeken[0];
      assert.ok(gelezen);
      assert.equal(verzoekStand(gelezen), "gecorrigeerd");
      assert.deepEqual(gelezen.correctieIds, [correctie.json.id], "the request shows its correction");
      assert.equal(
        toestand.signalen[0]?.correcties[0]?.gegevens.verzoek,
        verzoekId,
        "the correction shows its request",
      );
    });

    it("a view is added as the family's words beside the entry, and goes into the report's PDF", async () => {
      const { id, signaal } = await dossierMetSignaal();
      const zienswijze = {
        gegevenDoor: "Ruben Jansen",
        relatie: "ouder",
        datum: vandaag(),
        wijze: "mondeling",
        opgeschrevenDoor: "Sanne",
        zienswijze: "K. wil zijn jas in de klas niet aan; wij zorgen goed voor hem.",
        betreft: [signaal],
      };
      const zonderSchrijver = await post(sanne, id, "zienswijze_toegevoegd", 2, {
        ...zienswijze,
        opgeschrevenDoor: "",
      });
      assert.equal(zonderSchrijver.status, 400, "told, so someone wrote it down");
      assert.equal(zonderSchrijver.json.fout?.velden[0]?.veld, "gegevens.opgeschrevenDoor");
      const vreemd = await post(sanne, id, "zienswijze_toegevoegd", 2, { ...zienswijze, betreft: [id] });
      assert.equal(vreemd.status, 400, "an id that is no entry of this dossier");
      assert.equal(await versie(id), 2, "nothing stored");
      assert.equal((await post(sanne, id, "zienswijze_toegevoegd", 2, zienswijze)).status, 201);

      const { toestand } = await bekijkDossier(ctx, sanne, id);
      assert.deepEqual(
        zienswijzenBij(toestand, signaal).map((z) => z.gegevens.gegevenDoor),
        ["Ruben Jansen"],
      );

      const melding = await leesMeldingVoorUitvoer(ctx, sanne, id, "exporteren");
      assert.match(
        melding.inhoud.zienswijze ?? "",
        /Ruben Jansen \(ouder of verzorger\), mondeling gegeven, opgeschreven door Sanne/u,
      );
      const tekst = (await pdfTekst(await renderPdf(meldingAlsPdfDocument(melding)))).paginas
        .join("\n")
        .replace(/\s+/g, " ");
      assert.match(tekst, /Zienswijze van ouders\/cliënt/u);
      assert.match(tekst, /wij zorgen goed voor hem/u);
    });

    it("a closed dossier still takes a request and a view, and a granted removal stays open", async () => {
      const { id, signaal } = await dossierMetSignaal();
      assert.equal((await post(sanne, id, "dossier_afgesloten", 2, { reden: "Zorg weggenomen." })).status, 201);
      assert.equal(
        (await post(sanne, id, "signaal_vastgelegd", 3, { ...SIGNAAL.gegevens, datumWaarneming: vandaag() })).status,
        409,
        "closed for the steps",
      );
      const verzoek = await post(sanne, id, "correctieverzoek_vastgelegd", 3, {
        soort: "verwijdering",
        verzoeker: "Mevrouw Jansen",
        relatie: "ouder",
        datum: vandaag(),
        vastleggingen: [signaal],
        gevraagd: "Haal dit signaal weg.",
      });
      assert.equal(verzoek.status, 201);
      assert.equal(
        (
          await post(fatima, id, "correctieverzoek_beslist", 4, {
            verzoek: verzoek.json.id,
            beslissing: "toegewezen",
            reden: "Het signaal berust op een vergissing.",
          })
        ).status,
        201,
      );
      const { toestand } = await bekijkDossier(ctx, fatima, id);
      assert.equal(toestand.status, "gesloten");
      assert.equal(verzoekStand(toestand.correctieverzoeken[0]!), "verwijdering_open", "open until destruction");
      assert.equal(toestand.signalen[0]?.gegevens.waarneming, SIGNAAL.gegevens.waarneming, "nothing edited away");
    });

    it("the state snapshot holds requests, corrections under them and views, and reads back as a rebuild", async () => {
      const { id, signaal } = await dossierMetSignaal();
      const verzoek = await post(sanne, id, "correctieverzoek_vastgelegd", 2, {
        soort: "correctie",
        verzoeker: "Mevrouw Jansen",
        relatie: "ouder",
        datum: vandaag(),
        vastleggingen: [signaal],
        gevraagd: "Dit klopt niet.",
      });
      assert.equal(
        (
          await post(fatima, id, "correctieverzoek_beslist", 3, {
            verzoek: verzoek.json.id,
            beslissing: "deels_toegewezen",
            reden: "Deels juist.",
          })
        ).status,
        201,
      );
      assert.equal(
        (
          await post(fatima, id, "correctie", 4, {
            corrigeert: signaal,
            verzoek: verzoek.json.id,
            reden: "Deels juist.",
            gegevens: { ...SIGNAAL.gegevens, datumWaarneming: vandaag(), waarneming: "Aangepast." },
          })
        ).status,
        201,
      );
      // Enough entries after the first snapshot for the next one (every 16), which then holds all of the above.
      for (let v = 5; v <= 18; v++) {
        const gegeven = await post(sanne, id, "zienswijze_toegevoegd", v, {
          gegevenDoor: "Mevrouw Jansen",
          relatie: "ouder",
          datum: vandaag(),
          wijze: "schriftelijk",
          zienswijze: `Brief ${v}.`,
          betreft: v % 2 ? [signaal] : [],
        });
        assert.equal(gegeven.status, 201);
      }
      const { toestand } = await bekijkDossier(ctx, fatima, id);
      const herbouwd = bouwToestand(await laadGebeurtenissen(ctx.db, organisatieId, id));
      assert.deepEqual(
        JSON.parse(JSON.stringify(toestand)),
        JSON.parse(JSON.stringify(herbouwd)),
        "snapshot + tail = rebuild",
      );
      assert.equal(toestand.zienswijzen.length, 14);
      assert.equal(toestand.correctieverzoeken[0]?.correctieIds.length, 1);

      const controle = await controleerProjecties(ctx.db);
      assert.ok(controle.gecontroleerd >= 3, "the dossiers of this file");
      assert.deepEqual(controle.verschillen, []);
    });
  });
}
