import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDossier } from "../dossier-data.ts";
import { Geschiedenis } from "../components/geschiedenis.tsx";
import { GebeurtenisInhoud } from "../components/gebeurtenis-inhoud.tsx";
import { Takenlijst } from "../components/takenlijst.tsx";
import { Tijdlijn } from "../components/tijdlijn.tsx";
import { AfwegingUitleg } from "../components/afweging-uitleg.tsx";
import { naamVanBeslisser } from "../components/besluiten.tsx";
import { voorstelVan } from "../../domain/dossier/besluit.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken"] };

export default function DossierOverzicht() {
  const { t } = useTranslation();
  const { dossier, toestand, takenlijst, tijdlijn, eindverantwoordelijken, beslisserNamen } = useDossier();
  const namen = new Map([...eindverantwoordelijken.map((p) => [p.id, p.naam] as const), ...Object.entries(beslisserNamen)]);
  const besluit = toestand.besluiten.at(-1);
  const voorstel = besluit ? voorstelVan(toestand, besluit) : null;
  return (
    <div className="mw-stapel">
      <title>{`${dossier.werknaam} · Meldwijzer`}</title>
      <div className="mw-twee-kolommen">
        <div className="mw-stapel">
          {toestand.opening ? (
            <section aria-labelledby="aanleiding-titel" className="mw-paneel">
              <h2 id="aanleiding-titel" className="nl-heading nl-heading--level-2">{t("overzicht.aanleiding")}</h2>
              <GebeurtenisInhoud type="dossier_geopend" gegevens={toestand.opening.gegevens} verberg={["werknaam"]} />
            </section>
          ) : null}
          <section aria-labelledby="stand-titel" className="mw-paneel">
            <h2 id="stand-titel" className="nl-heading nl-heading--level-2">{t("overzicht.stand")}</h2>
            {besluit ? (
              <p className="nl-paragraph">
                {t("overzicht.besluit", { besluit: t(`keuze.besluit.${besluit.gegevens.besluit}`), naam: naamVanBeslisser(besluit, namen) ?? t("algemeen.onbekend") })}
                {voorstel ? ` ${t("overzicht.op_voorstel_van", { naam: voorstel.vastgelegdDoor.naam })}` : ""}
              </p>
            ) : null}
            {toestand.openVoorstel ? (
              <p className="nl-paragraph">
                {t("overzicht.voorstel_wacht", { besluit: t(`keuze.besluit.${toestand.openVoorstel.gegevens.besluit}`), naam: toestand.openVoorstel.vastgelegdDoor.naam })}{" "}
                <Link className="nl-link" to={`/dossiers/${dossier.id}/besluit`}>{t("overzicht.naar_besluit")}</Link>
              </p>
            ) : null}
            <AfwegingUitleg afweging={toestand.afweging} />
            <p className="nl-paragraph">
              <Link className="nl-link" to={`/dossiers/${dossier.id}/afweging`}>{t("overzicht.naar_afweging")}</Link>
            </p>
          </section>
          <section aria-labelledby="tijdlijn-titel" className="mw-paneel">
            <h2 id="tijdlijn-titel" className="nl-heading nl-heading--level-2">{t("tijdlijn.titel")}</h2>
            <Tijdlijn tijdlijn={tijdlijn} />
          </section>
        </div>
        <div className="mw-stapel">
          <Takenlijst dossierId={dossier.id} takenlijst={takenlijst} />
          <p className="nl-paragraph">
            <Link className="nl-link" to={`/dossiers/${dossier.id}/afsluiten`}>
              {toestand.status === "open" ? t("overzicht.afsluiten") : t("overzicht.heropenen")}
            </Link>
          </p>
        </div>
      </div>
      <Geschiedenis dossierId={dossier.id} gebeurtenissen={toestand.gebeurtenissen} namen={namen} open={toestand.status === "open"} />
    </div>
  );
}
