import { useT } from "../vertaling.tsx";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/beheer-import";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, tekstVan, type FormulierAntwoord } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { mailVoorVerzoek } from "../../adapters/http/samenstelling.ts";
import { bekijkImport, voerImportUit, type ImportBekeken } from "../../app/beheer/personeelsimport.ts";
import { MAX_BESTAND_BYTES, MAX_RIJEN, telRijenMetProblemen } from "../../domain/organisatie/personeelsimport.ts";
import { alsBeheerder } from "../../app/beheer/gebruikers.ts";
import { DomeinFout } from "../../domain/fouten.ts";
import { BestandVeld, FoutSamenvatting, Knop, useFormulier } from "../components/formulier.tsx";
import { Tabel } from "../components/tabel.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["gebruikers_beheren"] };

/** The file, and in step 2 the same file again as base64 (a third larger) beside the form's other fields. */
const MAX_FORMULIER_BYTES = Math.ceil((MAX_BESTAND_BYTES * 4) / 3) + 64 * 1024;

const VOORBEELD =
  "naam;e-mail;rollen\nAnna de Vries;a.devries@school.nl;medewerker\nBert Jansen;b.jansen@school.nl;aandachtsfunctionaris|medewerker\nCarla Smit;c.smit@school.nl;eindverantwoordelijke\n";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  // A refusal is logged like every other beheer page.
  return ofFoutpagina(
    alsBeheerder(runtime, wie, "import", () =>
      Promise.resolve({ voorbeeld: VOORBEELD, maxRijen: MAX_RIJEN, maxKb: MAX_BESTAND_BYTES / 1024 }),
    ),
  );
}

function alsVoorbeeld(bekeken: ImportBekeken, bytes: Uint8Array) {
  const { voorbeeld, hash, importeerbaar } = bekeken;
  return {
    stap: "voorbeeld" as const,
    rijen: voorbeeld.rijen,
    bestandsproblemen: voorbeeld.bestandsproblemen,
    metProblemen: telRijenMetProblemen(voorbeeld),
    importeerbaar,
    // Only a file that can be imported travels back with the confirmation.
    inhoud: importeerbaar ? Buffer.from(bytes).toString("base64") : "",
    hash,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request, MAX_FORMULIER_BYTES);
  try {
    if (tekstVan(formulier, "bedoeling") === "importeren") {
      const bytes = Uint8Array.from(Buffer.from(tekstVan(formulier, "inhoud"), "base64"));
      const { verzender, basisUrl } = mailVoorVerzoek(runtime, request);
      try {
        const uitkomst = await voerImportUit(runtime, wie, bytes, tekstVan(formulier, "hash"), { verzender, basisUrl });
        if (uitkomst.soort === "voorbeeld") return data(alsVoorbeeld(uitkomst.bekeken, bytes), { status: 409 });
        runtime.logger.info(
          { gebruikerId: wie.gebruiker.id, aantal: uitkomst.personen.length, gemaild: uitkomst.gemaild },
          "personeel geïmporteerd",
        );
        return data({
          stap: "klaar" as const,
          personen: uitkomst.personen,
          gemaild: uitkomst.gemaild,
          metMail: verzender !== null,
        });
      } finally {
        await verzender?.sluit();
      }
    }
    const bestand = formulier.get("bestand");
    if (!(bestand instanceof File) || (bestand.size === 0 && bestand.name === ""))
      throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "bestand", sleutel: "import.geen_bestand" }]);
    const bytes = new Uint8Array(await bestand.arrayBuffer());
    const bekeken = await bekijkImport(runtime, wie, bytes);
    return data(alsVoorbeeld(bekeken, bytes), { status: bekeken.importeerbaar ? 200 : 422 });
  } catch (fout) {
    // Not the case's version conflict: the file differs from the one previewed.
    if (fout instanceof DomeinFout && fout.code === "VERSIE_CONFLICT")
      return data({ fouten: [], waarden: {}, melding: "import.gewijzigd" } satisfies FormulierAntwoord, {
        status: 409,
      });
    return formulierFout(fout, {});
  }
}

type Voorbeeld = ReturnType<typeof alsVoorbeeld>;

