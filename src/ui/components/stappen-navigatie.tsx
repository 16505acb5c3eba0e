import { useLocation } from "react-router";
import type { DossierSoort } from "../../domain/dossier/keuzes.ts";
import { stappenMenu, type MenuItem } from "../stappen-menu.ts";
import { useT } from "../vertaling.tsx";
import { useVolgBinnenApp } from "../volg-binnen-app.ts";

/**
 * The case's pages. On a wide screen two groups side by side, the Meldcode steps and the rest, each
 * kept whole so that a group wraps as one and no tab is left alone on a line. On a narrow screen one
 * disclosure (details/summary, no script and no select) that names the current page and opens a
 * vertical list; it closes again after each navigation.
 *
 * Both are plain links built once from the same items (decision 0070): React Router's `NavLink` resolved
 * the path of each of the 22 links on every render. One click handler per navigation (`useVolgBinnenApp`)
 * keeps following a link inside the app, as `Link` does.
 */
export function StappenNavigatie({ dossierId, soort }: { dossierId: string; soort: DossierSoort }) {
  const { t } = useT();
  const { pathname } = useLocation();
  const volg = useVolgBinnenApp();
  const { stappen, overig, huidige } = stappenMenu(dossierId, soort, pathname, t);
  const lijst = (items: readonly MenuItem[], klasse: string) => (
    <ul className={klasse}>
      {items.map((i) => (
        <li key={i.naar}>
          <a href={i.naar} aria-current={i === huidige ? "page" : undefined} data-discover="true">
            {i.label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <nav aria-label={t("dossier.stappen_nav")} className="mw-stappen mw-stappen--breed" onClick={volg}>
        {lijst(stappen, "mw-stappen__groep")}
        {lijst(overig, "mw-stappen__groep")}
      </nav>
      <nav aria-label={t("dossier.stappen_nav")} className="mw-stappen mw-stappen--smal" onClick={volg}>
        <details key={pathname} className="mw-stappen__menu">
          <summary>
            <span className="mw-nadruk">{t("dossier.stappen_menu")}</span>
            {huidige ? <span className="mw-stappen__nu">{t("dossier.nu_op", { pagina: huidige.label })}</span> : null}
          </summary>
          {lijst([...stappen, ...overig], "mw-stappen__lijst")}
        </details>
      </nav>
    </>
  );
}
