import type { Database, Verbinding } from "../../adapters/db/database.ts";
import {
  laadGebeurtenissen,
  uitKolommen,
  vergrendelDossier,
  zetLijstKolommen,
  type ProjectieRijen,
} from "../../adapters/db/dossier.repository.ts";
import {
  dossierBatch,
  gebeurtenissenNa,
  gebeurtenissenVan,
  leesOpgeslagenToestand,
  leesTaakFeiten,
  markeerProjectieVorm,
  projectieVormBijgewerkt,
  schrijfProjecties,
  snapshotKopEnStaart,
  snapshotsVanAndereVorm,
  verouderdeProjecties,
} from "../../adapters/db/projectie.repository.ts";
import type { KopEnStaart } from "../../adapters/db/toegang.repository.ts";
import type { Gebeurtenis } from "../../domain/dossier/gebeurtenis.ts";
import { lijstKolommen } from "../../domain/dossier/lijstkolommen.ts";
import { taakFeiten, type TaakFeit } from "../../domain/dossier/taakfeiten.ts";
import { TAAK_SOORTEN } from "../../domain/dossier/vervolg.ts";
import {
  bouwToestand,
  pasAllesToe,
  registerAlsObject,
  registerUitObject,
  TOESTAND_VORM,
  type DossierToestand,
  type Registratie,
} from "../../domain/dossier/toestand.ts";
import { haalToestand, onthoudToestand, type OnthoudenToestand } from "./toestand-geheugen.ts";

/**
 * The read models of a dossier (decision 0032): its state as a snapshot and its task facts, both
 * derived from the events and written in the transaction that appends one. The events stay the
 * truth: a snapshot that is missing, behind its dossier or of an older shape is rebuilt from them on
 * the spot, and `controleerProjecties` proves every stored projection equal to a rebuild.
 */

/**
 * The snapshot is rewritten after this many events, not after each: it holds the content of every
 * record, so writing it costs what the case weighs. In between, readers fold the few newer events onto
 * it with `pasToe` (at most `MAXIMALE_STAART`, beyond which a reader rebuilds it).
 */
export const SNAPSHOT_INTERVAL = 16;
const MAXIMALE_STAART = 64;

/**
 * After how many events a case of `versie` events gets a new snapshot: every 16 up to 256 events, then one
 * sixteenth of the case, at most 48 (decision 0077). A snapshot holds the whole case (463 kB of JSON and
 * 1.9 ms to write at 1,004 short signals), while the reader folds the events after it on one working copy
 * (`pasAllesToe`), so a long case writes its snapshot less often; the tail stays below `MAXIMALE_STAART`.
 */
export function snapshotInterval(versie: number): number {
  return Math.min(MAXIMALE_STAART - SNAPSHOT_INTERVAL, Math.max(SNAPSHOT_INTERVAL, Math.floor(versie / 16)));
}

/** A stored snapshot as the reducer would produce it after a JSON round trip (what jsonb keeps). */
function alsOpgeslagen(toestand: DossierToestand): DossierToestand {
  const kopie = JSON.parse(JSON.stringify(toestand, metRegisterAlsObject)) as Omit<DossierToestand, "register"> & {
    register: Record<string, Registratie>;
  };
  return { ...kopie, register: registerUitObject(kopie.register) };
}

/** JSON's replacer for a state: the register (the state's one `Map`) as the object by id it is stored as (decision 0080). */
function metRegisterAlsObject(_sleutel: string, waarde: unknown): unknown {
  return waarde instanceof Map ? registerAlsObject(waarde as ReadonlyMap<string, Registratie>) : waarde;
}

/**
 * The stored form, as JSON text: a record that was never corrected keeps `origineel` only as
 * `gegevens` (it is the same content), which halves the snapshot. `uitOpslag` puts it back. One
 * serialisation pass (decision 0067): the text goes to the database as it is.
 */
function naarOpslag(toestand: DossierToestand): string {
  return JSON.stringify(toestand, (sleutel, waarde: unknown) => {
    if (waarde instanceof Map) return metRegisterAlsObject(sleutel, waarde);
    if (isOngecorrigeerd(waarde)) {
      const { origineel: _origineel, ...rest } = waarde;
      return rest;
    }
    return waarde;
  });
}

