import type { Kennis } from "./schema.ts";

/**
 * The special routes, the meaning of a disclosure, and the acute-danger action.
 *
 * Seed 003 says: with honour-related violence an expert is always consulted, and with an acute threat
 * (forced marriage, abandonment, honour revenge about to happen) the steps are accelerated, if needed
 * within an hour, with direct contact with the police's expert or the expert the Meldcode names.
 * That hour is the only time limit stated here; there is no statutory deadline behind it.
 */

const VERSNELD_MINUTEN = 60;

export const BIJZONDERE_ROUTES: Kennis["bijzondereRoutes"] = {
  versneld: {
    uitleg: {
      nl: "Dreigt er op korte termijn iets onomkeerbaars, zoals een gedwongen huwelijk, achterlating of eerwraak? Zet de stappen dan versneld, zo nodig binnen het uur. Wacht niet op het volgende overleg. Bel direct Veilig Thuis, en bij direct gevaar 112.",
      en: "Is something irreversible about to happen soon, such as a forced marriage, abandonment abroad or honour revenge? Then take the steps at speed, within the hour if needed. Do not wait for the next meeting. Call Veilig Thuis straight away, and 112 in direct danger.",
    },
    deskundige: {
      nl: "Raadpleeg bij deze vormen van geweld altijd een deskundige: vaak staat niet één persoon achter het geweld, maar de familie of de gemeenschap. Dat kan de deskundige die uw eigen meldcode noemt, de aandachtsfunctionaris eergerelateerd geweld van de politie, of Veilig Thuis. Veilig Thuis schakelt zo nodig het Landelijk Knooppunt Huwelijksdwang en Achterlating in.",
      en: "With these forms of violence, always consult an expert: often not one person is behind the violence, but the family or the community. That can be the expert your own Meldcode names, the police's specialist officer for honour-related violence, or Veilig Thuis. Where needed, Veilig Thuis brings in the Landelijk Knooppunt Huwelijksdwang en Achterlating, the national hub on forced marriage and abandonment.",
    },
    termijnMinuten: VERSNELD_MINUTEN,
  },
  routes: [
    {
      id: "eergerelateerd_geweld",
      titel: { nl: "Eergerelateerd geweld", en: "Honour-related violence" },
      uitleg: {
        nl: "Geweld om de eer van een familie of gemeenschap te beschermen of te herstellen. Vaak zijn meerdere familieleden betrokken, en een gesprek met de familie kan het gevaar vergroten. Deze route vraagt daarom altijd om een deskundige.",
        en: "Violence to protect or restore the honour of a family or community. Often several relatives are involved, and a conversation with the family can increase the danger. This route therefore always calls for an expert.",
      },
      eersteStappen: [
        {
          nl: "Schat in of de dreiging acuut is. Bij direct gevaar: bel 112.",
          en: "Judge whether the threat is acute. In direct danger: call 112.",
        },
        {
          nl: "Bel direct Veilig Thuis of de aandachtsfunctionaris eergerelateerd geweld van de politie voor advies.",
          en: "Call Veilig Thuis or the police's specialist officer for honour-related violence for advice straight away.",
        },
        {
          nl: "Bespreek de zorg niet met de familie voordat u met de deskundige heeft overlegd.",
          en: "Do not raise the worry with the family before you have consulted the expert.",
        },
        {
          nl: "Schrijf letterlijk op wat het slachtoffer vertelde, en wie er verder van weten.",
          en: "Write down literally what the victim told you, and who else knows about it.",
        },
        {
          nl: "Spreek met het slachtoffer een veilige manier af om contact te houden.",
          en: "Agree a safe way to stay in touch with the victim.",
        },
      ],
    },
    {
      id: "vrouwelijke_genitale_verminking",
      titel: { nl: "Vrouwelijke genitale verminking (meisjesbesnijdenis)", en: "Female genital mutilation (FGM)" },
      uitleg: {
        nl: "Het zonder medische reden beschadigen of wegnemen van de uitwendige geslachtsdelen van een meisje of vrouw. Het is in Nederland strafbaar, ook als het in het buitenland gebeurt. Het risico is vaak het grootst rond een reis naar het land van herkomst.",
        en: "Injuring or removing the external genitals of a girl or woman without a medical reason. It is a criminal offence in the Netherlands, also when it is done abroad. The risk is often highest around a trip to the country of origin.",
      },
      eersteStappen: [
        {
          nl: "Dreigt een meisje binnenkort besneden te worden, bijvoorbeeld tijdens een geplande reis? Bel direct Veilig Thuis.",
          en: "Is a girl at risk of being cut soon, for example during a planned trip? Call Veilig Thuis straight away.",
        },
        {
          nl: "Overleg met een deskundige. Veilig Thuis en de jeugdgezondheidszorg hebben ervaring met dit onderwerp.",
          en: "Consult an expert. Veilig Thuis and youth health care have experience with this subject.",
        },
        {
          nl: "Spreek het meisje of de ouders niet alleen aan voordat u met de deskundige heeft besproken hoe.",
          en: "Do not approach the girl or the parents on your own before you have discussed with the expert how.",
        },
        {
          nl: "Leg vast wanneer de reis gepland is, en wat u weet over de plannen.",
          en: "Record when the trip is planned, and what you know about the plans.",
        },
      ],
    },
    {
      id: "huwelijksdwang",
      titel: { nl: "Huwelijksdwang", en: "Forced marriage" },
      uitleg: {
        nl: "Iemand wordt onder druk gezet of gedwongen te trouwen, voor de wet of religieus, met iemand die hij of zij niet zelf heeft gekozen. Het gebeurt vaak in het buitenland, tijdens een vakantie. Jongeren vertellen het soms pas vlak voor vertrek.",
        en: "Someone is pressured or forced to marry, legally or religiously, a person they did not choose themselves. It often happens abroad, during a holiday. Young people sometimes only tell just before they leave.",
      },
      eersteStappen: [
        {
          nl: "Dreigt het huwelijk op korte termijn, of vertrekt de jongere binnenkort? Bel direct Veilig Thuis; bij direct gevaar 112.",
          en: "Is the marriage imminent, or is the young person leaving soon? Call Veilig Thuis straight away; in direct danger, 112.",
        },
        {
          nl: "Vraag Veilig Thuis om overleg met het Landelijk Knooppunt Huwelijksdwang en Achterlating.",
          en: "Ask Veilig Thuis to consult the Landelijk Knooppunt Huwelijksdwang en Achterlating (national hub).",
        },
        {
          nl: "Spreek de familie niet aan op de plannen; dat kan het vertrek versnellen.",
          en: "Do not confront the family about the plans; that can bring the departure forward.",
        },
        {
          nl: "Noteer de reisdatum en bestemming als de jongere die kan geven, en spreek een veilige manier af om contact te houden.",
          en: "Note the travel date and destination if the young person can give them, and agree a safe way to stay in touch.",
        },
      ],
    },
    {
      id: "achterlating",
      titel: { nl: "Achterlating", en: "Abandonment abroad" },
      uitleg: {
        nl: "Iemand wordt tegen zijn of haar wil in het buitenland achtergelaten, vaak zonder paspoort of geld. Voor een kind betekent dat: weg van school, vrienden en hulp. Let op signalen als een lange reis rond de zomer, of een verhuizing die het kind zelf niet wil.",
        en: "Someone is left abroad against their will, often without a passport or money. For a child, that means: cut off from school, friends and help. Watch for signals such as a long trip around the summer, or a move the child does not want.",
      },
      eersteStappen: [
        {
          nl: "Vertelt een kind of jongere dat hij of zij bang is om niet terug te komen? Bel direct Veilig Thuis.",
          en: "Does a child or young person say they are afraid of not coming back? Call Veilig Thuis straight away.",
        },
        {
          nl: "Vraag Veilig Thuis om overleg met het Landelijk Knooppunt Huwelijksdwang en Achterlating.",
          en: "Ask Veilig Thuis to consult the Landelijk Knooppunt Huwelijksdwang en Achterlating (national hub).",
        },
        {
          nl: "Leg vast wanneer en waarheen de reis gaat, en wie de jongere in Nederland kan bereiken.",
          en: "Record when and where the trip goes, and whom the young person can reach in the Netherlands.",
        },
        {
          nl: "Is het kind al vertrokken en niet teruggekomen? Overleg met Veilig Thuis en, voor een leerling, met de leerplichtambtenaar.",
          en: "Has the child already left and not come back? Consult Veilig Thuis and, for a pupil, the school attendance officer.",
        },
      ],
    },
  ],
};

