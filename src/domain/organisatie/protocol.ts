import { z } from "zod";

/**
 * An organisation's own Meldcode protocol, as configuration: per step who acts and how, and who
 * documents; and the regional Veilig Thuis contact. Who the aandachtsfunctionarissen and the
 * eindverantwoordelijke are follows from the roles of the people, so it is never out of date.
 */

export const PROTOCOL_STAPPEN = ["signalen", "consultatie", "gesprek", "wegen", "beslissen"] as const;
export type ProtocolStap = (typeof PROTOCOL_STAPPEN)[number];
export const DOCUMENTEERT = ["medewerker", "aandachtsfunctionaris", "eindverantwoordelijke"] as const;

const tekst = (max: number) => z.string().trim().min(1).max(max);

export const protocolStapSchema = z.strictObject({
  /** Who acts in this step, in the organisation's own words ("leerkracht en intern begeleider"). */
  wie: tekst(300),
  /** How the step is taken here. */
  werkwijze: tekst(2000),
  /** The role that records the step in the dossier. */
  documenteert: z.enum(DOCUMENTEERT),
});

export const protocolSchema = z.strictObject({
  stappen: z.strictObject(
    Object.fromEntries(PROTOCOL_STAPPEN.map((s) => [s, protocolStapSchema])) as Record<
      ProtocolStap,
      typeof protocolStapSchema
    >,
  ),
  veiligThuis: z.strictObject({
    naam: tekst(200),
    /** Dutch phone numbers: digits, spaces, +, -, parentheses. */
    telefoon: z
      .string()
      .trim()
      .regex(/^[+0-9][0-9 ()-]{5,19}$/, "fout.telefoon"),
  }),
});

export type Protocol = z.output<typeof protocolSchema>;

/** Where an organisation starts: a workable protocol in plain words, to be adapted to its own practice. */
export const STANDAARD_PROTOCOL: Protocol = {
  stappen: {
    signalen: {
      wie: "De professional die de zorg heeft",
      werkwijze:
        "Leg signalen en vroege risico's feitelijk vast, met datum en bron, en houd uw duiding apart. Vraag al in deze stap advies aan de aandachtsfunctionaris.",
      documenteert: "medewerker",
    },
    consultatie: {
      wie: "De professional en de aandachtsfunctionaris",
      werkwijze:
        "Bespreek de signalen met de aandachtsfunctionaris. Vraag bij twijfel (anoniem) advies aan Veilig Thuis, en bij letsel aan een letseldeskundige.",
      documenteert: "aandachtsfunctionaris",
    },
    gesprek: {
      wie: "De professional, zo nodig met de aandachtsfunctionaris",
      werkwijze:
        "Bespreek de zorg met de ouders en, als dat past bij de leeftijd, met het kind. Ziet u van het gesprek af, leg dan vast op welke grond.",
      documenteert: "aandachtsfunctionaris",
    },
    wegen: {
      wie: "De aandachtsfunctionaris",
      werkwijze:
        "Beantwoord de vragen van het afwegingskader. Vragen 3 tot en met 5 beantwoordt u bij twijfel samen met Veilig Thuis.",
      documenteert: "aandachtsfunctionaris",
    },
    beslissen: {
      wie: "De eindverantwoordelijke, met de aandachtsfunctionaris en de professional",
      werkwijze:
        "De eindverantwoordelijke besluit over melden bij Veilig Thuis en over het inzetten van hulp, en motiveert een afwijking van het advies.",
      documenteert: "eindverantwoordelijke",
    },
  },
  veiligThuis: { naam: "Veilig Thuis", telefoon: "0800 2000" },
};

/** A stored protocol may predate a field: whatever does not validate falls back to the standard, per part. */
export function leesProtocol(opgeslagen: unknown): Protocol {
  const geheel = protocolSchema.safeParse(opgeslagen);
  if (geheel.success) return geheel.data;
  const bron = (typeof opgeslagen === "object" && opgeslagen !== null ? opgeslagen : {}) as {
    stappen?: Record<string, unknown>;
    veiligThuis?: unknown;
  };
  const stappen = Object.fromEntries(
    PROTOCOL_STAPPEN.map((s) => {
      const stap = protocolStapSchema.safeParse(bron.stappen?.[s]);
      return [s, stap.success ? stap.data : STANDAARD_PROTOCOL.stappen[s]];
    }),
  ) as Protocol["stappen"];
  const vt = protocolSchema.shape.veiligThuis.safeParse(bron.veiligThuis);
  return { stappen, veiligThuis: vt.success ? vt.data : STANDAARD_PROTOCOL.veiligThuis };
}
