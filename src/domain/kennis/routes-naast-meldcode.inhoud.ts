import type { DossierSoort, RouteStap, Vlag } from "../dossier/keuzes.ts";
import type { Sector } from "./keuzes.ts";
import type { Tekst } from "./schema.ts";

/**
 * Guidance for the two routes beside the Meldcode (decisions 0053, 0054), in the product's own words.
 *
 * The source documents in ../shared/seeds/ do not treat these routes: they are about unsafety at home.
 * The duties named here come from the law as we understand it (Wet op het onderwijstoezicht, Wet
 * kinderopvang, Wkkgz and Jeugdwet) and from the flag system (Vlaggensysteem) for sexual behaviour of
 * children. Every text is marked `deskundige: true`: a domain expert and a lawyer must check it before
 * an organisation relies on it. The pages say so.
 */

export interface RouteStapKennis {
  readonly id: RouteStap;
  readonly titel: Tekst;
  readonly uitleg: Tekst;
  /** What the sector's law asks at this step, where it differs per sector. */
  readonly perSector?: Readonly<Record<Sector, Tekst>>;
}

export interface RouteKennis {
  readonly soort: Exclude<DossierSoort, "meldcode">;
  readonly titel: Tekst;
  readonly inleiding: Tekst;
  readonly stappen: readonly RouteStapKennis[];
  /** Points that hold throughout the route. */
  readonly aandachtspunten: readonly Tekst[];
  /** Still to be checked by a domain expert (and for the duties, a lawyer). */
  readonly deskundige: true;
}

const GEEN_ONDERWIJS_OF_OPVANG = {
  jeugdhulp: {
    nl: "Jeugdhulp: de jeugdhulpaanbieder meldt geweld door een medewerker tegen een jeugdige onverwijld bij de Inspectie Gezondheidszorg en Jeugd (meldplicht in de Jeugdwet). Overleg daarnaast zo nodig met Veilig Thuis.",
    en: "Youth care: the provider reports violence by a staff member against a young person to the Inspectie Gezondheidszorg en Jeugd without delay (the Jeugdwet's reporting duty). Consult Veilig Thuis as well where needed.",
  },
  gezondheidszorg: {
    nl: "Gezondheidszorg: de zorgaanbieder meldt geweld in de zorgrelatie onverwijld bij de Inspectie Gezondheidszorg en Jeugd (meldplicht in de Wkkgz). Overleg daarnaast zo nodig met Veilig Thuis.",
    en: "Health care: the provider reports violence in the care relationship to the Inspectie Gezondheidszorg en Jeugd without delay (the Wkkgz reporting duty). Consult Veilig Thuis as well where needed.",
  },
  sociaal_werk: {
    nl: "Sociaal werk: er is geen aparte inspectie met een meldplicht. Volg het protocol van de organisatie, vraag Veilig Thuis om advies en overweeg aangifte bij de politie als er een strafbaar feit kan zijn gepleegd.",
    en: "Social work: there is no separate inspectorate with a reporting duty. Follow the organisation's protocol, ask Veilig Thuis for advice and consider reporting to the police if a criminal offence may have been committed.",
  },
  overig: {
    nl: "Volg het protocol van de organisatie, vraag Veilig Thuis om advies en overweeg aangifte bij de politie als er een strafbaar feit kan zijn gepleegd. Ga na of een inspectie voor uw sector een meldplicht kent.",
    en: "Follow the organisation's protocol, ask Veilig Thuis for advice and consider reporting to the police if a criminal offence may have been committed. Check whether an inspectorate for your sector has a reporting duty.",
  },
} as const satisfies Partial<Record<Sector, Tekst>>;