/** What a recorded disclosure means for the next steps. */
export const DISCLOSURE_GEVOLG: Kennis["disclosureGevolg"] = {
  titel: {
    nl: "Een slachtoffer heeft u zelf verteld over het geweld",
    en: "A victim has told you about the violence themselves",
  },
  uitleg: {
    nl: "Bij een disclosure is melden bij Veilig Thuis de norm. Bespreek wat het slachtoffer vertelde niet zomaar met de ouders of met degene die het geweld pleegt: onvoorbereid kan dat de situatie erger maken. Stem eerst zorgvuldig af met Veilig Thuis en met het slachtoffer wie wat doet, en wanneer.",
    en: "With a disclosure, reporting to Veilig Thuis is the norm. Do not simply discuss what the victim told you with the parents or with the person who uses the violence: unprepared, that can make the situation worse. First coordinate carefully with Veilig Thuis and with the victim who does what, and when.",
  },
  stappen: [
    {
      nl: "Luister, neem het slachtoffer serieus en beloof geen geheimhouding. Zeg eerlijk wat u gaat doen.",
      en: "Listen, take the victim seriously and do not promise secrecy. Say honestly what you are going to do.",
    },
    {
      nl: "Schrijf zo letterlijk mogelijk op wat er verteld is, met datum en tijd.",
      en: "Write down as literally as you can what was told, with the date and time.",
    },
    {
      nl: "Overleg zo snel mogelijk met de aandachtsfunctionaris en bel Veilig Thuis.",
      en: "Consult the aandachtsfunctionaris as soon as possible and call Veilig Thuis.",
    },
    {
      nl: "Spreek met Veilig Thuis en het slachtoffer af of, wanneer en door wie de ouders worden ingelicht.",
      en: "Agree with Veilig Thuis and the victim whether, when and by whom the parents will be informed.",
    },
    {
      nl: "Vertel het slachtoffer wat er gaat gebeuren, en blijf bereikbaar.",
      en: "Tell the victim what is going to happen, and stay within reach.",
    },
  ],
};

