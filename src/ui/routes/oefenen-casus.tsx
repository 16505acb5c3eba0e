import { useT } from "../vertaling.tsx";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/oefenen-casus";
import { vereisIngelogd } from "../../adapters/http/aanmelding.ts";
import { formulierFout, leesFormulier, lijstVan, tekstVan, waardenVan } from "../../adapters/http/formulier.ts";
import { ofFoutpagina } from "../../adapters/http/http-fout.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";
import { beantwoordOefenpunt, begin, bekijkOefening } from "../../app/oefenen/oefenen.ts";
import { gesprekHulp, stapKennis } from "../../domain/kennis/inhoud.ts";
import { casusInTaal, REFLECTIE_IDS, REFLECTIEVRAGEN } from "../../domain/kennis/oefencasussen.ts";
import { alsAfweging, alsKeuze, alsReflectie } from "../../domain/oefenen/oefen-invoer.ts";
import {
  beoordeelAfweging,
  beoordeelKeuze,
  PUNT_AFWEGING,
  PUNT_REFLECTIE,
  volgendPunt,
} from "../../domain/oefenen/oefencasus.ts";
import { taalVanVerzoek } from "../../i18n/vertaal.ts";
import { AfwegingUitleg } from "../components/afweging-uitleg.tsx";
import { FoutSamenvatting, Keuzegroep, Knop, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { AfwegingVragen } from "../components/oefen-afweging.tsx";

export const beleid: RouteBeleid = { toegang: "algemeen", acties: ["oefenen"] };

/** The real guidance beside each stage: what you see goes with stap 1, what you hear later with stap 2. */
const STAP_VAN_FASE = ["signalen", "consultatie"] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const taal = taalVanVerzoek(request);
  const { casus, sessie, antwoorden } = await ofFoutpagina(bekijkOefening(runtime, wie, params.casus));
  const beeld = casusInTaal(casus, taal);
  const afweging = alsAfweging(antwoorden.get(PUNT_AFWEGING));
  const feedback = afweging ? beoordeelAfweging(casus, afweging.antwoorden, afweging.disclosure) : null;
  const hulp = gesprekHulp(taal);
  return {
    casus: beeld,
    volgend: sessie?.afgerondOp ? null : volgendPunt(casus, new Set(antwoorden.keys())),
    afgerond: Boolean(sessie?.afgerondOp),
    fasen: casus.fasen.map((f, i) => {
      const gegeven = alsKeuze(antwoorden.get(f.id));
      const stap = STAP_VAN_FASE[Math.min(i, STAP_VAN_FASE.length - 1)] ?? "signalen";
      return {
        ...beeld.fasen[i]!,
        richtlijn: stapKennis(stap, taal),
        uitkomst: gegeven
          ? {
              gekozen: gegeven.gekozen,
              ...beoordeelKeuze(f.beslispunt, gegeven.gekozen),
              weging: f.beslispunt.weging[taal],
              passend: f.beslispunt.opties.filter((o) => o.passend).map((o) => o.id),
            }
          : null,
      };
    }),
    gesprek: {
      richtlijn: stapKennis("gesprek", taal),
      voorbereiding: hulp.vragen,
      veiligheid: hulp.veiligheid,
      kaart: hulp.kaart,
      dilemmas: hulp.dilemmas.filter((d) => casus.gesprek.dilemmas.includes(d.id as never)),
    },
    reflectieVragen: REFLECTIE_IDS.map((id) => ({
      id,
      vraag: REFLECTIEVRAGEN[id].vraag[taal],
      toelichting: REFLECTIEVRAGEN[id].toelichting[taal],
    })),
    reflectie: alsReflectie(antwoorden.get(PUNT_REFLECTIE)),
    wegen: stapKennis("wegen", taal),
    afweging: afweging && feedback ? { ...feedback, gegeven: afweging, waarom: casus.afweging.waarom[taal] } : null,
    teBeoordelen: casus.teBeoordelen.map((tb) => tb[taal]),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { runtime, wie } = await vereisIngelogd(request, context);
  const formulier = await leesFormulier(request);
  const waarden = waardenVan(formulier);
  try {
    if (tekstVan(formulier, "bedoeling") === "opnieuw") await begin(runtime, wie, params.casus);
    else {
      const punt = tekstVan(formulier, "punt");
      const velden = Object.fromEntries(Object.entries(waarden).map(([k, v]) => [k, typeof v === "string" ? v : ""]));
      await beantwoordOefenpunt(runtime, wie, params.casus, { punt, gekozen: lijstVan(formulier, "keuze"), velden });
      return redirect(
        `/oefenen/${params.casus}#${punt === PUNT_AFWEGING ? "afweging" : punt === PUNT_REFLECTIE ? "gesprek" : `fase-${punt}`}`,
      );
    }
    return redirect(`/oefenen/${params.casus}`);
  } catch (fout) {
    return formulierFout(fout, waarden);
  }
}

export default function OefenCasus({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const { antwoord, fouten, fout, waarde, waarden } = useFormulier();
  const { casus, fasen, volgend } = loaderData;
  const fasenKlaar = fasen.every((f) => f.uitkomst);
  return (
    <article className="mw-stapel" aria-labelledby="casus-titel">
      <title>{`${casus.titel} · ${t("oefenen.titel")} · Meldwijzer`}</title>
      <p>
        <Link className="nl-link" to="/oefenen">
          {t("oefenen.terug")}
        </Link>
      </p>
      <h1 id="casus-titel" className="nl-heading nl-heading--level-1">
        {casus.titel}
      </h1>
      <p className="nl-paragraph">
        <span className="mw-oefenlabel">{t("oefenen.label")}</span> {t(`sector.${casus.sector}`)} · {casus.kern}
      </p>
      <FoutSamenvatting
        fouten={fouten}
        melding={antwoord?.melding ? t(antwoord.melding) : undefined}
        labelVan={(v) => t(`oefenen.veld.${v.replace(/^vraag_\d$/, "vraag")}`, { n: v.slice(-1) })}
      />

      {fasen.map((f, i) =>
        i === 0 || fasen[i - 1]?.uitkomst ? (
          <section key={f.id} id={`fase-${f.id}`} aria-labelledby={`fase-${f.id}-titel`} className="mw-stapel">
            <h2 id={`fase-${f.id}-titel`} className="nl-heading nl-heading--level-2">
              {t("oefenen.fase_n", { n: i + 1 })}: {f.titel}
            </h2>
            <p className="nl-paragraph mw-verhaal">{f.verhaal}</p>
            <details className="mw-kennis">
              <summary>{t("oefenen.richtlijn")}</summary>
              <p className="nl-paragraph">{f.richtlijn.uitleg}</p>
              <ul className="mw-lijst">
                {f.richtlijn.punten.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </details>
            {f.uitkomst ? (
              <div className="mw-paneel mw-stapel" aria-labelledby={`fb-${f.id}`}>
                <h3 id={`fb-${f.id}`} className="nl-heading nl-heading--level-3">
                  {f.uitkomst.helemaalGoed ? t("oefenen.feedback.goed") : t("oefenen.feedback.deels")}
                </h3>
                <p className="nl-paragraph">
                  <strong>{f.beslispunt.vraag}</strong>
                </p>
                <ul className="mw-feedback">
                  {f.beslispunt.opties.map((o) => {
                    const soort = f.uitkomst?.goed.includes(o.id)
                      ? "goed"
                      : f.uitkomst?.gemist.includes(o.id)
                        ? "gemist"
                        : f.uitkomst?.onnodig.includes(o.id)
                          ? "onnodig"
                          : null;
                    return (
                      <li key={o.id} className={soort ? `mw-feedback--${soort}` : undefined}>
                        {o.tekst}{" "}
                        {soort ? (
                          <span className="mw-meta">({t(`oefenen.feedback.${soort}_kort`)})</span>
                        ) : (
                          <span className="mw-meta">({t("oefenen.feedback.terecht_niet")})</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
                <h4 className="nl-heading nl-heading--level-4">{t("oefenen.feedback.weging")}</h4>
                <p className="nl-paragraph">{f.uitkomst.weging}</p>
              </div>
            ) : volgend === f.id ? (
              <Form method="post" className="mw-formulier" action={`#fase-${f.id}`}>
                <input type="hidden" name="punt" value={f.id} />
                <Keuzegroep
                  naam="keuze"
                  soort={f.beslispunt.soort === "meerkeuze" ? "checkbox" : "radio"}
                  legenda={f.beslispunt.vraag}
                  hint={f.beslispunt.soort === "meerkeuze" ? t("oefenen.meerdere_mogelijk") : undefined}
                  fout={fout("keuze")}
                  gekozen={waarden("keuze")}
                  opties={f.beslispunt.opties.map((o) => ({ waarde: o.id, label: o.tekst }))}
                />
                <Knop>{t("oefenen.antwoord_geven")}</Knop>
              </Form>
            ) : null}
          </section>
        ) : null,
      )}

      {fasenKlaar ? (
        <section id="gesprek" aria-labelledby="gesprek-titel" className="mw-stapel">
          <h2 id="gesprek-titel" className="nl-heading nl-heading--level-2">
            {t("oefenen.gesprek.titel")}
          </h2>
          <p className="nl-paragraph">{loaderData.gesprek.richtlijn.uitleg}</p>
          <div className="mw-melding mw-melding--waarschuwing">
            <p className="nl-paragraph">{casus.gesprek.aandachtspunt}</p>
          </div>
          <details className="mw-kennis">
            <summary>{t("oefenen.gesprek.voorbereiden")}</summary>
            <ul className="mw-lijst">
              {loaderData.gesprek.voorbereiding.map((v) => (
                <li key={v.id}>
                  <strong>{v.vraag}</strong> {v.toelichting}
                </li>
              ))}
            </ul>
            <p className="nl-paragraph">
              <strong>{loaderData.gesprek.veiligheid.vraag}</strong> {loaderData.gesprek.veiligheid.gevolg}
            </p>
          </details>
          <details className="mw-kennis">
            <summary>{loaderData.gesprek.kaart.titel}</summary>
            <ol className="mw-lijst">
              {loaderData.gesprek.kaart.punten.map((p) => (
                <li key={p.id}>
                  <strong>{p.titel}.</strong> {p.uitleg}
                </li>
              ))}
            </ol>
            <p className="nl-paragraph">
              <Link className="nl-link" to="/gesprekskaart">
                {t("oefenen.gesprek.kaart_link")}
              </Link>
            </p>
          </details>
          <h3 className="nl-heading nl-heading--level-3">{t("oefenen.gesprek.reacties")}</h3>
          <ul className="mw-lijst-zonder-punt">
            {casus.gesprek.reacties.map((r) => (
              <li key={r.reactie} className="mw-kaart">
                <p className="nl-paragraph">
                  <strong>{r.reactie}</strong>
                </p>
                <p className="nl-paragraph">{r.mogelijkheid}</p>
              </li>
            ))}
          </ul>
          {loaderData.gesprek.dilemmas.map((d) => (
            <details key={d.id} className="mw-kennis">
              <summary>{t("oefenen.gesprek.dilemma", { titel: d.titel })}</summary>
              <p className="nl-paragraph">{d.situatie}</p>
              <ul className="mw-lijst">
                {d.mogelijkheden.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </details>
          ))}
          <h3 className="nl-heading nl-heading--level-3">{t("oefenen.reflectie.titel")}</h3>
          <p className="nl-paragraph">{t("oefenen.reflectie.uitleg")}</p>
          {loaderData.reflectie ? (
            <dl className="mw-gegevens">
              {loaderData.reflectieVragen.map((v) => (
                <div key={v.id} className="mw-dl-rij">
                  <dt>{v.vraag}</dt>
                  <dd>{loaderData.reflectie?.[v.id]}</dd>
                </div>
              ))}
            </dl>
          ) : volgend === PUNT_REFLECTIE ? (
            <Form method="post" className="mw-formulier" action="#gesprek">
              <input type="hidden" name="punt" value={PUNT_REFLECTIE} />
              {loaderData.reflectieVragen.map((v) => (
                <TekstGebied
                  key={v.id}
                  naam={v.id}
                  label={v.vraag}
                  hint={v.toelichting}
                  waarde={waarde(v.id)}
                  fout={fout(v.id)}
                  verplicht
                  rijen={3}
                />
              ))}
              <Knop>{t("oefenen.reflectie.bewaren")}</Knop>
            </Form>
          ) : null}
        </section>
      ) : null}

      {loaderData.reflectie ? (
        <section id="afweging" aria-labelledby="afweging-titel" className="mw-stapel">
          <h2 id="afweging-titel" className="nl-heading nl-heading--level-2">
            {t("oefenen.afweging.titel")}
          </h2>
          <p className="nl-paragraph mw-verhaal">{casus.naGesprek}</p>
          <p className="nl-paragraph">{loaderData.wegen.uitleg}</p>
          {loaderData.afweging ? (
            <div className="mw-stapel">
              <div
                className={`mw-melding ${loaderData.afweging.zelfdeAdvies ? "mw-melding--succes" : "mw-melding--waarschuwing"}`}
                role="status"
              >
                <p className="nl-paragraph">
                  <strong>
                    {loaderData.afweging.zelfdeAdvies ? t("oefenen.afweging.zelfde") : t("oefenen.afweging.anders")}
                  </strong>
                </p>
                {loaderData.afweging.andersBeantwoord.length > 0 ? (
                  <p className="nl-paragraph">
                    {t("oefenen.afweging.anders_beantwoord", {
                      vragen: loaderData.afweging.andersBeantwoord.join(", "),
                    })}
                  </p>
                ) : null}
              </div>
              <div className="mw-paneel">
                <h3 className="nl-heading nl-heading--level-3">{t("oefenen.afweging.uw_uitkomst")}</h3>
                <AfwegingUitleg afweging={loaderData.afweging.eigen} />
              </div>
              <div className="mw-paneel">
                <h3 className="nl-heading nl-heading--level-3">{t("oefenen.afweging.casus_uitkomst")}</h3>
                <AfwegingUitleg afweging={loaderData.afweging.casus} />
                <h4 className="nl-heading nl-heading--level-4">{t("oefenen.afweging.waarom")}</h4>
                <p className="nl-paragraph">{loaderData.afweging.waarom}</p>
              </div>
              {loaderData.teBeoordelen.length > 0 ? (
                <details className="mw-kennis">
                  <summary>{t("oefenen.te_beoordelen")}</summary>
                  <ul className="mw-lijst">
                    {loaderData.teBeoordelen.map((tb) => (
                      <li key={tb}>{tb}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <Form method="post">
                <input type="hidden" name="bedoeling" value="opnieuw" />
                <Knop soort="secondary">{t("oefenen.opnieuw")}</Knop>
              </Form>
            </div>
          ) : volgend === PUNT_AFWEGING ? (
            <Form method="post" className="mw-formulier" action="#afweging">
              <input type="hidden" name="punt" value={PUNT_AFWEGING} />
              <Keuzegroep
                naam="disclosure"
                soort="radio"
                legenda={t("oefenen.afweging.disclosure")}
                hint={t("oefenen.afweging.disclosure_hint")}
                fout={fout("disclosure")}
                gekozen={[waarde("disclosure")]}
                opties={[
                  { waarde: "nee", label: t("algemeen.nee") },
                  { waarde: "ja", label: t("algemeen.ja") },
                ]}
              />
              <AfwegingVragen verplicht={false} fout={fout} waarde={waarde} />
              <Knop>{t("oefenen.afweging.knop")}</Knop>
            </Form>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
