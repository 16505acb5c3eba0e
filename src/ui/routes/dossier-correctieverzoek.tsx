import { useT } from "../vertaling.tsx";
import type { Route } from "./+types/dossier-correctieverzoek";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { VERZOEK_SOORTEN } from "../../domain/dossier/keuzes.ts";
import { Keuzegroep, TekstGebied, useFormulier } from "../components/formulier.tsx";
import { IngebrachtDoor, RechtenFormulier } from "../components/rechten-formulier.tsx";
import { VastleggingKeuze } from "../components/vastlegging-keuze.tsx";
import { herlaadNaConflict, useToestandMetRegister } from "../dossier-data.ts";
import { registerLoader } from "../register.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "correctieverzoek_vastleggen"] };

/** The register, to name the entries (decision 0082); the rest of the dossier comes from the layout (`useDossier`). */
export const loader = registerLoader;

/** Reloaded with the layout's data (a version conflict reloads both). */
export const shouldRevalidate = herlaadNaConflict;

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("correctieverzoek_vastgelegd", f),
    (id) => `/dossiers/${id}/rechten?opgeslagen=1`,
  );
}

/** Records a request for correction or removal as it came in; the decision follows on its own page. */
export default function CorrectieverzoekVastleggen({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const toestand = useToestandMetRegister(loaderData.register);
  const { fout, waarde, waarden } = useFormulier();
  return (
    <RechtenFormulier
      titel={t("rechten.verzoek_vastleggen")}
      uitleg={t("rechten.verzoek_uitleg")}
      knop={t("rechten.verzoek_knop")}
    >
      <Keuzegroep
        naam="soort"
        soort="radio"
        legenda={t("veld.soort_verzoek")}
        fout={fout("soort")}
        verplicht
        gekozen={[waarde("soort", "correctie")]}
        opties={VERZOEK_SOORTEN.map((s) => ({
          waarde: s,
          label: t(`keuze.verzoek_soort.${s}`),
          hint: t(`keuze.verzoek_soort_hint.${s}`),
        }))}
      />
      <IngebrachtDoor naam="verzoeker" label={t("veld.verzoeker")} datumLabel={t("veld.datum_verzoek")} />
      <VastleggingKeuze
        naam="vastleggingen"
        legenda={t("veld.vastleggingen")}
        fout={fout("vastleggingen")}
        gekozen={waarden("vastleggingen")}
        toestand={toestand}
        verplicht
      />
      <TekstGebied
        naam="onderdelen"
        label={t("veld.onderdelen")}
        hint={t("hint.onderdelen")}
        waarde={waarde("onderdelen")}
        fout={fout("onderdelen")}
        rijen={2}
      />
      <TekstGebied
        naam="gevraagd"
        label={t("veld.gevraagd")}
        hint={t("hint.gevraagd")}
        waarde={waarde("gevraagd")}
        fout={fout("gevraagd")}
        verplicht
        rijen={5}
      />
    </RechtenFormulier>
  );
}
