import { useT } from "../vertaling.tsx";
import { Form, Link } from "react-router";
import { LIJST_FASEN } from "../../domain/dossier/takenlijst.ts";
import { Keuzelijst, Knop, TekstVeld } from "./formulier.tsx";

/**
 * The search form of the dossier list and the werkvoorraad (GET, so a search is a link): the search
 * field, phase, open or closed, the page's own filters (`children`) and the order: by last activity
 * (the default) or by date opened, and the page's own orders after those (`eigenVolgordes`).
 * "Wissen" shows when anything differs from the plain list.
 */
export function Zoekformulier({
  pad,
  label,
  zoek,
  volgorde,
  eigenVolgordes = [],
  gefilterd,
  children,
}: {
  pad: string;
  label: string;
  zoek: {
    readonly zoek?: string | undefined;
    readonly fase?: string | undefined;
    readonly status?: string | undefined;
  };
  volgorde: string;
  eigenVolgordes?: readonly { waarde: string; label: string }[];
  gefilterd: boolean;
  children?: React.ReactNode;
}) {
  const { t } = useT();
  const volgordes = [
    { waarde: "activiteit", label: t("dossiers.volgorde_activiteit") },
    { waarde: "geopend", label: t("dossiers.volgorde_geopend") },
    ...eigenVolgordes,
  ];
  return (
    // The key resets the fields after a search made with JavaScript, as a full page load would.
    <Form
      method="get"
      action={pad}
      role="search"
      aria-label={label}
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
            opties={LIJST_FASEN.map((f) => ({ waarde: f, label: t(`fase.${f}`) }))}
          />
          <Keuzelijst
            naam="status"
            label={t("dossiers.status_filter")}
            waarde={zoek.status ?? ""}
            leeg={t("dossiers.status_alle")}
            opties={[
              { waarde: "open", label: t("dossiers.status_open") },
              { waarde: "gesloten", label: t("dossiers.status_gesloten") },
            ]}
          />
          {children}
          <Keuzelijst naam="volgorde" label={t("dossiers.volgorde")} waarde={volgorde} opties={volgordes} />
        </div>
      </fieldset>
      <div className="mw-rij">
        <Knop soort="secondary">{t("dossiers.knop_zoeken")}</Knop>
        {gefilterd || volgorde !== "activiteit" ? (
          <Link className="nl-link" to={pad}>
            {t("dossiers.wissen")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
