import type { Kennis } from "./schema.ts";

/**
 * The child's side of stap 3: tips for the conversation and the nine action points of participation.
 * The general tips follow seed 003 (bijlage 2). That seed has no age bands; the tips per age are the
 * product's own elaboration of its remark that younger children say more through play and drawing,
 * and should be reviewed by a domain expert like the sector examples.
 */

export const KIND_GESPREK: Kennis["kindGesprek"] = {
  algemeen: [
    {
      nl: "Toon echte belangstelling. Kinderen merken snel of u er werkelijk voor hen bent.",
      en: "Show real interest. Children notice quickly whether you are truly there for them.",
    },
    {
      nl: "Praat apart met het kind, in een ruimte waar niemand binnenloopt. Ga schuin naast het kind zitten, niet recht tegenover.",
      en: "Talk with the child alone, in a room where nobody walks in. Sit at an angle beside the child, not straight across.",
    },
    {
      nl: "Doe niets zonder het kind te vertellen wat u gaat doen. Beloof geen geheim dat u niet kunt bewaren.",
      en: "Do nothing without telling the child what you are going to do. Do not promise to keep a secret you cannot keep.",
    },
    {
      nl: 'Stel open vragen, zoals "Wat gebeurde er toen?" of "Wat dacht je toen?" Stel niet te veel vragen achter elkaar en laat stiltes toe.',
      en: 'Ask open questions, such as "What happened then?" or "What did you think then?" Do not ask too many questions in a row, and allow silences.',
    },
    {
      nl: "Praat niet negatief over de ouders. Het kind mag dat wel; u houdt gedrag en persoon uit elkaar.",
      en: "Do not speak negatively about the parents. The child may; you keep behaviour and person apart.",
    },
    {
      nl: 'Zeg aan het begin dat het kind "weet ik niet" mag zeggen, en dat het u mag verbeteren als u iets verkeerd zegt.',
      en: 'Say at the start that the child may answer "I don\'t know", and may correct you if you get something wrong.',
    },
  ],
  leeftijden: [
    {
      id: "0_4",
      titel: { nl: "0 tot 4 jaar", en: "0 to 4 years" },
      tips: [
        {
          nl: "Kijk vooral: hoe speelt het kind, en hoe reageert het op de ouder bij het brengen en halen?",
          en: "Mostly watch: how does the child play, and how do they react to the parent at drop-off and pick-up?",
        },
        {
          nl: "Praat in korte zinnen met eenvoudige woorden, op ooghoogte.",
          en: "Speak in short sentences with simple words, at eye level.",
        },
        {
          nl: "Laat het kind vertellen met spel, knuffels of tekeningen. Stel geen vragen die het antwoord al voorzeggen.",
          en: "Let the child tell you through play, cuddly toys or drawings. Do not ask questions that suggest the answer.",
        },
        { nl: "Zorg dat er een vertrouwde volwassene in de buurt is.", en: "Make sure a familiar adult is nearby." },
        {
          nl: "Schrijf letterlijk op wat het kind zegt en doet, zonder het zelf in te vullen.",
          en: "Write down literally what the child says and does, without filling it in yourself.",
        },
      ],
    },
    {
      id: "4_8",
      titel: { nl: "4 tot 8 jaar", en: "4 to 8 years" },
      tips: [
        {
          nl: "Praat terwijl u samen iets doet: tekenen, een spelletje, een wandeling. Dat maakt het minder spannend.",
          en: "Talk while you do something together: drawing, a game, a walk. That makes it less tense.",
        },
        {
          nl: "Gebruik de woorden van het kind, en vraag wat het ermee bedoelt.",
          en: "Use the child's own words, and ask what they mean by them.",
        },
        {
          nl: 'Stel één vraag tegelijk. Vermijd "waarom"-vragen; die klinken al snel als een verwijt.',
          en: 'Ask one question at a time. Avoid "why" questions; they soon sound like blame.',
        },
        {
          nl: "Vraag liever wat er gebeurde dan hoe het kind zich voelde. Gevoelsvragen komen vaak te dichtbij.",
          en: "Ask what happened rather than how the child felt. Questions about feelings often come too close.",
        },
        {
          nl: "Leg in eenvoudige woorden uit wat u gaat doen met wat het kind vertelde.",
          en: "Explain in simple words what you will do with what the child told you.",
        },
      ],
    },
    {
      id: "8_12",
      titel: { nl: "8 tot 12 jaar", en: "8 to 12 years" },
      tips: [
        {
          nl: "Neem het kind serieus als gesprekspartner en vraag naar zijn of haar eigen mening.",
          en: "Take the child seriously as someone to talk with, and ask for their own opinion.",
        },
        {
          nl: "Vertel wie wat gaat doen en waarom, en wanneer het kind weer van u hoort.",
          en: "Say who is going to do what and why, and when the child will hear from you again.",
        },
        {
          nl: "Kinderen voelen zich vaak loyaal aan hun ouders. Zeg dat vertellen geen verraad is.",
          en: "Children often feel loyal to their parents. Say that telling is not betrayal.",
        },
        {
          nl: "Vraag wat het kind zelf zou willen, en wat zou helpen.",
          en: "Ask what the child would want, and what would help.",
        },
        {
          nl: "Zeg eerlijk wat u niet weet of niet kunt beloven.",
          en: "Say honestly what you do not know or cannot promise.",
        },
      ],
    },
    {
      id: "12_plus",
      titel: { nl: "12 jaar en ouder", en: "12 years and older" },
      tips: [
        {
          nl: "Begin bij wat de jongere zelf wil bespreken, en laat hem of haar meekiezen waar en wanneer jullie praten.",
          en: "Start from what the young person wants to discuss, and let them help choose where and when you talk.",
        },
        {
          nl: "Wees duidelijk over vertrouwelijkheid: wat blijft tussen jullie, wat niet, en waarom.",
          en: "Be clear about confidentiality: what stays between you, what does not, and why.",
        },
        {
          nl: "Betrek de jongere bij beslissingen en bespreek elke stap voordat u hem zet.",
          en: "Involve the young person in decisions and discuss every step before you take it.",
        },
        {
          nl: "Vraag ook naar broers en zussen, en naar wie de jongere steunt.",
          en: "Also ask about brothers and sisters, and about who supports the young person.",
        },
        {
          nl: "Vertel dat de jongere recht heeft op een eigen mening, op klagen en op hulp van een vertrouwenspersoon.",
          en: "Tell the young person they have a right to their own opinion, to complain, and to help from a confidential adviser.",
        },
      ],
    },
  ],
  vastleggen: {
    eigenWoorden: {
      nl: "Schrijf op hoe het kind de situatie ziet, in zijn of haar eigen woorden en tussen aanhalingstekens. Noteer ook wat het kind zelf als oplossing noemt en wat het van de plannen vindt. Zet uw eigen duiding apart, en vermeld hoe het gesprek ging: apart, tijdens spel, tijdens een wandeling.",
      en: "Write down how the child sees the situation, in their own words and in quotation marks. Also note what the child suggests as a solution and what they think of the plans. Keep your own reading separate, and note how the conversation went: alone, during play, during a walk.",
    },
    geinformeerd: {
      nl: "Leg vast of het kind is verteld wat er gaat gebeuren: door wie, wanneer en hoe. Is het kind niet geïnformeerd? Schrijf dan op waarom niet, bijvoorbeeld omdat het de veiligheid van het kind in gevaar zou brengen.",
      en: "Record whether the child was told what will happen: by whom, when and how. Was the child not informed? Then write down why not, for example because it would put the child's safety at risk.",
    },
  },
};