/** The action on every case page: it never waits for the other steps. */
export const ACUUT_GEVAAR: Kennis["acuutGevaar"] = {
  titel: { nl: "Acuut gevaar", en: "Acute danger" },
  uitleg: {
    nl: "Is iemand nu in direct gevaar? Bel 112. Is er geen direct gevaar, maar moet er wel snel iets gebeuren? Bel Veilig Thuis op 0800 2000, gratis en dag en nacht bereikbaar. U hoeft niet eerst de andere stappen te zetten.",
    en: "Is someone in direct danger right now? Call 112. Is there no direct danger, but something must happen soon? Call Veilig Thuis on 0800 2000, free of charge and available day and night. You do not have to take the other steps first.",
  },
  stappen: [
    {
      nl: "Bel 112 als er nu geweld is of als iemands leven in gevaar is.",
      en: "Call 112 when violence is happening now or someone's life is in danger.",
    },
    {
      nl: "Bel Veilig Thuis als er snel hulp of advies nodig is.",
      en: "Call Veilig Thuis when help or advice is needed quickly.",
    },
    {
      nl: "Blijf bij het kind, of zorg dat iemand anders dat doet, als dat veilig kan.",
      en: "Stay with the child, or make sure someone else does, if that is safe.",
    },
    {
      nl: "Leg het telefoongesprek daarna vast: wie u belde, hoe laat, wat u vertelde en wat er is afgesproken.",
      en: "Record the call afterwards: whom you called, at what time, what you said and what was agreed.",
    },
    {
      nl: "Laat de aandachtsfunctionaris zo snel mogelijk weten wat er is gebeurd.",
      en: "Let the aandachtsfunctionaris know what happened as soon as you can.",
    },
  ],
  nummers: { alarm: "112", veiligThuis: "0800 2000" },
};
