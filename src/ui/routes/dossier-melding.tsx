import { useT } from "../vertaling.tsx";
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/dossier-melding";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { invoerVolgensSchema } from "../../adapters/http/formulier-schema.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { GRONDEN_GEEN_GESPREK, MELDING_URGENTIES } from "../../domain/dossier/keuzes.ts";
import { meldingInhoudSchema, type MeldingInhoud } from "../../domain/melding/melding.ts";
import { Bevindingen } from "../components/bevindingen.tsx";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { GeslotenMelding, VersieVeld } from "../components/stap-kop.tsx";
import { herlaadNaConflict, useDossier } from "../dossier-data.ts";
import { isGeldigId, vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import { bekijkMeldingPagina } from "../../app/dossier/dossier-pagina.ts";
import { dossierPaginaVraag } from "../geschiedenis-pagina.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

/**
 * The report pages' own part (draft, findings, meldrecht check, reports sent), asked for here, from the
 * page request's one audited read that the layout's loader shares.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  if (!isGeldigId(params.id)) throw data(null, { status: 404 });
  const { vraag, verzoek } = dossierPaginaVraag(request, context);
  return { melding: await ofFoutpagina(bekijkMeldingPagina(runtime, wie, params.id, vraag, verzoek)) };
}

/** After a version conflict the draft is read again with the dossier, as the layout is. */
export const shouldRevalidate = herlaadNaConflict;

/** Saves the edited draft as a new version and goes to the check page. */
export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    // The draft's sections carry their own names in the form (no `inhoud.` before them).
    (f) => ({ type: "melding_concept_opgeslagen", gegevens: { inhoud: invoerVolgensSchema(meldingInhoudSchema, f) } }),
    (id) => `/dossiers/${id}/melding/controle?opgeslagen=1`,
  );
}

const TEKSTVELDEN: readonly { veld: keyof MeldingInhoud; rijen: number; feitelijk?: boolean }[] = [
  { veld: "melder", rijen: 3 },
  { veld: "betrokkenen", rijen: 4 },
  { veld: "onveiligNu", rijen: 6, feitelijk: true },
  { veld: "feiten", rijen: 8, feitelijk: true },
  { veld: "duiding", rijen: 4 },
  { veld: "risicofactoren", rijen: 4, feitelijk: true },
  { veld: "beschermend", rijen: 3 },
  { veld: "stappen", rijen: 6 },
];