export const ROUTE_MEDEWERKER: RouteKennis = {
  soort: "vermoeden_medewerker",
  titel: { nl: "Vermoeden tegen een medewerker", en: "Suspicion against a staff member" },
  inleiding: {
    nl: "Dit dossier gaat over een vermoeden dat iemand die bij de organisatie werkt geweld heeft gebruikt tegen een kind dat aan de organisatie is toevertrouwd, of het seksueel heeft misbruikt. Het gesprek met de ouders en de gewone consultatie van de meldcode passen hier niet: de werkgever moet direct handelen, en de medewerker om wie het gaat heeft ook rechten.",
    en: "This case is about a suspicion that someone who works for the organisation used violence against a child in its care, or abused the child sexually. The Meldcode's conversation with the parents and its usual consultation do not fit here: the employer must act at once, and the staff member concerned has rights too.",
  },
  stappen: [
    {
      id: "bestuur_geinformeerd",
      titel: { nl: "Informeer direct de werkgever", en: "Tell the employer at once" },
      uitleg: {
        nl: "Wie het vermoeden heeft, meldt het meteen bij het bevoegd gezag: het schoolbestuur, de houder of de directie. Niet eerst zelf uitzoeken of het klopt. Gaat het vermoeden over de bestuurder of houder zelf, neem dan direct contact op met de vertrouwensinspecteur of de inspectie.",
        en: "Whoever has the suspicion reports it straight away to the competent authority: the school board, the owner or the management. Do not first try to find out whether it is true. If the suspicion concerns the board member or owner themselves, contact the confidential inspector or the inspectorate directly.",
      },
    },
    {
      id: "kind_beschermd",
      titel: { nl: "Zorg dat het kind nu veilig is", en: "Make sure the child is safe now" },
      uitleg: {
        nl: "Zorg dat het kind en de medewerker elkaar niet meer alleen treffen zolang het vermoeden er is. Luister naar het kind zonder te sturen en schrijf letterlijk op wat het zegt. Ondervraag het kind niet verder: dat is aan de politie. Houd ook andere kinderen in de groep in het oog.",
        en: "Make sure the child and the staff member are no longer alone together while the suspicion stands. Listen to the child without steering and write down literally what it says. Do not question the child any further: that is for the police. Keep an eye on the other children in the group as well.",
      },
    },
    {
      id: "toezicht_ingelicht",
      titel: {
        nl: "Overleg met de vertrouwensinspecteur of meld bij de inspectie",
        en: "Consult the confidential inspector or report to the inspectorate",
      },
      uitleg: {
        nl: "Wat de wet hier vraagt, hangt af van de sector. De vertrouwensinspecteurs zijn bereikbaar via het Meldpunt vertrouwensinspecteurs (0900 111 3 111).",
        en: "What the law asks here depends on the sector. The confidential inspectors can be reached through the Meldpunt vertrouwensinspecteurs (0900 111 3 111).",
      },
      perSector: {
        onderwijs: {
          nl: "Onderwijs: het bestuur is verplicht direct te overleggen met de vertrouwensinspecteur zodra het hoort van een mogelijk zedendelict door een medewerker tegen een minderjarige leerling (meld- en aangifteplicht, Wet op het onderwijstoezicht). Bij ander geweld kunt u de vertrouwensinspecteur om advies vragen.",
          en: "Education: the board must consult the confidential inspector at once when it learns of a possible sexual offence by a staff member against a minor pupil (the duty to report and file charges, Wet op het onderwijstoezicht). For other violence you can ask the confidential inspector for advice.",
        },
        kinderopvang: {
          nl: "Kinderopvang: een medewerker meldt een vermoeden van een geweld- of zedendelict door een collega direct bij de houder; de houder overlegt direct met de vertrouwensinspecteur (meldplicht, Wet kinderopvang). Gaat het om de houder zelf, dan meldt de medewerker rechtstreeks bij de vertrouwensinspecteur.",
          en: "Childcare: a staff member reports a suspicion of a violent or sexual offence by a colleague to the owner at once; the owner consults the confidential inspector at once (reporting duty, Wet kinderopvang). If it concerns the owner, the staff member reports directly to the confidential inspector.",
        },
        ...GEEN_ONDERWIJS_OF_OPVANG,
      },
    },
    {
      id: "aangifte_afgewogen",
      titel: { nl: "Aangifte bij de politie", en: "Report to the police" },
      uitleg: {
        nl: "Leg vast wat het overleg opleverde: is er een redelijk vermoeden, en is er aangifte gedaan? Zo niet, waarom niet. De politie onderzoekt; de organisatie doet geen eigen onderzoek naar de feiten.",
        en: "Record what the consultation gave: is there a reasonable suspicion, and was a report filed? If not, why not. The police investigate; the organisation does not investigate the facts itself.",
      },
      perSector: {
        onderwijs: {
          nl: "Onderwijs: blijkt uit het overleg met de vertrouwensinspecteur een redelijk vermoeden van een zedendelict, dan doet het bestuur direct aangifte. Het informeert de ouders en de medewerker voordat het aangifte doet.",
          en: "Education: if the consultation with the confidential inspector shows a reasonable suspicion of a sexual offence, the board files a report with the police at once. It informs the parents and the staff member before it does so.",
        },
        kinderopvang: {
          nl: "Kinderopvang: blijkt uit het overleg met de vertrouwensinspecteur een redelijk vermoeden van een geweld- of zedendelict, dan doet de houder direct aangifte bij de politie.",
          en: "Childcare: if the consultation with the confidential inspector shows a reasonable suspicion of a violent or sexual offence, the owner files a report with the police at once.",
        },
        jeugdhulp: {
          nl: "Overweeg aangifte als er een strafbaar feit kan zijn gepleegd; de inspectie en de politie kunnen adviseren.",
          en: "Consider a police report if a criminal offence may have been committed; the inspectorate and the police can advise.",
        },
        gezondheidszorg: {
          nl: "Overweeg aangifte als er een strafbaar feit kan zijn gepleegd; de inspectie en de politie kunnen adviseren.",
          en: "Consider a police report if a criminal offence may have been committed; the inspectorate and the police can advise.",
        },
        sociaal_werk: {
          nl: "Overweeg aangifte als er een strafbaar feit kan zijn gepleegd; Veilig Thuis en de politie kunnen adviseren.",
          en: "Consider a police report if a criminal offence may have been committed; Veilig Thuis and the police can advise.",
        },
        overig: {
          nl: "Overweeg aangifte als er een strafbaar feit kan zijn gepleegd; Veilig Thuis en de politie kunnen adviseren.",
          en: "Consider a police report if a criminal offence may have been committed; Veilig Thuis and the police can advise.",
        },
      },
    },
    {
      id: "ouders_geinformeerd",
      titel: { nl: "Informeer en steun de ouders", en: "Inform and support the parents" },
      uitleg: {
        nl: "Vertel de ouders wat er is gezien of gehoord en wat de organisatie nu doet. Stem het moment af met de vertrouwensinspecteur of de politie, zodat een onderzoek niet wordt geschaad. Bied het kind en het gezin steun of hulp aan, en spreek af hoe u contact houdt.",
        en: "Tell the parents what was seen or heard and what the organisation is doing now. Agree the moment with the confidential inspector or the police, so an investigation is not harmed. Offer the child and the family support or help, and agree how you will stay in touch.",
      },
    },
    {
      id: "medewerker_gehoord",
      titel: { nl: "Hoor de medewerker, zorgvuldig", en: "Hear the staff member, with care" },
      uitleg: {
        nl: "De medewerker is niet schuldig zolang dat niet is vastgesteld. Geef hem of haar de gelegenheid te reageren (hoor en wederhoor), in overleg met de vertrouwensinspecteur of de politie over het moment. Maatregelen zoals tijdelijk ander werk of schorsing neemt de werkgever, met advies van personeelszaken.",
        en: "The staff member is not guilty until that has been established. Give them the chance to respond (hear both sides), agreeing the moment with the confidential inspector or the police. Measures such as other work for a while or suspension are the employer's to take, with advice from HR.",
      },
    },
  ],
  aandachtspunten: [
    {
      nl: "Zo weinig mensen als nodig: dit dossier is alleen zichtbaar voor wie het opende, de aandachtsfunctionaris, de eindverantwoordelijke en de collega's met wie zij het delen. De medewerker om wie het gaat, ziet en vindt het nooit.",
      en: "As few people as needed: this case is visible only to whoever opened it, the aandachtsfunctionaris, the eindverantwoordelijke and the colleagues they share it with. The staff member concerned never sees or finds it.",
    },
    {
      nl: "Schrijf feiten op met datum en bron, gescheiden van uw duiding. Dit dossier kan later worden gelezen door de inspectie, de politie of een rechter, en door de medewerker zelf als die om inzage vraagt.",
      en: "Write down facts with date and source, apart from your interpretation. This case may later be read by the inspectorate, the police or a court, and by the staff member themselves if they ask to see it.",
    },
    {
      nl: "Zijn er daarnaast zorgen over de veiligheid van het kind thuis? Open daarvoor een apart Meldcode-dossier.",
      en: "Are there also worries about the child's safety at home? Open a separate Meldcode case for that.",
    },
  ],
  deskundige: true,
};

