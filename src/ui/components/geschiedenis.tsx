import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CORRIGEERBAAR } from "../../domain/dossier/keuzes.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import { formatteerTijdstip, type Taal } from "../../i18n/vertaal.ts";
import { GebeurtenisInhoud } from "./gebeurtenis-inhoud.tsx";

/**
 * The dossier's full record, newest first: what was recorded, when, by whom in which role, and
 * why (corrections and decisions carry their reasons). Nothing here is ever rewritten.
 */
export function Geschiedenis({
  dossierId,
  gebeurtenissen,
  namen,
  open,
  laatste,
}: {
  dossierId: string;
  gebeurtenissen: readonly Gebeurtenis[];
  namen: ReadonlyMap<string, string>;
  open: boolean;
  /** Show only this many of the newest entries, with a link to the full history; all when absent. */
  laatste?: number;
}) {
  const { t, i18n } = useTranslation();
  const taal = i18n.language as Taal;
  const volgnummerVan = new Map(gebeurtenissen.map((g) => [g.id, g.volgnummer]));
  const nieuwsteEerst = [...gebeurtenissen].reverse();
  const getoond = laatste === undefined ? nieuwsteEerst : nieuwsteEerst.slice(0, laatste);
  const ingekort = getoond.length < nieuwsteEerst.length;
  const gecorrigeerd = new Set(gebeurtenissen.flatMap((g) => (g.type === "correctie" ? [g.gegevens.corrigeert] : [])));
  return (
    <section aria-labelledby="geschiedenis-titel" className="mw-stapel">
      <h2 id="geschiedenis-titel" className="nl-heading nl-heading--level-2">{t("geschiedenis.titel")}</h2>
      <p className="mw-hint">{t("geschiedenis.uitleg")}</p>
      {ingekort ? <p className="nl-paragraph">{t("geschiedenis.recent", { count: getoond.length, totaal: nieuwsteEerst.length })}</p> : null}
      <ol className="mw-lijst-zonder-punt" reversed start={nieuwsteEerst.length}>
        {getoond.map((g) => (
          <li key={g.id} className="mw-kaart" id={`gebeurtenis-${g.volgnummer}`}>
            <h3 className="nl-heading nl-heading--level-4">
              {`${g.volgnummer}. ${t(`gebeurtenis.${g.type}`)}`}
              {g.stap !== "algemeen" ? ` · ${t(`stap.${g.stap}.kort`)}` : ""}
            </h3>
            <p className="mw-meta">
              {t("geschiedenis.wie_wanneer", {
                tijd: formatteerTijdstip(g.opgetredenOp, taal),
                naam: g.actor.naam,
                rol: t(`rol.${g.actor.rol}`),
              })}
            </p>
            {g.type === "correctie" ? (
              <p className="nl-paragraph">
                {t("geschiedenis.corrigeert", { nummer: volgnummerVan.get(g.gegevens.corrigeert) ?? "?" })}{" "}
                <strong>{t("veld.reden")}:</strong> {g.gegevens.reden}
              </p>
            ) : null}
            {g.type === "besluit_genomen" && g.gegevens.voorstel ? (
              <p className="nl-paragraph">{t("geschiedenis.op_voorstel", { nummer: volgnummerVan.get(g.gegevens.voorstel) ?? "?" })}</p>
            ) : null}
            {gecorrigeerd.has(g.id) ? <p className="mw-hint">{t("geschiedenis.is_gecorrigeerd")}</p> : null}
            <GebeurtenisInhoud type={g.type === "correctie" ? typeVanDoel(gebeurtenissen, g.gegevens.corrigeert) : g.type} gegevens={g.type === "correctie" ? g.gegevens.gegevens : g.gegevens} namen={namen} />
            {open && CORRIGEERBAAR.includes(g.type) ? (
              <p className="nl-paragraph">
                <Link className="nl-link" to={`/dossiers/${dossierId}/correctie/${g.id}`}>
                  {t("geschiedenis.corrigeren")}
                  <span className="mw-visueel-verborgen">{` ${t("geschiedenis.nummer", { nummer: g.volgnummer })}`}</span>
                </Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {ingekort ? (
        <p className="nl-paragraph">
          <Link className="nl-link" to={`/dossiers/${dossierId}?verloop=alles#geschiedenis-titel`}>{t("geschiedenis.alles_tonen", { totaal: nieuwsteEerst.length })}</Link>
        </p>
      ) : null}
    </section>
  );
}

function typeVanDoel(gebeurtenissen: readonly Gebeurtenis[], id: string): string {
  return gebeurtenissen.find((g) => g.id === id)?.type ?? "onbekend";
}
