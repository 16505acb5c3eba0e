import { useT } from "../vertaling.tsx";
import { Form, useLocation } from "react-router";
import { useVolgBinnenApp } from "../volg-binnen-app.ts";
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

/**
 * Header with the person and organisation, the language switch and sign-out; footer; skip link. The header's
 * links are plain links with one click handler (`useVolgBinnenApp`, decision 0070): on every page they were a
 * dozen `Link`s, each resolving its path on every render. Their HTML is the same as `Link`'s.
 */
export function Paginakader({ gebruiker, taal, children }: Props) {
  const { t } = useT();
  const locatie = useLocation();
  const volg = useVolgBinnenApp();
  const andereTaal: Taal = taal === "nl" ? "en" : "nl";
  return (
    <div className="mw-pagina">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t("kader.naar_inhoud")}
      </a>
      <header className="mw-kop" onClick={volg}>
        <div className="mw-kop__binnen">
          <a className="mw-merk" href={gebruiker ? "/dossiers" : "/"} data-discover="true">
            Meldwijzer
            <small>{gebruiker ? gebruiker.organisatie : t("kader.ondertitel")}</small>
          </a>
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
                        <a className="nl-link" href="/taken" data-discover="true">
                          {t("kader.taken")}
                        </a>
                      </li>
                      <li>
                        <a className="nl-link" href="/dossiers" data-discover="true">
                          {t("kader.dossiers")}
                        </a>
                      </li>
                      <li>
                        <a className="nl-link" href="/dossiers/nieuw" data-discover="true">
                          {t("kader.nieuw_dossier")}
                        </a>
                      </li>
                    </>
                  ) : null}
                  {heeft(gebruiker, "aandachtsfunctionaris", "eindverantwoordelijke") ? (
                    <>
                      <li>
                        <a className="nl-link" href="/werkvoorraad" data-discover="true">
                          {t("kader.werkvoorraad")}
                        </a>
                      </li>
                      <li>
                        <a className="nl-link" href="/noodtoegang" data-discover="true">
                          {t("kader.noodtoegang")}
                        </a>
                      </li>
                    </>
                  ) : null}
                  {heeft(gebruiker, "aandachtsfunctionaris", "eindverantwoordelijke", "beheerder") ? (
                    <li>
                      <a className="nl-link" href="/cijfers" data-discover="true">
                        {t("kader.cijfers")}
                      </a>
                    </li>
                  ) : null}
                  {heeft(gebruiker, "beheerder") ? (
                    <li>
                      <a className="nl-link" href="/beheer" data-discover="true">
                        {t("kader.beheer")}
                      </a>
                    </li>
                  ) : null}
                  {heeft(gebruiker, "beheerder", "eindverantwoordelijke") ? (
                    <li>
                      <a className="nl-link" href="/beheer/vernietiging" data-discover="true">
                        {t("kader.vernietiging")}
                      </a>
                    </li>
                  ) : null}
                  <li>
                    <a className="nl-link" href="/protocol" data-discover="true">
                      {t("kader.protocol")}
                    </a>
                  </li>
                  <li>
                    <a className="nl-link" href="/oefenen" data-discover="true">
                      {t("kader.oefenen")}
                    </a>
                  </li>
                  <li>
                    <a className="nl-link" href="/account" data-discover="true">
                      {t("kader.account")}
                    </a>
                  </li>
                  {heeft(gebruiker, "logbeheerder") ? (
                    <li>
                      <a className="nl-link" href="/toegangslog" data-discover="true">
                        {t("kader.toegangslog")}
                      </a>
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