/** The flag system's four colours, each with what it means and how to respond, in our own words. */
export interface VlagKennis {
  readonly id: Vlag;
  readonly titel: Tekst;
  readonly betekenis: Tekst;
  readonly reactie: Tekst;
}

/** The six criteria the flag system weighs behaviour against. */
export const GEDRAG_CRITERIA: readonly { readonly id: string; readonly titel: Tekst; readonly vraag: Tekst }[] = [
  {
    id: "toestemming",
    titel: { nl: "Toestemming", en: "Consent" },
    vraag: {
      nl: "Willen alle kinderen het, en zeggen ze dat ook?",
      en: "Do all the children want it, and do they say so?",
    },
  },
  {
    id: "vrijwilligheid",
    titel: { nl: "Vrijwilligheid", en: "Voluntariness" },
    vraag: {
      nl: "Doet ieder kind mee zonder druk, dreiging, omkoping of list?",
      en: "Does every child take part without pressure, threats, bribery or tricks?",
    },
  },
  {
    id: "gelijkwaardigheid",
    titel: { nl: "Gelijkwaardigheid", en: "Equality" },
    vraag: {
      nl: "Zijn de kinderen even oud, even sterk, even slim en even populair, of heeft één de macht?",
      en: "Are the children of similar age, strength, understanding and standing, or does one hold the power?",
    },
  },
  {
    id: "leeftijd",
    titel: { nl: "Passend bij leeftijd en ontwikkeling", en: "Fits age and development" },
    vraag: {
      nl: "Is dit gedrag gewoon voor kinderen van deze leeftijd en dit ontwikkelingsniveau?",
      en: "Is this behaviour usual for children of this age and level of development?",
    },
  },
  {
    id: "context",
    titel: { nl: "Passend bij de situatie", en: "Fits the situation" },
    vraag: {
      nl: "Past het bij de plek en het moment, en stoort of kwetst het anderen niet?",
      en: "Does it fit the place and the moment, without disturbing or hurting others?",
    },
  },
  {
    id: "zelfrespect",
    titel: { nl: "Zelfrespect", en: "Self-respect" },
    vraag: {
      nl: "Doet het kind zichzelf geen schade, lichamelijk of in hoe het zich voelt?",
      en: "Does the child not harm itself, in body or in how it feels?",
    },
  },
];