/** The nine action points of child participation (seed 003), as a checklist per case. */
export const PARTICIPATIE: Kennis["participatie"] = [
  {
    id: "p1",
    titel: { nl: "Woorden die het kind begrijpt", en: "Words the child understands" },
    uitleg: {
      nl: 'Spreek in het team af hoe u over het kind en de situatie praat, en gebruik woorden die het kind kent. Leg vaktaal als "melding" altijd uit.',
      en: 'Agree within the team how you talk about the child and the situation, and use words the child knows. Always explain jargon such as "melding" (report).',
    },
  },
  {
    id: "p2",
    titel: { nl: "Uitleg over wat er gebeurt", en: "Explaining what happens" },
    uitleg: {
      nl: "Vertel het kind wie wat doet, waarom en wanneer, wat de zorgen zijn en wie welke beslissing neemt. Vertel ook wanneer er nieuws komt, bijvoorbeeld van Veilig Thuis, hoe het kind kan meedenken, en dat het mag klagen of bezwaar maken.",
      en: "Tell the child who does what, why and when, what the worries are and who takes which decision. Also say when there will be news, for example from Veilig Thuis, how the child can have a say, and that they may complain or object.",
    },
  },
  {
    id: "p3",
    titel: { nl: "Uitleg over veilig opgroeien", en: "Explaining safe growing up" },
    uitleg: {
      nl: "Vertel het kind, passend bij zijn of haar leeftijd, wat een kind van ouders mag verwachten: zorg, veiligheid, en dat niemand het pijn mag doen.",
      en: "Tell the child, in a way that suits their age, what a child may expect from parents: care, safety, and that nobody may hurt them.",
    },
  },
  {
    id: "p4",
    titel: { nl: "Recht op een eigen mening", en: "The right to an own opinion" },
    uitleg: {
      nl: 'Vertel het kind dat het altijd mag zeggen: "Dit vind ik niet goed", "Dit snap ik niet" of "Ik wil meer weten". Ook later nog.',
      en: 'Tell the child that they may always say: "I don\'t agree with this", "I don\'t understand this" or "I want to know more". Also later on.',
    },
  },
  {
    id: "p5",
    titel: { nl: "Vragen naar de kijk van het kind", en: "Asking for the child's view" },
    uitleg: {
      nl: "Vraag wat het kind van de zorgen vindt, welke oplossingen het zelf ziet, en wat het vindt van beslissingen die worden voorgesteld. Leg de antwoorden vast.",
      en: "Ask what the child thinks of the worries, which solutions they see themselves, and what they think of the decisions being proposed. Record the answers.",
    },
  },
  {
    id: "p6",
    titel: { nl: "De mening van het kind telt mee", en: "The child's view counts" },
    uitleg: {
      nl: "Neem de mening van het kind serieus en laat zien wat u ermee doet. Staat de veiligheid op het spel, dan gaat veiligheid voor. Leg het kind dan uit waarom het anders loopt dan het wil.",
      en: "Take the child's view seriously and show what you do with it. When safety is at stake, safety comes first. Then explain to the child why things go differently from what they want.",
    },
  },
  {
    id: "p7",
    titel: { nl: "Als het kind zelf vertelt", en: "When the child tells you" },
    uitleg: {
      nl: "Heeft het kind zelf verteld over geweld of mishandeling? Bespreek dan elke stap met het kind: het contact met Veilig Thuis, en wie er daarna met het gezin komt praten.",
      en: "Has the child told you about violence or abuse? Then discuss every step with the child: the contact with Veilig Thuis, and who will come to talk with the family afterwards.",
    },
  },
  {
    id: "p8",
    titel: { nl: "Steun, ook na de melding", en: "Support, also after the report" },
    uitleg: {
      nl: "Blijf er voor het kind, ook na een melding of overdracht. Spreek af wie contact houdt, en bied gesprekken of activiteiten die bij dit kind passen.",
      en: "Stay there for the child, also after a report or a handover. Agree who keeps in touch, and offer talks or activities that suit this child.",
    },
  },
  {
    id: "p9",
    titel: { nl: "Een goed gesprek met het kind", en: "A good conversation with the child" },
    uitleg: {
      nl: "Bereid het gesprek met het kind voor met de tips per leeftijd. Kies een vorm die bij het kind past, zoals praten tijdens spel of een wandeling.",
      en: "Prepare the conversation with the child using the tips for their age. Choose a form that suits the child, such as talking during play or on a walk.",
    },
  },
];
