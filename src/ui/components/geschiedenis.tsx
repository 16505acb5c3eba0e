import { useT } from "../vertaling.tsx";
import { CORRIGEERBAAR } from "../../domain/dossier/keuzes.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import type { Registratie } from "../../domain/dossier/toestand.ts";
import { formatteerTijdstip } from "../../i18n/vertaal.ts";
import { GebeurtenisInhoud } from "./gebeurtenis-inhoud.tsx";
import { ZienswijzenBij } from "./zienswijzen-bij.tsx";

/**
 * The dossier's record, newest first: what was recorded, when, by whom in which role, and why
 * (corrections and decisions carry their reasons). Nothing here is ever rewritten. It shows one page
 * of entries (decision 0032): the newest few on the overview, or a page of the full history with a
 * link to the entries before it; what an entry refers to is named from the state's register. Its links are
 * plain links, followed inside the app by the overview's click handler (`useVolgBinnenApp`, decision 0075).
 */
export function Geschiedenis({
  dossierId,
  gebeurtenissen,
  totaal,
  register,
  namen,
  open,
  volledig,
}: {
  dossierId: string;
  /** The page shown, newest first. */
  gebeurtenissen: readonly Gebeurtenis[];
  /** How many entries the dossier has (its version). */
  totaal: number;
  register: ReadonlyMap<string, Registratie>;
  namen: ReadonlyMap<string, string>;
  open: boolean;
  /** A page of the full history (with paging back), or the newest entries of the overview. */
  volledig: boolean;
}) {
  const { t, taal } = useT();
  const volgnummerVan = (id: string) => register.get(id)?.volgnummer;
  const getoond = gebeurtenissen;
  const nieuwste = getoond[0]?.volgnummer ?? 0;
  const oudste = getoond.at(-1)?.volgnummer ?? 0;
  const ingekort = !volledig && getoond.length < totaal;
  const eerdere = volledig && oudste > 1;
  return (
    <section aria-labelledby="geschiedenis-titel" className="mw-stapel">
      <h2 id="geschiedenis-titel" className="nl-heading nl-heading--level-2">
        {t("geschiedenis.titel")}
      </h2>
      <p className="mw-hint">{t("geschiedenis.uitleg")}</p>
      {ingekort ? <p className="nl-paragraph">{t("geschiedenis.recent", { count: getoond.length, totaal })}</p> : null}
      {volledig && (oudste > 1 || nieuwste < totaal) ? (
        <p className="nl-paragraph">{t("geschiedenis.reeks", { van: oudste, tot: nieuwste, totaal })}</p>
      ) : null}
      <ol className="mw-lijst-zonder-punt" reversed start={nieuwste}>
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
                {t("geschiedenis.corrigeert", { nummer: volgnummerVan(g.gegevens.corrigeert) ?? "?" })}{" "}
                <strong>{t("veld.reden")}:</strong> {g.gegevens.reden}
              </p>
            ) : null}
            {g.type === "correctie" && g.gegevens.verzoek ? (
              <p className="nl-paragraph">
                <a
                  className="nl-link"
                  href={`/dossiers/${dossierId}/rechten/verzoek/${g.gegevens.verzoek}`}
                  data-discover="true"
                >
                  {t("geschiedenis.op_verzoek", { nummer: volgnummerVan(g.gegevens.verzoek) ?? "?" })}
                </a>
              </p>
            ) : null}
            {g.type === "correctieverzoek_vastgelegd" || g.type === "correctieverzoek_beslist" ? (
              <p className="nl-paragraph">
                <a
                  className="nl-link"
                  href={`/dossiers/${dossierId}/rechten/verzoek/${g.type === "correctieverzoek_beslist" ? g.gegevens.verzoek : g.id}`}
                  data-discover="true"
                >
                  {t("geschiedenis.naar_verzoek")}
                  <span className="mw-visueel-verborgen">{` ${t("geschiedenis.nummer", { nummer: g.volgnummer })}`}</span>
                </a>
              </p>
            ) : null}
            {g.type === "besluit_genomen" && g.gegevens.voorstel ? (
              <p className="nl-paragraph">
                {t("geschiedenis.op_voorstel", { nummer: volgnummerVan(g.gegevens.voorstel) ?? "?" })}
              </p>
            ) : null}
            {register.get(g.id)?.gecorrigeerd ? <p className="mw-hint">{t("geschiedenis.is_gecorrigeerd")}</p> : null}
            <GebeurtenisInhoud
              type={g.type === "correctie" ? (register.get(g.gegevens.corrigeert)?.type ?? "onbekend") : g.type}
              gegevens={g.type === "correctie" ? g.gegevens.gegevens : g.gegevens}
              namen={namen}
            />
            <ZienswijzenBij gebeurtenisId={g.id} />
            {open && CORRIGEERBAAR.includes(g.type) ? (
              <p className="nl-paragraph">
                <a className="nl-link" href={`/dossiers/${dossierId}/correctie/${g.id}`} data-discover="true">
                  {t("geschiedenis.corrigeren")}
                  <span className="mw-visueel-verborgen">{` ${t("geschiedenis.nummer", { nummer: g.volgnummer })}`}</span>
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {ingekort ? (
        <p className="nl-paragraph">
          <a className="nl-link" href={`/dossiers/${dossierId}?verloop=alles#geschiedenis-titel`} data-discover="true">
            {t("geschiedenis.alles_tonen", { totaal })}
          </a>
        </p>
      ) : null}
      {eerdere || (volledig && nieuwste < totaal) ? (
        <p className="mw-rij">
          {nieuwste < totaal ? (
            <a
              className="nl-link"
              href={`/dossiers/${dossierId}?verloop=alles#geschiedenis-titel`}
              data-discover="true"
            >
              {t("geschiedenis.nieuwste")}
            </a>
          ) : null}
          {eerdere ? (
            <a
              className="nl-link"
              href={`/dossiers/${dossierId}?verloop=alles&voor=${oudste}#geschiedenis-titel`}
              data-discover="true"
            >
              {t("geschiedenis.eerdere")}
            </a>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
