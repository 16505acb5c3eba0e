import { useEffect, useState } from "react";
import { useT } from "../vertaling.tsx";
import { Form } from "react-router";
import type { Route } from "./+types/dossier-afweging";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { AFWEGINGSVRAGEN, type AfwegingUitkomst, type VraagNummer } from "../../domain/afweging/afwegingskader.ts";
import { ANTWOORDEN } from "../../domain/dossier/keuzes.ts";
import { AfwegingUitleg } from "../components/afweging-uitleg.tsx";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, useFormulier, VeldPrefix } from "../components/formulier.tsx";
import { GeslotenMelding, StapKop, VersieVeld } from "../components/stap-kop.tsx";
import { useDossier } from "../dossier-data.ts";
import { stapHulpLoader } from "../stap-hulp.server.ts";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

/** This page's guidance (decision 0065); the dossier itself comes from the layout (`useDossier`). */
export const loader = stapHulpLoader("wegen");

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "toevoegen"] };

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("afweging_beantwoord", f),
    (id) => `/dossiers/${id}/afweging?opgeslagen=1`,
  );
}

/**
 * Live preview, only with JavaScript: what the afwegingskader would conclude with the answer the
 * person is about to give, asked of the same evaluator through the JSON API.
 */
function useVoorbeeld(
  antwoorden: Record<string, string>,
  disclosure: boolean,
  vraag: VraagNummer,
  gekozen: string | null,
) {
  const [voorbeeld, zetVoorbeeld] = useState<AfwegingUitkomst | null>(null);
  useEffect(() => {
    if (!gekozen) return;
    const controller = new AbortController();
    fetch("/api/afwegingskader/evaluatie", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ antwoorden: { ...antwoorden, [vraag]: gekozen }, disclosure }),
      signal: controller.signal,
    })
      .then((r) => (r.ok ? (r.json() as Promise<AfwegingUitkomst>) : null))
      .then(zetVoorbeeld)
      .catch(() => undefined);
    return () => controller.abort();
  }, [antwoorden, disclosure, vraag, gekozen]);
  return voorbeeld;
}

function VraagFormulier({ vraag, versie, actief }: { vraag: VraagNummer; versie: number; actief: boolean }) {
  const { t } = useT();
  const { antwoord, fout, waarde } = useFormulier();
  const { toestand } = useDossier();
  const ditFormulier = antwoord?.waarden["vraag"] === String(vraag);
  const [gekozen, zetGekozen] = useState<string | null>(null);
  const antwoorden = Object.fromEntries(Object.entries(toestand.antwoorden).map(([n, a]) => [n, a?.antwoord ?? ""]));
  const voorbeeld = useVoorbeeld(antwoorden, toestand.disclosure, vraag, actief ? gekozen : null);
  return (
    <VeldPrefix.Provider value={`v${vraag}-`}>
      <Form
        key={versie}
        method="post"
        className="mw-formulier"
        noValidate
        onChange={(e) => {
          const doel: unknown = e.target;
          if (doel instanceof HTMLInputElement && doel.name === "antwoord") zetGekozen(doel.value);
        }}
      >
        <VersieVeld versie={versie} />
        <input type="hidden" name="vraag" value={vraag} />
        <Keuzegroep
          naam="antwoord"
          soort="radio"
          legenda={t("afweging.uw_antwoord")}
          fout={ditFormulier ? fout("antwoord") : undefined}
          verplicht
          gekozen={[ditFormulier ? waarde("antwoord") : (toestand.antwoorden[vraag]?.antwoord ?? "")]}
          opties={ANTWOORDEN.map((a) => ({
            waarde: a,
            label: t(`keuze.antwoord.${a}`),
            ...(a === "weet_niet" ? { hint: t("afweging.weet_niet_telt_als_nee") } : {}),
          }))}
        />
        <TekstGebied
          naam="toelichting"
          label={t("veld.toelichting")}
          hint={t("hint.toelichting_afweging")}
          waarde={ditFormulier ? waarde("toelichting") : ""}
          fout={ditFormulier ? fout("toelichting") : undefined}
          verplicht
          rijen={3}
        />
        {voorbeeld ? (
          <div className="mw-paneel" aria-live="polite">
            <h4 className="nl-heading nl-heading--level-5">{t("afweging.voorbeeld")}</h4>
            <AfwegingUitleg afweging={voorbeeld} />
          </div>
        ) : null}
        <Knop>{t("afweging.knop")}</Knop>
      </Form>
    </VeldPrefix.Provider>
  );
}