function uitOpslag(opgeslagen: unknown): DossierToestand {
  // The object is freshly parsed from the row and ours alone: complete it in place, in one pass.
  const vul = (waarde: unknown): void => {
    if (Array.isArray(waarde)) {
      for (const w of waarde) vul(w);
      return;
    }
    if (typeof waarde !== "object" || waarde === null) return;
    const object = waarde as Record<string, unknown>;
    if ("gebeurtenisId" in object && "correcties" in object && "gegevens" in object) {
      if (!("origineel" in object)) object["origineel"] = object["gegevens"];
      return;
    }
    if ("volgnummer" in object && "actor" in object) return;
    for (const w of Object.values(object)) vul(w);
  };
  const toestand = (typeof opgeslagen === "string" ? JSON.parse(opgeslagen) : opgeslagen) as Record<string, unknown>;
  // The register is stored as an object by id (every snapshot, before and after decision 0080); in memory a Map.
  toestand["register"] = registerUitObject((toestand["register"] ?? {}) as Record<string, Registratie>);
  vul(toestand);
  return toestand as unknown as DossierToestand;
}

function isOngecorrigeerd(waarde: unknown): waarde is { origineel: unknown; correcties: unknown[] } {
  if (typeof waarde !== "object" || waarde === null || !("gebeurtenisId" in waarde) || !("origineel" in waarde))
    return false;
  const correcties = (waarde as { correcties?: unknown }).correcties;
  return Array.isArray(correcties) && correcties.length === 0;
}

/** Where a state came from: the version of the stored snapshot it was folded onto. */
export interface GelezenToestand {
  readonly toestand: DossierToestand;
  readonly snapshotVersie: number;
}

/**
 * The projection rows that follow from a state: its task facts, and the snapshot only when it is
 * `SNAPSHOT_INTERVAL` events behind (or `altijd`). The append stores them in the statement that stores
 * the event (`voegGebeurtenisToe`); a rebuild with `schrijfProjecties`.
 */
export function projectieRijen(toestand: DossierToestand, snapshotVersie: number | "altijd"): ProjectieRijen {
  const snapshot =
    snapshotVersie === "altijd" || toestand.versie - snapshotVersie >= snapshotInterval(toestand.versie)
      ? { vorm: TOESTAND_VORM, json: naarOpslag(toestand) }
      : null;
  const taken = taakFeiten(toestand).map((f) => ({
    soort: f.soort,
    voor: f.voor,
    rang: TAAK_SOORTEN.indexOf(f.soort),
    sinds: f.sinds,
    vanaf: f.vanaf,
  }));
  return { versie: toestand.versie, taken, snapshot };
}

/**
 * The dossier's state at `versie`. First the state this process keeps in memory (decision 0059):
 * one statement reads the stored snapshot's version and shape with the events from the kept
 * version on, and the kept state is used when the event at its version still has the id it was
 * kept with (the newer events folded on) and the stored snapshot fits as below (so a snapshot that
 * must be rebuilt still is). Otherwise the stored snapshot, with the few events after it folded on.
 * A snapshot that does not fit (none yet, an older shape after an upgrade, ahead, or too far behind)
 * is rebuilt from the events and stored; when the caller holds no lock, the row is locked for that,
 * so a rebuild never races an append. Whatever is read is kept in memory for the next reader.
 */
export async function leesToestand(
  tx: Verbinding,
  dossier: { id: string; organisatieId: string; versie: number },
  opties: { vergrendeld: boolean; vooraf?: KopEnStaart | null },
): Promise<GelezenToestand> {
  const past = (s: { vorm: number; versie: number }) => snapshotPast(s, dossier.versie);
  const onthouden = haalToestand(dossier.id);
  if (
    onthouden &&
    onthouden.toestand.versie <= dossier.versie &&
    dossier.versie - onthouden.toestand.versie <= MAXIMALE_STAART
  ) {
    // Read in the lock's statement already when it started from this very version (decision 0071).
    const kop =
      opties.vooraf?.vanaf === onthouden.toestand.versie
        ? opties.vooraf
        : await snapshotKopEnStaart(tx, dossier.organisatieId, dossier.id, onthouden.toestand.versie, dossier.versie);
    const gevouwen = kop ? vouwOpOnthouden(dossier, onthouden, kop, kop.gebeurtenissen) : null;
    if (gevouwen) return gevouwen;
  }
  const opgeslagen = await leesOpgeslagenToestand(tx, dossier.organisatieId, dossier.id);
  if (opgeslagen && past(opgeslagen)) {
    // From the snapshot's own event on: its id is what the state is kept in memory with.
    // Without the row lock, events appended since the dossier was read may be there too: not folded on.
    const [eigen, ...nieuwer] = (
      await gebeurtenissenNa(tx, dossier.organisatieId, dossier.id, opgeslagen.versie - 1)
    ).filter((g) => g.volgnummer <= dossier.versie);
    if (eigen?.volgnummer === opgeslagen.versie) {
      const gevouwen = vouw(uitOpslag(opgeslagen.toestand), nieuwer);
      if (gevouwen.toestand.versie === dossier.versie) {
        onthoudToestand(dossier.id, gevouwen.toestand, gevouwen.laatsteId ?? eigen.id);
        return { toestand: gevouwen.toestand, snapshotVersie: opgeslagen.versie };
      }
    }
  }
  if (!opties.vergrendeld) await vergrendelDossier(tx, dossier.organisatieId, dossier.id);
  const alle = await laadGebeurtenissen(tx, dossier.organisatieId, dossier.id);
  const toestand = bouwToestand(alle);
  await herbouwProjecties(tx, dossier, toestand);
  const gelezen = alsOpgeslagen(toestand);
  const laatste = alle.at(-1);
  if (laatste) onthoudToestand(dossier.id, gelezen, laatste.id);
  return { toestand: gelezen, snapshotVersie: toestand.versie };
}

