import { useT } from "../vertaling.tsx";
import { Link } from "react-router";

/** Digits and + only, for a tel: link. */
function telLink(nummer: string): string {
  return `tel:${nummer.replace(/[^0-9+]/g, "")}`;
}

/**
 * On every page of a case: in acute danger, call; never wait for the other steps. The Veilig Thuis
 * number is the organisation's regional contact from its protocol.
 */
export function AcuutGevaar({
  veiligThuis,
  dossierId,
}: {
  veiligThuis: { naam: string; telefoon: string };
  dossierId: string;
}) {
  const { t } = useT();
  return (
    <aside className="mw-acuut mw-geen-print" aria-labelledby="acuut-titel">
      <h2 id="acuut-titel" className="mw-acuut__titel">
        {t("acuut.titel")}
      </h2>
      <p className="nl-paragraph">
        {t("acuut.tekst_voor")}{" "}
        <a className="nl-link" href="tel:112">
          {t("acuut.bel_112")}
        </a>
        {". "}
        {t("acuut.tekst_vt")}{" "}
        <a className="nl-link" href={telLink(veiligThuis.telefoon)}>{`${veiligThuis.naam}, ${veiligThuis.telefoon}`}</a>
        {". "}
        {t("acuut.daarna")}{" "}
        <Link className="nl-link" to={`/dossiers/${dossierId}/acuut`}>
          {t("acuut.vastleggen")}
        </Link>
      </p>
    </aside>
  );
}