export const VLAGGEN_KENNIS: readonly VlagKennis[] = [
  {
    id: "groen",
    titel: { nl: "Groen: passend gedrag", en: "Green: fitting behaviour" },
    betekenis: {
      nl: "Het gedrag voldoet aan alle criteria. Het hoort bij de gewone ontwikkeling van kinderen.",
      en: "The behaviour meets every criterion. It belongs to children's ordinary development.",
    },
    reactie: {
      nl: "Reageer rustig en positief, geef zo nodig uitleg. Er is geen dossier nodig.",
      en: "Respond calmly and positively, and explain where needed. No case is needed.",
    },
  },
  {
    id: "geel",
    titel: { nl: "Geel: licht grensoverschrijdend", en: "Yellow: mildly crossing a line" },
    betekenis: {
      nl: "Eén criterium wordt licht geschonden, bijvoorbeeld gedrag op een plek waar het niet past.",
      en: "One criterion is mildly broken, for example behaviour in a place where it does not fit.",
    },
    reactie: {
      nl: "Benoem het gedrag, zeg waar de grens ligt en leg uit waarom. Houd het in het oog.",
      en: "Name the behaviour, say where the line is and explain why. Keep an eye on it.",
    },
  },
  {
    id: "rood",
    titel: { nl: "Rood: ernstig grensoverschrijdend", en: "Red: seriously crossing a line" },
    betekenis: {
      nl: "Meerdere criteria worden geschonden, of één duidelijk: er is druk, een machtsverschil, of het gedrag past niet bij de leeftijd.",
      en: "Several criteria are broken, or one clearly: there is pressure, a power difference, or the behaviour does not fit the age.",
    },
    reactie: {
      nl: "Stop het gedrag duidelijk. Steun het kind dat het overkwam. Overleg met de aandachtsfunctionaris of een deskundige en informeer de ouders van ieder kind apart.",
      en: "Stop the behaviour clearly. Support the child it happened to. Consult the aandachtsfunctionaris or an expert and inform each child's parents separately.",
    },
  },
  {
    id: "zwart",
    titel: { nl: "Zwart: zwaar grensoverschrijdend", en: "Black: severely crossing a line" },
    betekenis: {
      nl: "Er is dwang, geweld, dreiging of een groot machtsverschil. Het gedrag schaadt een ander kind ernstig.",
      en: "There is force, violence, threat or a large power difference. The behaviour seriously harms another child.",
    },
    reactie: {
      nl: "Grijp direct in en bescherm het kind. Overleg dezelfde dag met een deskundige. Informeer de ouders van ieder kind apart. Vraag Veilig Thuis of de politie om advies.",
      en: "Step in at once and protect the child. Consult an expert the same day. Inform each child's parents separately. Ask Veilig Thuis or the police for advice.",
    },
  },
];

