import { useT } from "../vertaling.tsx";
import { Form, useParams, useSearchParams } from "react-router";
import type { Route } from "./+types/dossier-correctie";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { invoerVolgensSchema, stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { GEBEURTENIS_SCHEMAS } from "../../domain/dossier/gebeurtenis.ts";
import { CORRIGEERBAAR, type GebeurtenisType } from "../../domain/dossier/keuzes.ts";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { GebeurtenisInhoud } from "../components/gebeurtenis-inhoud.tsx";
import { CORRECTIE_FORMULIEREN } from "../correctie-velden.server.ts";
import { herlaadNaConflict, useDossier, useToestandMetRegister } from "../dossier-data.ts";
import { registerLoader } from "../register.server.ts";
import { labelSleutel } from "../veldlabels.ts";
import { vindRegistratie, vindVastlegging } from "../../domain/dossier/toestand.ts";
import { vindVerzoek } from "../../domain/dossier/rechten.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

/**
 * The correction form of every correctable type, built from the schemas on the server, and the register to
 * name the entries (decision 0082); the rest of the dossier comes from the layout (`useDossier`).
 */
export async function loader(args: Route.LoaderArgs) {
  return { formulieren: CORRECTIE_FORMULIEREN, ...(await registerLoader(args)) };
}

/** Reloaded with the layout's data (a version conflict reloads both). */
export const shouldRevalidate = herlaadNaConflict;

export async function action(args: Route.ActionArgs) {
  let verzoek = "";
  return verwerkStapFormulier(
    args,
    (f) => {
      const doeltype = f.get("doeltype");
      // The new content is read as the corrected type's own form; the domain checks it against the entry's real type.
      const schema =
        typeof doeltype === "string" && (CORRIGEERBAAR as readonly string[]).includes(doeltype)
          ? GEBEURTENIS_SCHEMAS[doeltype as GebeurtenisType]
          : null;
      const invoer = stapInvoer("correctie", f, {
        corrigeert: args.params.gebeurtenisId,
        gegevens: schema ? invoerVolgensSchema(schema, f) : {},
      });
      verzoek = typeof invoer.gegevens["verzoek"] === "string" ? invoer.gegevens["verzoek"] : "";
      return invoer;
    },
    // A correction that carries out a family's request returns to that request, which now shows it
    // (the domain accepted `verzoek` as the id of a request of this dossier).
    (id) => (verzoek ? `/dossiers/${id}/rechten/verzoek/${verzoek}?opgeslagen=1` : `/dossiers/${id}?opgeslagen=1`),
  );
}

/** Corrects a recorded entry: the original stays in the record, the correction says what and why. */
export default function Correctie({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { gebeurtenisId } = useParams();
  const { dossier } = useDossier();
  const toestand = useToestandMetRegister(loaderData.register);
  const [zoek] = useSearchParams();
  const verzoek = vindVerzoek(toestand, zoek.get("verzoek") ?? "");
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  // The entry's kind and number from the state's register, its current content (after corrections) from its record.
  const registratie = gebeurtenisId ? vindRegistratie(toestand, gebeurtenisId) : null;
  const vastlegging = gebeurtenisId ? vindVastlegging(toestand, gebeurtenisId) : null;
  const doel = registratie && vastlegging ? { type: registratie.type, volgnummer: registratie.volgnummer } : null;
  const specs = doel ? loaderData.formulieren[doel.type] : undefined;
  // On a closed dossier only a correction that a family's request granted can be made.
  if (!doel || !vastlegging || !specs || (toestand.status !== "open" && !verzoek))
    return <p className="nl-paragraph">{t("correctie.niet_mogelijk")}</p>;
  const huidig = vastlegging.gegevens as Record<string, unknown>;
  const huidigeTekst = (naam: string) => {
    const w = huidig[naam];
    return typeof w === "string" ? w : "";
  };
  return (
    <div className="mw-stapel">
      <title>{`${t("correctie.titel")} · ${dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("correctie.titel")}</h2>
      <p className="nl-paragraph">{t("correctie.uitleg")}</p>
      {verzoek ? (
        <p className="nl-paragraph">
          {t("correctie.op_verzoek", {
            nummer: vindRegistratie(toestand, verzoek.verzoek.gebeurtenisId)?.volgnummer ?? "?",
            naam: verzoek.verzoek.gegevens.verzoeker,
          })}
        </p>
      ) : null}
      <section className="mw-kaart" aria-labelledby="origineel-titel">
        <h3 id="origineel-titel" className="nl-heading nl-heading--level-4">
          {t("correctie.huidig", { nummer: doel.volgnummer, soort: t(`gebeurtenis.${doel.type}`) })}
        </h3>
        <GebeurtenisInhoud type={doel.type} gegevens={huidig} />
      </section>
      <FoutSamenvatting fouten={fouten} melding={antwoord?.melding ? t(antwoord.melding) : undefined} />
      <Form method="post" className="mw-formulier" noValidate>
        <input type="hidden" name="versie" value={toestand.versie} />
        <input type="hidden" name="doeltype" value={doel.type} />
        {verzoek ? <input type="hidden" name="verzoek" value={verzoek.verzoek.gebeurtenisId} /> : null}
        {specs.map((spec) => {
          const standaard = antwoord ? waarde(spec.naam) : huidigeTekst(spec.naam);
          const label = t(labelSleutel(doel.type, spec.naam));
          if (spec.vast) {
            // Carried over as it is: a list as one field per entry.
            const w = huidig[spec.naam];
            const waarden = Array.isArray(w) ? w.map(String) : w === true ? ["ja"] : [huidigeTekst(spec.naam)];
            return waarden.map((v, i) => <input key={`${spec.naam}-${i}`} type="hidden" name={spec.naam} value={v} />);
          }
          switch (spec.soort) {
            case "gebied":
              return (
                <TekstGebied key={spec.naam} naam={spec.naam} label={label} waarde={standaard} fout={fout(spec.naam)} />
              );
            case "keuze":
            case "meerkeuze":
            case "vinkje": {
              const opties = spec.soort === "vinkje" ? ["ja"] : (spec.opties ?? []);
              const gekozen = antwoord
                ? waarden(spec.naam)
                : spec.soort === "vinkje"
                  ? huidig[spec.naam]
                    ? ["ja"]
                    : []
                  : spec.soort === "meerkeuze"
                    ? ((huidig[spec.naam] as string[] | undefined) ?? [])
                    : [huidigeTekst(spec.naam)];
              return (
                <Keuzegroep
                  key={spec.naam}
                  naam={spec.naam}
                  soort={spec.soort === "keuze" ? "radio" : "checkbox"}
                  legenda={label}
                  fout={fout(spec.naam)}
                  gekozen={gekozen}
                  opties={opties.map((o) => ({
                    waarde: o,
                    label: spec.soort === "vinkje" ? t("algemeen.ja") : t(`keuze.${spec.lijst}.${o}`),
                  }))}
                />
              );
            }
            default:
              return (
                <TekstVeld
                  key={spec.naam}
                  naam={spec.naam}
                  type={spec.soort === "datum" ? "date" : "text"}
                  label={label}
                  waarde={standaard}
                  fout={fout(spec.naam)}
                />
              );
          }
        })}
        <TekstGebied
          naam="reden"
          label={t("veld.reden_correctie")}
          hint={t("hint.reden_correctie")}
          waarde={waarde("reden")}
          fout={fout("reden")}
          verplicht
          rijen={2}
        />
        <Knop>{t("correctie.knop")}</Knop>
      </Form>
    </div>
  );
}