function Voorbeeldtabel({ voorbeeld }: { voorbeeld: Voorbeeld }) {
  const { t } = useT();
  return (
    <Tabel
      bijschrift={t("import.tabel")}
      kolommen={[
        t("import.kolom_regel"),
        t("beheer.kolom_naam"),
        t("veld.email"),
        t("beheer.kolom_rollen"),
        t("import.kolom_uitkomst"),
      ]}
    >
      {voorbeeld.rijen.map((r) => (
        <tr key={r.regel} className="utrecht-table__row">
          <td className="utrecht-table__cell">{r.regel}</td>
          <td className="utrecht-table__cell">{r.naam || "—"}</td>
          <td className="utrecht-table__cell">{r.email || "—"}</td>
          <td className="utrecht-table__cell">{r.rollen.map((rol) => t(`rol.${rol}`)).join(", ") || "—"}</td>
          <td className="utrecht-table__cell">
            {r.problemen.length === 0 ? (
              t("import.wordt_uitgenodigd")
            ) : (
              <ul className="mw-lijst mw-fout">
                {r.problemen.map((p) => (
                  <li key={p.sleutel + JSON.stringify(p.waarden ?? {})}>
                    {t(`import.probleem.${p.sleutel}`, p.waarden)}
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </Tabel>
  );
}

function Uploadformulier({ fout }: { fout: string | undefined }) {
  const { t } = useT();
  return (
    <Form method="post" encType="multipart/form-data" className="mw-formulier" noValidate>
      <input type="hidden" name="bedoeling" value="bekijken" />
      <BestandVeld
        naam="bestand"
        label={t("import.bestand")}
        hint={t("import.bestand_hint")}
        accept=".csv,text/csv"
        fout={fout}
        verplicht
      />
      <Knop>{t("import.bekijken_knop")}</Knop>
    </Form>
  );
}

export default function BeheerImport({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout } = useFormulier();
  const voorbeeld = actionData && "stap" in actionData && actionData.stap === "voorbeeld" ? actionData : null;
  const klaar = actionData && "stap" in actionData && actionData.stap === "klaar" ? actionData : null;
  const melding = antwoord && "melding" in antwoord && antwoord.melding ? t(antwoord.melding) : undefined;
  return (
    <div className="mw-stapel">
      <title>{`${t("import.titel")} · Meldwijzer`}</title>
      <p className="nl-paragraph">
        <Link className="nl-link" to="/beheer">
          {t("import.terug")}
        </Link>
      </p>
      <h1 className="nl-heading nl-heading--level-1">{t("import.titel")}</h1>
      {klaar ? (
        <section aria-labelledby="import-klaar" className="mw-stapel">
          <h2 id="import-klaar" className="nl-heading nl-heading--level-2">
            {t("import.klaar_titel", { aantal: klaar.personen.length })}
          </h2>
          <div className="mw-melding" role="status">
            <p className="nl-paragraph">
              {klaar.metMail ? t("import.klaar_gemaild", { aantal: klaar.gemaild }) : t("import.klaar_zonder_mail")}
            </p>
          </div>
          {klaar.personen.some((p) => p.link) ? (
            <>
              <p className="nl-paragraph">
                <strong>{t("import.eenmalig_getoond")}</strong>
              </p>
              <Tabel bijschrift={t("import.links")} kolommen={[t("beheer.kolom_naam"), t("import.kolom_link")]}>
                {klaar.personen
                  .filter((p) => p.link)
                  .map((p) => (
                    <tr key={p.email} className="utrecht-table__row">
                      <td className="utrecht-table__cell">
                        {p.naam}
                        <br />
                        <span className="mw-hint">{p.email}</span>
                      </td>
                      <td className="utrecht-table__cell">
                        <code className="mw-geheim">{p.link}</code>
                      </td>
                    </tr>
                  ))}
              </Tabel>
            </>
          ) : null}
          <p className="nl-paragraph">
            <Link className="nl-link" to="/beheer">
              {t("import.naar_beheer")}
            </Link>
          </p>
        </section>
      ) : (
        <>
          <p className="nl-paragraph">{t("import.uitleg", { max: loaderData.maxRijen, kb: loaderData.maxKb })}</p>
          <p className="nl-paragraph">{t("import.voorbeeld_uitleg")}</p>
          <pre className="mw-voorbeeldbestand" aria-label={t("import.voorbeeld_label")}>
            {loaderData.voorbeeld}
          </pre>
          <FoutSamenvatting fouten={fouten} melding={melding} />
          {voorbeeld ? (
            <section aria-labelledby="import-voorbeeld" className="mw-stapel">
              <h2 id="import-voorbeeld" className="nl-heading nl-heading--level-2">
                {t("import.voorbeeld_titel")}
              </h2>
              {voorbeeld.bestandsproblemen.length > 0 ? (
                <div className="mw-samenvatting" role="alert">
                  <p className="nl-paragraph">{t("import.bestand_afgewezen")}</p>
                  <ul className="mw-lijst">
                    {voorbeeld.bestandsproblemen.map((p) => (
                      <li key={p.sleutel}>{t(`import.probleem.${p.sleutel}`, p.waarden)}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <div
                  className={voorbeeld.importeerbaar ? "mw-melding" : "mw-samenvatting"}
                  role={voorbeeld.importeerbaar ? "status" : "alert"}
                >
                  <p className="nl-paragraph">
                    {voorbeeld.importeerbaar
                      ? t("import.klaar_om_te_importeren", { aantal: voorbeeld.rijen.length })
                      : t("import.problemen", { aantal: voorbeeld.metProblemen, totaal: voorbeeld.rijen.length })}
                  </p>
                </div>
              )}
              {voorbeeld.rijen.length > 0 ? <Voorbeeldtabel voorbeeld={voorbeeld} /> : null}
              {voorbeeld.importeerbaar ? (
                <Form method="post" encType="multipart/form-data" className="mw-formulier" noValidate>
                  <input type="hidden" name="bedoeling" value="importeren" />
                  <input type="hidden" name="inhoud" value={voorbeeld.inhoud} />
                  <input type="hidden" name="hash" value={voorbeeld.hash} />
                  <Knop>{t("import.importeren_knop", { aantal: voorbeeld.rijen.length })}</Knop>
                </Form>
              ) : null}
            </section>
          ) : null}
          <section aria-labelledby="import-bestand" className="mw-stapel mw-smal">
            <h2 id="import-bestand" className="nl-heading nl-heading--level-2">
              {t(voorbeeld ? "import.ander_bestand" : "import.bestand_kiezen")}
            </h2>
            <Uploadformulier fout={fout("bestand")} />
          </section>
        </>
      )}
    </div>
  );
}
