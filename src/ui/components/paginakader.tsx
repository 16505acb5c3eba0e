import { useT } from "../vertaling.tsx";
import { Form, Link, useLocation } from "react-router";
import type { Taal } from "../../i18n/vertaal.ts";

interface Props {
  readonly gebruiker: { naam: string; organisatie: string; rollen: readonly string[] } | null;
  readonly taal: Taal;
  readonly children: React.ReactNode;
}

/** The menu shows what the person's roles allow; the server decides again on every request. */
function heeft(gebruiker: { rollen: readonly string[] }, ...rollen: string[]): boolean {
  return rollen.some((r) => gebruiker.rollen.includes(r));
}

/** Header with the person and organisation, the language switch and sign-out; footer; skip link. */
export function Paginakader({ gebruiker, taal, children }: Props) {
  const { t } = useT();
  const locatie = useLocation();
  const andereTaal: Taal = taal === "nl" ? "en" : "nl";
  return (
    <div className="mw-pagina">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t("kader.naar_inhoud")}
      </a>
      <header className="mw-kop">
        <div className="mw-kop__binnen">
          <Link className="mw-merk" to={gebruiker ? "/dossiers" : "/"}>
            Meldwijzer
            <small>{gebruiker ? gebruiker.organisatie : t("kader.ondertitel")}</small>
          </Link>
          <div className="mw-kop__acties">
            {gebruiker ? (
              <nav aria-label={t("kader.hoofdmenu")}>
                <ul className="mw-rij mw-lijst-kaal">
                  <li className="mw-hint">
                    {t("kader.ingelogd_als", { naam: gebruiker.naam })} (
                    {gebruiker.rollen.map((r) => t(`rol.${r}`)).join(", ")})
                  </li>
                  {heeft(gebruiker, "medewerker", "aandachtsfunctionaris", "eindverantwoordelijke") ? (
                    <>
                      <li>
                        <Link className="nl-link" to="/taken">
                          {t("kader.taken")}
                        </Link>
                      </li>
                      <li>
                        <Link className="nl-link" to="/dossiers">
                          {t("kader.dossiers")}
                        </Link>
                      </li>
                      <li>
                        <Link className="nl-link" to="/dossiers/nieuw">
                          {t("kader.nieuw_dossier")}
                        </Link>
                      </li>
                    </>
                  ) : null}
                  {heeft(gebruiker, "aandachtsfunctionaris", "eindverantwoordelijke") ? (
                    <>
                      <li>
                        <Link className="nl-link" to="/werkvoorraad">
                          {t("kader.werkvoorraad")}
                        </Link>
                      </li>
                      <li>
                        <Link className="nl-link" to="/noodtoegang">
                          {t("kader.noodtoegang")}
                        </Link>
                      </li>
                    </>
                  ) : null}
                  {heeft(gebruiker, "aandachtsfunctionaris", "eindverantwoordelijke", "beheerder") ? (
                    <li>
                      <Link className="nl-link" to="/cijfers">
                        {t("kader.cijfers")}
                      </Link>
                    </li>
                  ) : null}
                  {heeft(gebruiker, "beheerder") ? (
                    <li>
                      <Link className="nl-link" to="/beheer">
                        {t("kader.beheer")}
                      </Link>
                    </li>
                  ) : null}
                  {heeft(gebruiker, "beheerder", "eindverantwoordelijke") ? (
                    <li>
                      <Link className="nl-link" to="/beheer/vernietiging">
                        {t("kader.vernietiging")}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <Link className="nl-link" to="/protocol">
                      {t("kader.protocol")}
                    </Link>
                  </li>
                  <li>
                    <Link className="nl-link" to="/oefenen">
                      {t("kader.oefenen")}
                    </Link>
                  </li>
                  <li>
                    <Link className="nl-link" to="/account">
                      {t("kader.account")}
                    </Link>
                  </li>
                  {heeft(gebruiker, "logbeheerder") ? (
                    <li>
                      <Link className="nl-link" to="/toegangslog">
                        {t("kader.toegangslog")}
                      </Link>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
            <Form method="post" action="/taal">
              <input type="hidden" name="taal" value={andereTaal} />
              <input type="hidden" name="terug" value={locatie.pathname + locatie.search} />
              <button type="submit" className="utrecht-button utrecht-button--subtle" lang={andereTaal}>
                {t("kader.andere_taal")}
              </button>
            </Form>
            {gebruiker ? (
              <Form method="post" action="/uitloggen">
                <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                  {t("kader.uitloggen")}
                </button>
              </Form>
            ) : null}
          </div>
        </div>
      </header>
      <main id="inhoud" className="mw-inhoud" tabIndex={-1}>
        {children}
      </main>
      <footer className="mw-voet">
        <div className="mw-voet__binnen">{t("kader.voet")}</div>
      </footer>
    </div>
  );
}