/** Whether a stored snapshot can stand as it is for a dossier at `versie`: else a reader rebuilds it. */
function snapshotPast(s: { vorm: number; versie: number }, versie: number): boolean {
  return s.vorm === TOESTAND_VORM && s.versie <= versie && versie - s.versie <= MAXIMALE_STAART;
}

/**
 * The kept state of a dossier brought to its version, or null when it cannot be used: nothing is
 * kept, the stored snapshot `kop` must be rebuilt, or the events from the kept version on (`vanaf`,
 * in order, read in one snapshot with `dossier`) do not start with the event it was kept with.
 */
function vouwOpOnthouden(
  dossier: { id: string; versie: number },
  onthouden: OnthoudenToestand,
  kop: { versie: number; vorm: number },
  vanaf: readonly Gebeurtenis[],
): GelezenToestand | null {
  const [eigen, ...nieuwer] = vanaf;
  if (!snapshotPast(kop, dossier.versie) || eigen?.id !== onthouden.laatsteId) return null;
  if (eigen.volgnummer !== onthouden.toestand.versie) return null;
  const gevouwen = vouw(onthouden.toestand, nieuwer);
  if (gevouwen.toestand.versie !== dossier.versie) return null;
  if (nieuwer.length > 0) onthoudToestand(dossier.id, gevouwen.toestand, gevouwen.laatsteId ?? eigen.id);
  return { toestand: gevouwen.toestand, snapshotVersie: kop.versie };
}

/**
 * The state from this process's memory when a read already holds every event of the dossier up to
 * its version and the stored snapshot's version and shape (the API's read, decision 0064): no
 * statement of its own. Null when the kept state cannot be used (as in `leesToestand`); the caller
 * then reads the usual way, which also rebuilds a snapshot that must be rebuilt.
 */
export function toestandUitGeheugen(
  dossier: { id: string; versie: number },
  kop: { versie: number; vorm: number } | null,
  alle: readonly Gebeurtenis[],
): DossierToestand | null {
  const onthouden = haalToestand(dossier.id);
  if (!onthouden) return null;
  const vanaf = alle.filter((g) => g.volgnummer >= onthouden.toestand.versie && g.volgnummer <= dossier.versie);
  return toestandUitStaart(dossier, onthouden, kop, vanaf);
}

/**
 * The state from a kept state (`onthouden`, taken before the read) and the events from its version on, read
 * in the reader's own statement with the dossier and the snapshot's head (a page's read, decision 0075): no
 * statement of its own. Null when it cannot be used (as in `leesToestand`); the caller then reads the usual way.
 */
export function toestandUitStaart(
  dossier: { id: string; versie: number },
  onthouden: OnthoudenToestand,
  kop: { versie: number; vorm: number } | null,
  staart: readonly Gebeurtenis[],
): DossierToestand | null {
  if (
    !kop ||
    onthouden.toestand.versie > dossier.versie ||
    dossier.versie - onthouden.toestand.versie > MAXIMALE_STAART
  )
    return null;
  return vouwOpOnthouden(dossier, onthouden, kop, staart)?.toestand ?? null;
}

/** Folds the events up to the dossier's version onto a state, on one working copy (decision 0077); the id of the last one folded. */
function vouw(
  toestand: DossierToestand,
  gebeurtenissen: readonly Gebeurtenis[],
): { toestand: DossierToestand; laatsteId: string | null } {
  return { toestand: pasAllesToe(toestand, gebeurtenissen), laatsteId: gebeurtenissen.at(-1)?.id ?? null };
}

