import { useT } from "../vertaling.tsx";
import { Form, Link } from "react-router";
import { LIJST_FASEN } from "../../domain/dossier/takenlijst.ts";
import { TAAK_SOORTEN } from "../../domain/dossier/vervolg.ts";
import { TAAK_VOLGORDES } from "../../domain/lijst/taken.ts";
import { Keuzelijst, Knop, TekstVeld } from "./formulier.tsx";

/** The GET parameters of the form of Mijn taken; `vanaf` comes from the page links. */
export const TAKEN_ZOEKVELDEN = ["zoek", "fase", "soort", "volgorde"] as const;
export type TakenZoekvelden = Partial<Record<(typeof TAKEN_ZOEKVELDEN)[number], string>>;

/**
 * The search form above Mijn taken (GET, so a search is a link; decision 0083): the working name or
 * reference, the step of the case, the kind of task and the order. "Wissen" shows when anything
 * differs from the plain list.
 */
export function TakenZoekformulier({ zoek }: { zoek: TakenZoekvelden }) {
  const { t } = useT();
  const gefilterd = TAKEN_ZOEKVELDEN.some((v) => zoek[v] && !(v === "volgorde" && zoek[v] === "urgentie"));
  return (
    // The key resets the fields after a search made with JavaScript, as a full page load would.
    <Form
      method="get"
      action="/taken"
      role="search"
      aria-label={t("taken.zoekformulier")}
      className="mw-zoeken mw-stapel mw-geen-print"
      key={JSON.stringify(zoek)}
    >
      <div className="mw-filter">
        <TekstVeld
          naam="zoek"
          label={t("dossiers.zoeken_label")}
          hint={t("dossiers.zoeken_hint")}
          waarde={zoek.zoek ?? ""}
        />
      </div>
      <fieldset className="mw-filterset">
        <legend>{t("dossiers.filters")}</legend>
        <div className="mw-filter">
          <Keuzelijst
            naam="fase"
            label={t("dossiers.fase_filter")}
            waarde={zoek.fase ?? ""}
            leeg={t("dossiers.fase_alle")}
            opties={LIJST_FASEN.filter((f) => f !== "gesloten").map((f) => ({ waarde: f, label: t(`fase.${f}`) }))}
          />
          <Keuzelijst
            naam="soort"
            label={t("taken.soort_filter")}
            waarde={zoek.soort ?? ""}
            leeg={t("taken.soort_alle")}
            opties={TAAK_SOORTEN.map((s) => ({ waarde: s, label: t(`taken.soort.${s}`) }))}
          />
          <Keuzelijst
            naam="volgorde"
            label={t("dossiers.volgorde")}
            waarde={zoek.volgorde ?? "urgentie"}
            opties={TAAK_VOLGORDES.map((v) => ({ waarde: v, label: t(`taken.volgorde_${v}`) }))}
          />
        </div>
      </fieldset>
      <div className="mw-rij">
        <Knop soort="secondary">{t("dossiers.knop_zoeken")}</Knop>
        {gefilterd ? (
          <Link className="nl-link" to="/taken">
            {t("dossiers.wissen")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