export const ROUTE_GEDRAG: RouteKennis = {
  soort: "gedrag_kinderen",
  titel: { nl: "Grensoverschrijdend gedrag tussen kinderen", en: "Harmful behaviour between children" },
  inleiding: {
    nl: "Dit dossier gaat over seksueel of ander grensoverschrijdend gedrag tussen kinderen in de groep. Niet al het seksuele gedrag van kinderen is zorgelijk: veel hoort bij de ontwikkeling. Het vlaggensysteem helpt te wegen wat passend is en wat niet. Ieder gezin krijgt alleen te horen wat over het eigen kind gaat.",
    en: "This case is about sexual or other harmful behaviour between children in the group. Not all sexual behaviour of children is worrying: much of it belongs to their development. The flag system helps to weigh what fits and what does not. Each family hears only what concerns its own child.",
  },
  stappen: [
    {
      id: "gedrag_ingeschaald",
      titel: { nl: "Weeg het gedrag met de zes criteria", en: "Weigh the behaviour with the six criteria" },
      uitleg: {
        nl: "Beschrijf wat er gebeurde, zo feitelijk mogelijk, en loop de zes criteria langs. Kies dan een vlag: groen, geel, rood of zwart. Twijfelt u tussen twee kleuren, kies dan de zwaarste en overleg.",
        en: "Describe what happened as factually as you can, and go through the six criteria. Then choose a flag: green, yellow, red or black. If you doubt between two colours, choose the more serious one and consult.",
      },
    },
    {
      id: "kinderen_veilig",
      titel: { nl: "Zorg dat de kinderen veilig zijn", en: "Make sure the children are safe" },
      uitleg: {
        nl: "Stop het gedrag, steun het kind dat het overkwam en spreek het kind dat het deed aan op zijn gedrag, niet op wie het is. Spreek af hoe het toezicht in de groep de komende tijd is.",
        en: "Stop the behaviour, support the child it happened to, and speak to the child who did it about the behaviour, not about who they are. Agree how the group is supervised for the time ahead.",
      },
    },
    {
      id: "deskundige_geraadpleegd",
      titel: { nl: "Overleg met een deskundige", en: "Consult an expert" },
      uitleg: {
        nl: "Bij rood en zwart altijd: de aandachtsfunctionaris, een gedragsdeskundige, de jeugdgezondheidszorg of Veilig Thuis. Zij helpen ook te bepalen wat elk kind nodig heeft.",
        en: "Always with red and black: the aandachtsfunctionaris, a behavioural expert, youth health care or Veilig Thuis. They also help to decide what each child needs.",
      },
    },
    {
      id: "ouders_geinformeerd",
      titel: { nl: "Informeer de ouders van ieder kind apart", en: "Inform each child's parents separately" },
      uitleg: {
        nl: "Voer met de ouders van ieder kind een eigen gesprek. Vertel wat er met hun kind gebeurde of wat hun kind deed, en wat u nu doet. Noem het andere kind niet en geef geen gegevens van een ander gezin. Meldwijzer weigert een verslag voor het ene gezin dat een ander kind uit dit dossier noemt.",
        en: "Hold a separate conversation with each child's parents. Tell them what happened to their child or what their child did, and what you are doing now. Do not name the other child and give no details of another family. Meldwijzer refuses a record for one family that names another child of this case.",
      },
    },
    {
      id: "thuissituatie_gewogen",
      titel: { nl: "Weeg of er zorgen zijn over thuis", en: "Weigh whether there are worries about home" },
      uitleg: {
        nl: "Seksueel gedrag dat niet bij de leeftijd past, kan een signaal zijn dat een kind zelf iets heeft meegemaakt. Zijn er signalen van onveiligheid thuis, open dan voor dat kind een Meldcode-dossier en volg daar de stappen.",
        en: "Sexual behaviour that does not fit the age can be a sign that a child went through something itself. If there are signals of unsafety at home, open a Meldcode case for that child and follow the steps there.",
      },
    },
  ],
  aandachtspunten: [
    {
      nl: "Geef in dit dossier ieder kind een werknaam (bijvoorbeeld een voorletter en de groep). Vastleggingen voor één gezin horen bij één kind.",
      en: "Give each child in this case a working name (for example an initial and the group). Records for one family belong to one child.",
    },
    {
      nl: "Ook het kind dat het gedrag vertoonde, is een kind dat hulp kan nodig hebben.",
      en: "The child who showed the behaviour is also a child who may need help.",
    },
  ],
  deskundige: true,
};

/** The guidance for a route; null for the Meldcode, whose guidance lives with its steps. */
export function routeKennis(soort: DossierSoort): RouteKennis | null {
  switch (soort) {
    case "meldcode":
      return null;
    case "vermoeden_medewerker":
      return ROUTE_MEDEWERKER;
    case "gedrag_kinderen":
      return ROUTE_GEDRAG;
  }
}
