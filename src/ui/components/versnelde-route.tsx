import { useEffect, useState } from "react";
import { useT } from "../vertaling.tsx";
import { Link } from "react-router";
import type { VersneldeKlok, VersneldeRoute } from "../../domain/dossier/versnelde-route.ts";
import type { BijzondereHulpInTaal } from "../../domain/kennis/inhoud.ts";
import { formatteerTijd } from "../../i18n/vertaal.ts";

/**
 * On every page of a case on the accelerated route: which forms of violence, the expert that must be
 * consulted, and with an acute threat the hour clock. The server renders the clock; in the browser it
 * counts on, against the server's time (so an injected test clock and a wrong PC clock both hold).
 */
export function VersneldeRouteBanner({
  route,
  klok,
  nu,
  hulp,
  dossierId,
}: {
  route: VersneldeRoute;
  klok: VersneldeKlok | null;
  nu: string;
  hulp: BijzondereHulpInTaal;
  dossierId: string;
}) {
  const { t } = useT();
  const vormen = hulp.routes.filter((r) => (route.vormen as readonly string[]).includes(r.id));
  return (
    <section className="mw-melding mw-melding--fout mw-versneld" aria-labelledby="versneld-titel">
      <h2 id="versneld-titel" className="nl-heading nl-heading--level-3">
        {t("versneld.titel", { vormen: vormen.map((v) => v.titel).join(", ") })}
      </h2>
      {klok ? <Klok klok={klok} nu={nu} /> : null}
      <p className="nl-paragraph">{hulp.versneld.uitleg}</p>
      <p className="nl-paragraph">
        <strong>
          {route.deskundigeGeraadpleegd ? t("versneld.deskundige_gedaan") : t("versneld.deskundige_nodig")}
        </strong>
        {route.deskundigeGeraadpleegd ? null : (
          <>
            {" "}
            <Link className="nl-link" to={`/dossiers/${dossierId}/consultatie`}>
              {t("versneld.deskundige_vastleggen")}
            </Link>
          </>
        )}
      </p>
      <details className="mw-kennis">
        <summary>{t("versneld.eerste_stappen")}</summary>
        <p className="nl-paragraph">{hulp.versneld.deskundige}</p>
        {vormen.map((v) => (
          <div key={v.id} className="mw-stapel">
            <h3 className="nl-heading nl-heading--level-4">{v.titel}</h3>
            <p className="nl-paragraph">{v.uitleg}</p>
            <ol className="mw-lijst">
              {v.eersteStappen.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </div>
        ))}
      </details>
    </section>
  );
}

/**
 * Minutes left or over, recounted every 15 seconds in the browser from the server's time. The first
 * render uses the server's numbers (so hydration matches); after that they follow from the props and
 * the ticking time, so a new clock from the server (an action recorded) shows at once.
 */
function Klok({ klok, nu }: { klok: VersneldeKlok; nu: string }) {
  const { t, taal } = useT();
  const [tijdstip, setTijdstip] = useState<number | null>(null);
  useEffect(() => {
    if (klok.actieOp !== null) return undefined;
    const verschuiving = Date.parse(nu) - Date.now();
    const tel = () => setTijdstip(Date.now() + verschuiving);
    tel();
    const interval = setInterval(tel, 15_000);
    return () => clearInterval(interval);
  }, [klok, nu]);
  let { status, minuten } = klok;
  if (tijdstip !== null && klok.actieOp === null) {
    const over = Date.parse(klok.deadline) - tijdstip;
    status = over > 0 ? "lopend" : "verstreken";
    minuten = over > 0 ? Math.ceil(over / 60_000) : Math.floor((0 - over) / 60_000);
  }
  const tijd = (iso: string) => <time dateTime={iso}>{formatteerTijd(iso, taal)}</time>;
  const waarden = { minuten };
  return (
    <p className={`nl-paragraph mw-klok mw-klok--${status}`}>
      <strong>{t(`versneld.klok.${status}`, waarden)}</strong> {t("versneld.klok.start")} {tijd(klok.start)}
      {". "}
      {klok.actieOp !== null ? (
        <>
          {t("versneld.klok.actie")} {tijd(klok.actieOp)}.
        </>
      ) : (
        <>
          {t("versneld.klok.deadline")} {tijd(klok.deadline)}.
        </>
      )}
    </p>
  );
}