export default function Afweging({ loaderData: hulp }: Route.ComponentProps) {
  const { t, taal } = useT();
  const dossier = useDossier();
  const { antwoord, fouten } = useFormulier();
  const { toestand } = dossier;
  const { afweging } = toestand;
  const zichtbaar = AFWEGINGSVRAGEN.filter(
    (v) => afweging.pad.some((p) => p.vraag === v.nummer) || afweging.volgendeVraag === v.nummer,
  );
  const open = toestand.status === "open";
  return (
    <div className="mw-stapel">
      <StapKop stap="wegen" dossier={dossier} kennis={hulp.kennis} />
      <section aria-labelledby="begrippen-titel" className="mw-stapel">
        <h3 id="begrippen-titel" className="nl-heading nl-heading--level-3">
          {t("kennis.begrippen_titel")}
        </h3>
        <p className="nl-paragraph">
          {t("kennis.begrippen_uitleg", { sector: t(`sector.${dossier.sector}`).toLowerCase() })}
        </p>
        {(["acuteOnveiligheid", "structureleOnveiligheid", "disclosure"] as const).map((b) => (
          <details key={b} className="mw-kennis">
            <summary>{t(`kennis.begrip.${b}`)}</summary>
            <p className="nl-paragraph">{hulp.definities[b].definitie}</p>
            <p className="nl-paragraph">
              <strong>{t("kennis.voorbeelden")}</strong>
            </p>
            <ul className="mw-lijst">
              {hulp.definities[b].voorbeelden.map((v) => (
                <li key={v}>{v}</li>
              ))}
            </ul>
          </details>
        ))}
      </section>
      <section aria-labelledby="uitkomst-titel" className="mw-paneel">
        <h3 id="uitkomst-titel" className="nl-heading nl-heading--level-3">
          {t("afweging.uitkomst_titel")}
        </h3>
        <AfwegingUitleg afweging={afweging} />
      </section>
      {toestand.disclosure ? (
        <div className="mw-melding mw-melding--waarschuwing">
          <p className="nl-paragraph">{t("afweging.disclosure_vervangt")}</p>
        </div>
      ) : null}
      <FoutSamenvatting
        fouten={fouten}
        melding={antwoord?.melding ? t(antwoord.melding) : undefined}
        prefix={`v${String(antwoord?.waarden["vraag"] ?? "")}-`}
      />
      <ol className="mw-lijst-zonder-punt">
        {zichtbaar.map((v) => {
          const gegeven = toestand.antwoorden[v.nummer];
          const actief = afweging.volgendeVraag === v.nummer;
          return (
            <li key={v.nummer} className={`mw-vraag${actief ? " mw-vraag--actief" : ""}`}>
              <p className="mw-vraag__nummer">
                {t("afweging.vraag_n", { n: v.nummer })} ·{" "}
                {t(v.nummer <= 2 ? "stap.wegen.kort" : "stap.beslissen.kort")}
              </p>
              <h3 className="nl-heading nl-heading--level-4" lang="nl">
                {v.tekst}
              </h3>
              {taal === "en" ? <p className="mw-hint">{t(`afweging.vertaling.${v.nummer}`)}</p> : null}
              <p className="mw-hint">{t(`afweging.toelichting.${v.nummer}`)}</p>
              {v.nummer >= 3 && afweging.samenMetVeiligThuis ? (
                <p className="nl-paragraph">
                  <strong>{t("afweging.samen_met_vt")}</strong>
                </p>
              ) : null}
              {gegeven ? (
                <>
                  <p className="nl-paragraph">
                    <strong>{t(`keuze.antwoord.${gegeven.antwoord}`)}</strong> — {gegeven.toelichting}
                  </p>
                  <p className="mw-meta">
                    {t("geschiedenis.wie_wanneer", {
                      tijd: formatteerTijdstip(gegeven.beantwoordOp, taal),
                      naam: gegeven.beantwoordDoor.naam,
                      rol: t(`rol.${gegeven.beantwoordDoor.rol}`),
                    })}
                  </p>
                  {open ? (
                    <details>
                      <summary>{t("afweging.wijzigen")}</summary>
                      <VraagFormulier vraag={v.nummer} versie={toestand.versie} actief={false} />
                    </details>
                  ) : null}
                </>
              ) : open ? (
                <VraagFormulier vraag={v.nummer} versie={toestand.versie} actief={actief} />
              ) : null}
            </li>
          );
        })}
      </ol>
      {!open ? <GeslotenMelding /> : null}
    </div>
  );
}