/** A rebuild writes every projection: the snapshot, the task facts and the list columns of `dossiers`. */
async function herbouwProjecties(
  tx: Verbinding,
  dossier: { id: string; organisatieId: string },
  toestand: DossierToestand,
): Promise<void> {
  await schrijfProjecties(tx, dossier, projectieRijen(toestand, "altijd"));
  await zetLijstKolommen(tx, dossier, lijstKolommen(toestand));
}

/**
 * Brings stale projections up to date (after an upgrade that added or changed them), a batch at a
 * time, each dossier under its own row lock. Returns how many were rebuilt. What it reads is
 * proportional to what is behind, not to the data (decision 0072): once every dossier has been
 * brought up to this `TOESTAND_VORM` (`projectie_stand`), a start only looks, through an index, for
 * snapshots of another shape (written by a process of another version since). A full pass, over
 * every dossier, runs when this shape was never caught up (the first start after an upgrade, or a
 * database without the mark) or with `volledig` (the generator, which inserts cases without their
 * projections). Appends keep the projections current and a reader rebuilds a snapshot that does not
 * fit on the spot, so nothing depends on this pass for being right; it spares the readers the work.
 */
export async function werkProjectiesBij(
  db: Database,
  batch = 100,
  opties: { readonly volledig?: boolean } = {},
): Promise<number> {
  const volledig = opties.volledig === true || !(await projectieVormBijgewerkt(db, TOESTAND_VORM));
  let na: string | null = null;
  let aantal = 0;
  for (;;) {
    const rijen: { id: string; organisatieId: string }[] = volledig
      ? await verouderdeProjecties(db, TOESTAND_VORM, MAXIMALE_STAART, na, batch)
      : await snapshotsVanAndereVorm(db, TOESTAND_VORM, na, batch);
    if (rijen.length === 0) break;
    for (const rij of rijen) {
      await db.transaction(async (tx) => {
        const dossier = await vergrendelDossier(tx, rij.organisatieId, rij.id);
        if (dossier) await leesToestand(tx, dossier, { vergrendeld: true });
      });
    }
    aantal += rijen.length;
    na = rijen.at(-1)?.id ?? null;
  }
  if (volledig) await markeerProjectieVorm(db, TOESTAND_VORM, new Date());
  return aantal;
}

export interface ProjectieVerschil {
  readonly dossierId: string;
  /** Which projection and where: "toestand.signalen[0].gegevens.waarneming", "taken", "dossiers.wachtOpVtSinds", "toestand" (missing). */
  readonly veld: string;
}

export interface ProjectieControle {
  readonly gecontroleerd: number;
  readonly verschillen: readonly ProjectieVerschil[];
  readonly hersteld: number;
}

/**
 * Rebuilds every projection from the events, per dossier in batches, and compares it with what is
 * stored: the snapshot field by field, and the task facts. Reports each dossier that differs, with
 * the first field that does; with `herstel`, rewrites those projections (each under its row lock).
 */
export async function controleerProjecties(
  db: Database,
  opties: { herstel?: boolean; batch?: number } = {},
): Promise<ProjectieControle> {
  const batch = opties.batch ?? 200;
  const verschillen: ProjectieVerschil[] = [];
  let gecontroleerd = 0;
  let hersteld = 0;
  let na: string | null = null;
  for (;;) {
    const rijen = await dossierBatch(db, na, batch);
    if (rijen.length === 0) break;
    const perDossier = await gebeurtenissenVan(
      db,
      rijen.map((r) => r.id),
    );
    for (const rij of rijen) {
      const verschil = await vergelijk(db, rij, perDossier.get(rij.id) ?? []);
      gecontroleerd += 1;
      if (verschil === null) continue;
      verschillen.push(verschil);
      if (opties.herstel) {
        await db.transaction(async (tx) => {
          const dossier = await vergrendelDossier(tx, rij.organisatieId, rij.id);
          if (dossier)
            await herbouwProjecties(
              tx,
              dossier,
              bouwToestand(await laadGebeurtenissen(tx, dossier.organisatieId, dossier.id)),
            );
        });
        hersteld += 1;
      }
    }
    na = rijen.at(-1)?.id ?? null;
  }
  return { gecontroleerd, verschillen, hersteld };
}

