import { useT } from "../vertaling.tsx";
import type { Route } from "./+types/dossier-zienswijze";
import { verwerkStapFormulier } from "../../adapters/http/formulier.ts";
import { stapInvoer } from "../../adapters/http/formulier-schema.ts";
import { ZIENSWIJZE_WIJZEN } from "../../domain/dossier/keuzes.ts";
import { Keuzegroep, TekstGebied, TekstVeld, useFormulier } from "../components/formulier.tsx";
import { IngebrachtDoor, RechtenFormulier } from "../components/rechten-formulier.tsx";
import { VastleggingKeuze } from "../components/vastlegging-keuze.tsx";
import { herlaadNaConflict, useToestandMetRegister } from "../dossier-data.ts";
import { registerLoader } from "../register.server.ts";
import type { RouteBeleid } from "../../adapters/http/route-beleid.ts";

export const beleid: RouteBeleid = { toegang: "dossier", acties: ["bekijken", "zienswijze_toevoegen"] };

/** The register, to name the entries (decision 0082); the rest of the dossier comes from the layout (`useDossier`). */
export const loader = registerLoader;

/** Reloaded with the layout's data (a version conflict reloads both). */
export const shouldRevalidate = herlaadNaConflict;

export async function action(args: Route.ActionArgs) {
  return verwerkStapFormulier(
    args,
    (f) => stapInvoer("zienswijze_toegevoegd", f),
    (id) => `/dossiers/${id}/rechten?opgeslagen=1`,
  );
}

/** Adds the family's or client's own view to the dossier, in their words, beside the entries it concerns. */
export default function ZienswijzeToevoegen({ loaderData }: Route.ComponentProps) {
  const { t } = useT();
  const toestand = useToestandMetRegister(loaderData.register);
  const { fout, waarde, waarden } = useFormulier();
  return (
    <RechtenFormulier
      titel={t("rechten.zienswijze_toevoegen")}
      uitleg={t("rechten.zienswijze_uitleg")}
      knop={t("rechten.zienswijze_knop")}
    >
      <IngebrachtDoor naam="gegevenDoor" label={t("veld.gegevenDoor")} datumLabel={t("veld.datum_zienswijze")} />
      <Keuzegroep
        naam="wijze"
        soort="radio"
        legenda={t("veld.wijze_zienswijze")}
        fout={fout("wijze")}
        verplicht
        gekozen={[waarde("wijze", "schriftelijk")]}
        opties={ZIENSWIJZE_WIJZEN.map((w) => ({ waarde: w, label: t(`keuze.zienswijze_wijze.${w}`) }))}
      />
      <TekstVeld
        naam="opgeschrevenDoor"
        label={t("veld.opgeschrevenDoor")}
        hint={t("hint.opgeschrevenDoor")}
        waarde={waarde("opgeschrevenDoor")}
        fout={fout("opgeschrevenDoor")}
      />
      <TekstGebied
        naam="zienswijze"
        label={t("veld.zienswijze")}
        hint={t("hint.zienswijze")}
        waarde={waarde("zienswijze")}
        fout={fout("zienswijze")}
        verplicht
        rijen={8}
      />
      <VastleggingKeuze
        naam="betreft"
        legenda={t("veld.betreft")}
        hint={t("hint.betreft")}
        fout={fout("betreft")}
        gekozen={waarden("betreft")}
        toestand={toestand}
      />
    </RechtenFormulier>
  );
}
