import { createContext, useContext, useEffect, useRef } from "react";
import { useT } from "../vertaling.tsx";
import { useActionData } from "react-router";
import type { FormulierAntwoord } from "../../adapters/http/formulier.ts";

/** Prefixes element ids when one page has two forms with a field of the same name. */
export const VeldPrefix = createContext("");
const useId = (naam: string) => `${useContext(VeldPrefix)}veld-${naam}`;

/** Reads the action's answer: field errors by field name, and the values to put back. */
export function useFormulier() {
  const antwoord: FormulierAntwoord | undefined = useActionData();
  const { t } = useT();
  const fouten = new Map<string, string>();
  for (const f of antwoord?.fouten ?? []) if (!fouten.has(f.veld)) fouten.set(f.veld, t(f.sleutel, f.waarden));
  const waarde = (veld: string, standaard = ""): string => {
    const w = antwoord?.waarden?.[veld];
    return typeof w === "string" ? w : standaard;
  };
  const waarden = (veld: string): string[] => {
    const w = antwoord?.waarden?.[veld];
    return Array.isArray(w) ? w : typeof w === "string" ? [w] : [];
  };
  return { antwoord, fouten, fout: (veld: string) => fouten.get(veld), waarde, waarden };
}

/** The error summary: named fields linked to their inputs; focus moves here so it is read out first. */
export function FoutSamenvatting({
  fouten,
  melding,
  prefix = "",
  labelVan,
}: {
  fouten: Map<string, string>;
  melding?: string | undefined;
  prefix?: string;
  labelVan?: (veld: string) => string;
}) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const heeftIets = fouten.size > 0 || melding !== undefined;
  useEffect(() => {
    if (heeftIets) ref.current?.focus();
  }, [heeftIets, fouten, melding]);
  if (!heeftIets) return null;
  return (
    <div className="mw-samenvatting" role="alert" tabIndex={-1} ref={ref} aria-labelledby="foutsamenvatting-titel">
      <h2 id="foutsamenvatting-titel" className="nl-heading nl-heading--level-3">
        {t("formulier.fouten_titel")}
      </h2>
      {melding ? <p className="nl-paragraph">{melding}</p> : null}
      {fouten.size > 0 ? (
        <ul>
          {[...fouten].map(([veld, tekst]) => (
            <li key={veld}>
              <a
                className="nl-link"
                href={`#${prefix}veld-${veld}`}
              >{`${labelVan ? labelVan(veld) : t(`veld.${veld}`)}: ${tekst}`}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface VeldBasis {
  readonly naam: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly fout?: string | undefined;
  readonly verplicht?: boolean;
}

function VeldKader({ naam, label, hint, fout, children }: VeldBasis & { children: React.ReactNode }) {
  const { t } = useT();
  const id = useId(naam);
  return (
    <div className={`utrecht-form-field${fout ? " mw-veld--fout" : ""}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="mw-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {fout ? (
        <p className="mw-fout" id={`${id}-fout`}>
          <span className="mw-visueel-verborgen">{t("formulier.fout")}: </span>
          {fout}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function useBeschrijving(naam: string, hint?: string, fout?: string): string | undefined {
  const id = useId(naam);
  const ids = [hint ? `${id}-hint` : "", fout ? `${id}-fout` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

export function TekstVeld(
  props: VeldBasis & {
    waarde?: string;
    type?: "text" | "date" | "email" | "password";
    autoComplete?: string;
    max?: string;
  },
) {
  const { naam, hint, fout, verplicht, waarde, type = "text", autoComplete, max } = props;
  const id = useId(naam);
  const beschreven = useBeschrijving(naam, hint, fout);
  return (
    <VeldKader {...props}>
      <input
        id={id}
        name={naam}
        type={type}
        className={`utrecht-textbox utrecht-textbox--html-input${type === "date" ? " utrecht-textbox--datum" : ""}${fout ? " utrecht-textbox--invalid" : ""}`}
        defaultValue={waarde}
        aria-required={verplicht ? true : undefined}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschreven}
        autoComplete={autoComplete}
        max={max}
      />
    </VeldKader>
  );
}

/** A file chooser; the browser never puts a chosen file back, so it has no value to restore. */
export function BestandVeld(props: VeldBasis & { accept: string }) {
  const { naam, hint, fout, verplicht, accept } = props;
  const id = useId(naam);
  const beschreven = useBeschrijving(naam, hint, fout);
  return (
    <VeldKader {...props}>
      <input
        id={id}
        name={naam}
        type="file"
        accept={accept}
        className="mw-bestand"
        aria-required={verplicht ? true : undefined}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschreven}
      />
    </VeldKader>
  );
}

export function TekstGebied(props: VeldBasis & { waarde?: string; rijen?: number }) {
  const { naam, hint, fout, verplicht, waarde, rijen = 4 } = props;
  const id = useId(naam);
  const beschreven = useBeschrijving(naam, hint, fout);
  return (
    <VeldKader {...props}>
      <textarea
        id={id}
        name={naam}
        rows={rijen}
        className={`utrecht-textarea utrecht-textarea--html-textarea${fout ? " utrecht-textarea--invalid" : ""}`}
        defaultValue={waarde}
        aria-required={verplicht ? true : undefined}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschreven}
      />
    </VeldKader>
  );
}

export function Keuzelijst(
  props: VeldBasis & { waarde?: string; opties: readonly { waarde: string; label: string }[]; leeg?: string },
) {
  const { naam, hint, fout, verplicht, waarde, opties, leeg } = props;
  const id = useId(naam);
  const beschreven = useBeschrijving(naam, hint, fout);
  return (
    <VeldKader {...props}>
      <select
        id={id}
        name={naam}
        className={`utrecht-select utrecht-select--html-select${fout ? " utrecht-select--invalid" : ""}`}
        defaultValue={waarde}
        aria-required={verplicht ? true : undefined}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschreven}
      >
        {leeg !== undefined ? <option value="">{leeg}</option> : null}
        {opties.map((o) => (
          <option key={o.waarde} value={o.waarde}>
            {o.label}
          </option>
        ))}
      </select>
    </VeldKader>
  );
}

/** Radio buttons or checkboxes in a fieldset; the first input carries the id the error summary links to. */
export function Keuzegroep(
  props: Omit<VeldBasis, "label"> & {
    legenda: string;
    soort: "radio" | "checkbox";
    opties: readonly { waarde: string; label: string; hint?: string }[];
    gekozen: readonly string[];
  },
) {
  const { naam, legenda, hint, fout, soort, opties, gekozen } = props;
  const basisId = useId(naam);
  const beschreven = useBeschrijving(naam, hint, fout);
  return (
    <fieldset className={fout ? "mw-veld--fout" : undefined} aria-describedby={beschreven}>
      <legend>{legenda}</legend>
      {hint ? (
        <p className="mw-hint" id={`${basisId}-hint`}>
          {hint}
        </p>
      ) : null}
      {fout ? (
        <p className="mw-fout" id={`${basisId}-fout`}>
          {fout}
        </p>
      ) : null}
      {opties.map((o, i) => {
        const id = i === 0 ? basisId : `${basisId}-${o.waarde}`;
        return (
          <div className="mw-keuze" key={o.waarde}>
            <input
              id={id}
              type={soort}
              name={naam}
              value={o.waarde}
              defaultChecked={gekozen.includes(o.waarde)}
              className={
                soort === "radio"
                  ? "utrecht-radio-button utrecht-radio-button--html-input"
                  : "utrecht-checkbox utrecht-checkbox--html-input"
              }
              aria-describedby={o.hint ? `${id}-hint` : undefined}
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
              {o.label}
              {o.hint ? (
                <span className="mw-hint" id={`${id}-hint`}>
                  <br />
                  {o.hint}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function Knop({ children, soort = "primary" }: { children: React.ReactNode; soort?: "primary" | "secondary" }) {
  return (
    <div>
      <button type="submit" className={`utrecht-button utrecht-button--${soort}-action`}>
        {children}
      </button>
    </div>
  );
}