/** The report to Veilig Thuis, drafted from the dossier: the professional edits, nothing is typed twice. */
export default function Melding({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const dossier = useDossier();
  const { antwoord, fouten, fout, waarde } = useFormulier();
  const { toestand } = dossier;
  const { melding } = loaderData;
  const i = melding.inhoud;
  const tekstveld = (veld: keyof MeldingInhoud) => waarde(veld, String(i[veld] ?? ""));
  return (
    <div className="mw-stapel">
      <title>{`${t("melding.titel")} · ${dossier.dossier.werknaam} · Meldwijzer`}</title>
      <h2 className="nl-heading nl-heading--level-2">{t("melding.titel")}</h2>
      <div className="mw-melding">
        <p className="nl-paragraph">{t("melding.uitleg")}</p>
      </div>
      {melding.verstuurd.length > 0 ? (
        <p className="nl-paragraph">
          {t("melding.al_verstuurd", { versie: melding.verstuurd.length })}{" "}
          <Link className="nl-link" to={`/dossiers/${dossier.dossier.id}/melding/controle`}>
            {t("melding.naar_controle")}
          </Link>
        </p>
      ) : null}
      {!melding.opgeslagen ? <p className="nl-paragraph">{t("melding.concept_uit_dossier")}</p> : null}
      {toestand.status === "open" ? (
        <>
          <FoutSamenvatting
            fouten={fouten}
            melding={antwoord?.melding ? t(antwoord.melding) : undefined}
            labelVan={(veld) => t(`melding.veld.${veld}`)}
          />
          <Form
            key={toestand.versie}
            method="post"
            className="mw-formulier"
            noValidate
            aria-labelledby="melding-form-titel"
          >
            <h3 id="melding-form-titel" className="nl-heading nl-heading--level-3">
              {t("melding.formulier")}
            </h3>
            <VersieVeld versie={toestand.versie} />
            <Keuzegroep
              naam="urgentie"
              soort="radio"
              legenda={t("melding.veld.urgentie")}
              fout={fout("urgentie")}
              verplicht
              gekozen={[waarde("urgentie", i.urgentie)]}
              opties={MELDING_URGENTIES.map((u) => ({
                waarde: u,
                label: t(`keuze.urgentie.${u}`),
                hint: t(`keuze.urgentie_hint.${u}`),
              }))}
            />
            {TEKSTVELDEN.map(({ veld, rijen, feitelijk }) => (
              <div key={veld} className="mw-stapel">
                <TekstGebied
                  naam={veld}
                  label={t(`melding.veld.${veld}`)}
                  hint={t(`melding.hint.${veld}`)}
                  waarde={tekstveld(veld)}
                  fout={fout(veld)}
                  verplicht={!["duiding", "risicofactoren", "beschermend"].includes(veld)}
                  rijen={rijen}
                />
                {feitelijk && !antwoord ? (
                  <Bevindingen
                    tekst={String(i[veld] ?? "")}
                    bevindingen={melding.bevindingen[veld as "feiten"]}
                    id={`bevindingen-${veld}`}
                  />
                ) : null}
              </div>
            ))}
            <Keuzegroep
              naam="gezinGeinformeerd"
              soort="radio"
              legenda={t("melding.veld.gezinGeinformeerd")}
              fout={fout("gezinGeinformeerd")}
              verplicht
              gekozen={[waarde("gezinGeinformeerd", i.gezinGeinformeerd)]}
              opties={(["ja", "nee"] as const).map((w) => ({ waarde: w, label: t(`algemeen.${w}`) }))}
            />
            <Keuzegroep
              naam="grondNietGeinformeerd"
              soort="radio"
              legenda={t("melding.veld.grondNietGeinformeerd")}
              hint={t("melding.hint.grondNietGeinformeerd")}
              fout={fout("grondNietGeinformeerd")}
              gekozen={[waarde("grondNietGeinformeerd", i.grondNietGeinformeerd ?? "")]}
              opties={[
                { waarde: "", label: t("melding.geen_grond") },
                ...GRONDEN_GEEN_GESPREK.map((g) => ({ waarde: g, label: t(`keuze.grond.${g}`) })),
              ]}
            />
            <TekstGebied
              naam="toelichtingGeinformeerd"
              label={t("melding.veld.toelichtingGeinformeerd")}
              hint={t("melding.hint.toelichtingGeinformeerd")}
              waarde={tekstveld("toelichtingGeinformeerd")}
              fout={fout("toelichtingGeinformeerd")}
              rijen={3}
            />
            {melding.zienswijzenNaConcept && !antwoord ? (
              <div className="mw-melding mw-melding--waarschuwing" role="status">
                <p className="nl-paragraph">{t("melding.zienswijze_nieuw")}</p>
              </div>
            ) : null}
            <TekstGebied
              naam="zienswijze"
              label={t("melding.veld.zienswijze")}
              hint={t("melding.hint.zienswijze")}
              fout={fout("zienswijze")}
              rijen={4}
              waarde={waarde("zienswijze", [i.zienswijze, melding.zienswijzenNaConcept].filter(Boolean).join("\n"))}
            />
            <TekstGebied
              naam="geraadpleegd"
              label={t("melding.veld.geraadpleegd")}
              hint={t("melding.hint.geraadpleegd")}
              waarde={tekstveld("geraadpleegd")}
              fout={fout("geraadpleegd")}
              verplicht
              rijen={4}
            />
            <TekstGebied
              naam="verwachtingen"
              label={t("melding.veld.verwachtingen")}
              hint={t("melding.hint.verwachtingen")}
              waarde={tekstveld("verwachtingen")}
              fout={fout("verwachtingen")}
              verplicht
              rijen={4}
            />
            <Knop>{t("melding.opslaan")}</Knop>
          </Form>
        </>
      ) : (
        <GeslotenMelding />
      )}
    </div>
  );
}