async function vergelijk(
  db: Verbinding,
  dossier: Awaited<ReturnType<typeof dossierBatch>>[number],
  gebeurtenissen: Parameters<typeof bouwToestand>[0],
): Promise<ProjectieVerschil | null> {
  const verwacht = bouwToestand(gebeurtenissen);
  if (verwacht.versie !== dossier.versie) return { dossierId: dossier.id, veld: "dossiers.versie" };
  const padKolommen = eersteVerschil(lijstKolommen(verwacht), uitKolommen(dossier), "dossiers");
  if (padKolommen !== null) return { dossierId: dossier.id, veld: padKolommen };
  const opgeslagen = await leesOpgeslagenToestand(db, dossier.organisatieId, dossier.id);
  if (!opgeslagen) return { dossierId: dossier.id, veld: "toestand" };
  if (opgeslagen.vorm !== TOESTAND_VORM) return { dossierId: dossier.id, veld: "toestand.vorm" };
  if (opgeslagen.versie > dossier.versie || dossier.versie - opgeslagen.versie > MAXIMALE_STAART)
    return { dossierId: dossier.id, veld: "toestand.versie" };
  // The snapshot is the state at its own version; the events after it are folded on when it is read.
  const opDieVersie =
    opgeslagen.versie === verwacht.versie ? verwacht : bouwToestand(gebeurtenissen.slice(0, opgeslagen.versie));
  const pad = eersteVerschil(JSON.parse(naarOpslag(opDieVersie)) as unknown, opgeslagen.toestand, "toestand");
  if (pad !== null) return { dossierId: dossier.id, veld: pad };
  const feiten = (await leesTaakFeiten(db, dossier.organisatieId, dossier.id)).sort(opVolgorde);
  const verwachteFeiten = [...taakFeiten(verwacht)].sort(opVolgorde);
  const padTaken = eersteVerschil(
    verwachteFeiten,
    feiten.map(({ versie: _versie, ...f }) => f),
    "taken",
  );
  if (padTaken !== null) return { dossierId: dossier.id, veld: padTaken };
  const padVersie = taakVersieVerschil(feiten, gebeurtenissen, verwacht);
  return padVersie === null ? null : { dossierId: dossier.id, veld: padVersie };
}

/**
 * A task fact's `versie` is the dossier version its values were derived at: an append rewrites only the rows
 * whose values change (decision 0077), so an unchanged row keeps the version it was last written at. Proved
 * against the events: the version lies within the dossier's, and the rebuild at that version gives the row
 * the same values. (A process of the version before 0077 writes every row at the new version, which also holds.)
 */
function taakVersieVerschil(
  feiten: readonly (TaakFeit & { versie: number })[],
  gebeurtenissen: Parameters<typeof bouwToestand>[0],
  verwacht: DossierToestand,
): string | null {
  const opVersie = new Map<number, readonly TaakFeit[]>([[verwacht.versie, taakFeiten(verwacht)]]);
  for (const [i, { versie, ...feit }] of feiten.entries()) {
    const pad = `taken[${i}].versie`;
    if (!Number.isInteger(versie) || versie < 1 || versie > verwacht.versie) return pad;
    let toen = opVersie.get(versie);
    if (toen === undefined) {
      toen = taakFeiten(bouwToestand(gebeurtenissen.slice(0, versie)));
      opVersie.set(versie, toen);
    }
    const daar = toen.find((f) => f.voor === feit.voor && f.soort === feit.soort);
    if (daar === undefined || eersteVerschil(daar, feit, pad) !== null) return pad;
  }
  return null;
}

const opVolgorde = (a: TaakFeit, b: TaakFeit) => a.voor.localeCompare(b.voor) || a.soort.localeCompare(b.soort);

/** The path of the first place where two JSON values differ, or null when they are equal. */
export function eersteVerschil(verwacht: unknown, werkelijk: unknown, pad: string): string | null {
  if (Object.is(verwacht, werkelijk)) return null;
  if (Array.isArray(verwacht) || Array.isArray(werkelijk)) {
    if (!Array.isArray(verwacht) || !Array.isArray(werkelijk)) return pad;
    for (let i = 0; i < Math.max(verwacht.length, werkelijk.length); i++) {
      const verschil = eersteVerschil(verwacht[i], werkelijk[i], `${pad}[${i}]`);
      if (verschil !== null) return verschil;
    }
    return null;
  }
  if (typeof verwacht === "object" && verwacht !== null && typeof werkelijk === "object" && werkelijk !== null) {
    const sleutels = [...new Set([...Object.keys(verwacht), ...Object.keys(werkelijk)])].sort();
    for (const sleutel of sleutels) {
      const verschil = eersteVerschil(
        (verwacht as Record<string, unknown>)[sleutel],
        (werkelijk as Record<string, unknown>)[sleutel],
        `${pad}.${sleutel}`,
      );
      if (verschil !== null) return verschil;
    }
    return null;
  }
  return pad;
}
