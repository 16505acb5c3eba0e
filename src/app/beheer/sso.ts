import { domeinenVanAnderen, leesSso, verwijderSso, bewaarSso } from "../../adapters/db/sso.repository.ts";
import { ontsleutel, versleutel } from "../../adapters/crypto/geheimen.ts";
import { ontdek } from "../../adapters/oidc/aanbieder.ts";
import { controleerIssuer, leesDomeinen, ssoInvoerSchema } from "../../domain/aanmelding/sso.ts";
import { DomeinFout, type VeldFout } from "../../domain/fouten.ts";
import { valideer } from "../../domain/validatie.ts";
import { sleutelsVan, type AppContext, type Ingelogd } from "../context.ts";
import { alsToegestaan, metAlgemeneToegang } from "../toegang/algemene-toegang.ts";
import { log } from "../toegang/logboek.ts";
import { clientGeheimDoel, type SsoOmgeving } from "../sessie/sso.ts";

/** What the beheerder sees: never the client secret, only whether one is set. */
export interface SsoOverzicht {
  readonly ingesteld: boolean;
  readonly issuer: string;
  readonly clientId: string;
  readonly geheimIngesteld: boolean;
  readonly domeinen: readonly string[];
  readonly idpTweedeFactor: boolean;
  readonly acr: string;
  readonly wachtwoordUit: boolean;
  /** The last successful sign-in with the current issuer and client (ISO), or null. */
  readonly gewerktOp: string | null;
  /** When the settings last changed (ISO): a new form after every save, so no typed secret stays in a field. */
  readonly gewijzigdOp: string | null;
}

export async function bekijkSso(ctx: AppContext, wie: Ingelogd): Promise<SsoOverzicht> {
  return alsToegestaan(
    ctx,
    wie,
    { actie: "organisatie_beheren", logActie: "organisatie_beheren", details: "sso bekijken" },
    async () => {
      const s = await leesSso(ctx.db, wie.gebruiker.organisatieId);
      return {
        ingesteld: s !== null,
        issuer: s?.issuer ?? "",
        clientId: s?.clientId ?? "",
        geheimIngesteld: s !== null,
        domeinen: s?.domeinen ?? [],
        idpTweedeFactor: s?.idpTweedeFactor ?? false,
        acr: s?.acr ?? "",
        wachtwoordUit: s?.wachtwoordUit ?? false,
        gewerktOp: s?.gewerktOp?.toISOString() ?? null,
        gewijzigdOp: s?.gewijzigdOp.toISOString() ?? null,
      };
    },
  );
}

/**
 * Sets the organisation's provider. The issuer must answer OpenID discovery; a domain belongs to one
 * organisation; an empty secret keeps the stored one. Changing issuer, client or secret means SSO has
 * to prove itself again, and password sign-in can only be switched off once it has: nobody is locked out.
 */
export async function wijzigSso(
  ctx: AppContext,
  wie: Ingelogd,
  invoer: unknown,
  omgeving: Pick<SsoOmgeving, "httpToegestaan">,
): Promise<void> {
  // Not metAlgemeneToegang: discovery is a network call, made before the transaction that stores and logs.
  return alsToegestaan(
    ctx,
    wie,
    { actie: "organisatie_beheren", logActie: "organisatie_beheren", details: "sso wijzigen" },
    async () => {
      const v = valideer(ssoInvoerSchema, invoer);
      const org = wie.gebruiker.organisatieId;
      const fouten: VeldFout[] = [];
      const issuerFout = controleerIssuer(v.issuer, omgeving.httpToegestaan);
      if (issuerFout) fouten.push(issuerFout);
      const { domeinen, ongeldig } = leesDomeinen(v.domeinen);
      if (ongeldig.length)
        fouten.push({
          veld: "domeinen",
          sleutel: "sso.fout.domein_ongeldig",
          waarden: { domeinen: ongeldig.slice(0, 5).join(", ") },
        });
      else if (domeinen.length === 0) fouten.push({ veld: "domeinen", sleutel: "fout.verplicht" });
      const bezet = await domeinenVanAnderen(ctx.db, org, domeinen);
      if (bezet.length)
        fouten.push({ veld: "domeinen", sleutel: "sso.fout.domein_bezet", waarden: { domeinen: bezet.join(", ") } });
      const nu = ctx.klok();
      // Discovery is a network call: done before the transaction, not while a row (or PGlite) is locked.
      const oud = await leesSso(ctx.db, org);
      const nieuwGeheim = v.clientGeheim.trim();
      if (!nieuwGeheim && !oud) fouten.push({ veld: "clientGeheim", sleutel: "fout.verplicht" });
      if (fouten.length) throw new DomeinFout("ONGELDIGE_INVOER", fouten);
      const bos = sleutelsVan(ctx);
      const geheim = nieuwGeheim || ontsleutel(bos, oud!.clientGeheim, clientGeheimDoel(org));
      const issuer = v.issuer.replace(/\/+$/u, "");
      const zelfde = oud !== null && oud.issuer === issuer && oud.clientId === v.clientId && !nieuwGeheim;
      const gewerktOp = zelfde ? oud.gewerktOp : null;
      if (v.wachtwoordUit && gewerktOp === null)
        throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "wachtwoordUit", sleutel: "sso.fout.eerst_proberen" }]);
      if (!zelfde) {
        try {
          await ontdek({ issuer, clientId: v.clientId, clientGeheim: geheim, httpToegestaan: omgeving.httpToegestaan });
        } catch {
          throw new DomeinFout("ONGELDIGE_INVOER", [{ veld: "issuer", sleutel: "sso.fout.niet_bereikbaar" }]);
        }
      }
      await ctx.db.transaction(async (tx) => {
        const nogSteeds = await leesSso(tx, org, true);
        if ((nogSteeds?.clientGeheim ?? null) !== (oud?.clientGeheim ?? null)) throw new DomeinFout("VERSIE_CONFLICT");
        await bewaarSso(tx, {
          organisatieId: org,
          issuer,
          clientId: v.clientId,
          clientGeheim: nieuwGeheim ? versleutel(bos, nieuwGeheim, clientGeheimDoel(org)) : oud!.clientGeheim,
          domeinen,
          idpTweedeFactor: v.idpTweedeFactor,
          acr: v.acr || null,
          wachtwoordUit: v.wachtwoordUit,
          gewerktOp,
          gewijzigdOp: nu,
        });
        const wat = [
          !zelfde ? "aanbieder" : null,
          nieuwGeheim ? "nieuw clientgeheim" : null,
          v.wachtwoordUit !== (oud?.wachtwoordUit ?? false)
            ? v.wachtwoordUit
              ? "wachtwoord uitgezet"
              : "wachtwoord aangezet"
            : null,
        ]
          .filter(Boolean)
          .join(", ");
        await log(
          tx,
          wie,
          { actie: "organisatie_beheren", uitkomst: "gelukt", details: `sso ingesteld${wat ? `: ${wat}` : ""}` },
          nu,
        );
      });
    },
  );
}

/** Removes single sign-on; password sign-in is on again for everyone. Links to subjects stay (a new set-up with the same issuer finds them). */
export async function verwijderSsoInstelling(ctx: AppContext, wie: Ingelogd): Promise<void> {
  await metAlgemeneToegang(
    ctx,
    wie,
    {
      actie: "organisatie_beheren",
      logActie: "organisatie_beheren",
      details: "sso verwijderen",
      gelukt: () => ({ details: "sso verwijderd" }),
    },
    async ({ tx }) => {
      await verwijderSso(tx, wie.gebruiker.organisatieId);
    },
  );
}
