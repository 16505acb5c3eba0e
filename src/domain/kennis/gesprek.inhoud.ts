import type { Kennis } from "./schema.ts";

/**
 * Support for the conversation with the parents (stap 3): before, during and after, and the dilemmas
 * professionals meet. Built on the partnership research of seed 002 and the learning session of seed 000.
 */

export const GESPREK_VOORBEREIDING: Kennis["gesprekVoorbereiding"] = {
  vragen: [
    {
      id: "juiste_persoon",
      vraag: {
        nl: "Wie is de juiste persoon om dit gesprek te voeren?",
        en: "Who is the right person to hold this conversation?",
      },
      toelichting: {
        nl: "Meestal is dat degene die de ouders het best kent en de zorg zelf heeft gezien. Komt het signaal van een ander, zoals een collega of iemand uit de omgeving van het gezin? Bespreek dan eerst met de aandachtsfunctionaris wie het gesprek voert. U kunt het ook samen doen.",
        en: "Usually it is the person who knows the parents best and saw the worry themselves. Did the signal come from someone else, such as a colleague or someone around the family? Then first agree with the aandachtsfunctionaris who will hold the conversation. You can also do it together.",
      },
    },
    {
      id: "aandachtsfunctionaris_erbij",
      vraag: {
        nl: "Voert u het gesprek samen met de aandachtsfunctionaris?",
        en: "Will you hold the conversation together with the aandachtsfunctionaris?",
      },
      toelichting: {
        nl: "Een tweede persoon helpt als de zorg ernstig is, als u het gesprek spannend vindt of als u verwacht dat het moeilijk wordt. Spreek vooraf af wie het woord voert en wie aantekeningen maakt. Let erop dat de ouders niet tegenover een overmacht aan professionals zitten.",
        en: "A second person helps when the worry is serious, when you find the conversation daunting, or when you expect it to be hard. Agree beforehand who leads and who takes notes. Make sure the parents do not face a crowd of professionals.",
      },
    },
    {
      id: "plek",
      vraag: { nl: "Waar en hoe voert u het gesprek?", en: "Where and how will you hold the conversation?" },
      toelichting: {
        nl: "Kies een rustige ruimte waar u niet gestoord wordt en niemand kan meeluisteren. Praat face-to-face: over de telefoon voelen ouders zich minder serieus genomen. Neem genoeg tijd, zodat u niet hoeft af te ronden als het gesprek net op gang komt. Het kind is er niet bij.",
        en: "Choose a quiet room where you will not be disturbed and nobody can overhear. Talk face to face: over the phone, parents feel taken less seriously. Allow enough time, so that you do not have to wrap up just as the conversation gets going. The child is not present.",
      },
    },
    {
      id: "gedeelde_waarde",
      vraag: {
        nl: "Met welke gedeelde waarde opent u het gesprek?",
        en: "Which shared value do you open the conversation with?",
      },
      toelichting: {
        nl: 'U en de ouders willen allebei dat het goed gaat met hun kind. Begin daarmee, in uw eigen woorden, bijvoorbeeld: "We willen allebei dat Sam zich fijn voelt op school. Daarom wil ik iets met u bespreken wat mij opvalt." Zo wordt het een gesprek over samenwerken, niet over schuld.',
        en: 'You and the parents both want their child to do well. Start there, in your own words, for example: "We both want Sam to feel happy at school. That is why I would like to talk with you about something I have noticed." That makes it a conversation about working together, not about blame.',
      },
    },
    {
      id: "signalen_en_bron",
      vraag: {
        nl: "Welke signalen deelt u, en hoe vertelt u waar ze vandaan komen?",
        en: "Which signals will you share, and how will you say where they came from?",
      },
      toelichting: {
        nl: "Kies de belangrijkste signalen en beschrijf ze feitelijk: wat, wanneer, wat u zag of hoorde. Wees open over de bron: wat u zelf zag en wat een ander u vertelde. Zeg erbij welk deel uw eigen uitleg is. Komt het signaal van het kind zelf, of brengt het noemen van de bron iemand in gevaar? Overleg dan eerst met Veilig Thuis.",
        en: "Choose the main signals and describe them factually: what, when, what you saw or heard. Be open about the source: what you saw yourself and what someone else told you. Say which part is your own reading. Did the signal come from the child, or would naming the source put someone in danger? Then consult Veilig Thuis first.",
      },
    },
    {
      id: "vraag_naar_visie",
      vraag: {
        nl: "Met welke vraag nodigt u de ouders uit om hun kant te vertellen?",
        en: "Which question invites the parents to tell their side?",
      },
      toelichting: {
        nl: 'Bedenk vooraf een open vraag, zoals: "Hoe kijkt u hier zelf naar?" of "Herkent u dit van thuis?" Wacht daarna rustig af en geef de ouders de tijd. Hun uitleg kan de zorg kleiner of groter maken, of er een ander licht op werpen. Alle drie helpen u verder.',
        en: 'Think of an open question beforehand, such as: "How do you see this yourself?" or "Do you recognise this from home?" Then wait calmly and give the parents time. Their explanation may make the worry smaller or larger, or show it in a different light. All three help you further.',
      },
    },
  ],
  veiligheidscheck: {
    vraag: {
      nl: "Kan het gesprek zelf iemand in gevaar brengen, of hulp afbreken die nodig is?",
      en: "Could the conversation itself put someone in danger, or break off help that is needed?",
    },
    uitleg: {
      nl: "Sta hier altijd bij stil voordat u een afspraak maakt. Denk aan het kind, aan een ouder of ander gezinslid, en aan uzelf. Denk ook aan de kans dat het gezin zich afsluit voor hulp die het kind nodig heeft.",
      en: "Always consider this before you make an appointment. Think of the child, of a parent or another family member, and of yourself. Also think of the chance that the family shuts itself off from help the child needs.",
    },
    gevolg: {
      nl: "Is het antwoord ja, of twijfelt u? Voer het gesprek dan (nog) niet. Overleg met de aandachtsfunctionaris en vraag Veilig Thuis om advies. Leg vast op welke grond u van het gesprek afziet, en kijk later opnieuw of het gesprek alsnog kan.",
      en: "Is the answer yes, or are you unsure? Then do not hold the conversation (yet). Consult the aandachtsfunctionaris and ask Veilig Thuis for advice. Record on which ground you skip the conversation, and look again later at whether it can still take place.",
    },
    gronden: [
      {
        id: "veiligheid",
        titel: { nl: "Veiligheid", en: "Safety" },
        uitleg: {
          nl: "Het gesprek kan de veiligheid van het kind, van een ouder of ander gezinslid, of van uzelf in gevaar brengen. Bijvoorbeeld als er eerder met geweld is gedreigd, of als het kind na het gesprek gestraft kan worden.",
          en: "The conversation could endanger the safety of the child, of a parent or another family member, or of yourself. For example when violence has been threatened before, or when the child could be punished after the conversation.",
        },
      },
      {
        id: "contact_verbroken",
        titel: { nl: "Contact of hulp wordt verbroken", en: "Contact or help is broken off" },
        uitleg: {
          nl: "U heeft goede redenen om te verwachten dat het gezin na het gesprek het contact verbreekt of hulp afhoudt die nodig is. Denk aan een kind dat van school of opvang wordt gehaald, of een ouder die met een behandeling stopt.",
          en: "You have good reasons to expect that the family will break off contact or keep away needed help after the conversation. Think of a child taken out of school or childcare, or a parent who stops a treatment.",
        },
      },
      {
        id: "vertrouwensrelatie",
        titel: { nl: "Vertrouwensrelatie", en: "Relationship of trust" },
        uitleg: {
          nl: "Het gesprek zou de vertrouwensrelatie ernstig beschadigen, terwijl die nodig is om het kind te beschermen. Ga eerst na of een collega het gesprek kan voeren, zodat uw band met het gezin overeind blijft.",
          en: "The conversation would seriously damage the relationship of trust, while that relationship is needed to protect the child. First check whether a colleague can hold the conversation, so that your bond with the family stays intact.",
        },
      },
      {
        id: "leeftijd",
        titel: { nl: "Leeftijd of ontwikkeling van het kind", en: "The child's age or development" },
        uitleg: {
          nl: "Alleen voor het gesprek met het kind: het kind is te jong, of een gesprek past niet bij zijn of haar ontwikkeling. Zoek dan een andere manier om het kind te horen, bijvoorbeeld door te kijken hoe het speelt.",
          en: "Only for the conversation with the child: the child is too young, or a conversation does not suit their development. Then find another way to hear the child, for example by watching how they play.",
        },
      },
    ],
  },
};

/** The card for during the conversation: short enough to print on one page. */
export const GESPREK_KAART: Kennis["gesprekKaart"] = {
  titel: { nl: "Tijdens het gesprek met de ouders", en: "During the conversation with the parents" },
  punten: [
    {
      id: "eerst_luisteren",
      titel: { nl: "Luister eerst", en: "Listen first" },
      uitleg: {
        nl: "Laat de ouders uitpraten en laat merken dat u begrijpt wat ze vertellen. Begrip komt vóór elke volgende stap.",
        en: "Let the parents finish and show that you understand what they tell you. Understanding comes before any next step.",
      },
    },
    {
      id: "doorvragen",
      titel: { nl: "Vraag door", en: "Ask on" },
      uitleg: {
        nl: "Vraag naar voorbeelden: wat gebeurde er, wanneer, wie was erbij? Zo krijgt u een concreet beeld, en voelen ouders zich serieus genomen.",
        en: "Ask for examples: what happened, when, who was there? That gives you a concrete picture, and parents feel taken seriously.",
      },
    },
    {
      id: "geen_oplossingen",
      titel: { nl: "Kom niet met oplossingen", en: "Don't bring solutions" },
      uitleg: {
        nl: "Een snel advies voelt al gauw als een oordeel en neemt ouders de regie uit handen. Vraag liever wat zij al geprobeerd hebben en wat zou helpen.",
        en: "Quick advice soon feels like a judgement and takes control out of the parents' hands. Rather ask what they have already tried and what would help.",
      },
    },
    {
      id: "gedrag_niet_ouder",
      titel: { nl: "Keur het gedrag af, niet de ouder", en: "Disapprove of the behaviour, not the parent" },
      uitleg: {
        nl: 'Wees duidelijk over wat niet goed is voor het kind, en laat tegelijk respect zien voor de ouder. Bijvoorbeeld: "Ik zie hoeveel u om Sam geeft. Slaan is niet goed voor hem, en daar wil ik met u over praten."',
        en: 'Be clear about what is not good for the child, and show respect for the parent at the same time. For example: "I can see how much you care about Sam. Hitting is not good for him, and I would like to talk with you about that."',
      },
    },
    {
      id: "ruimte_voor_reactie",
      titel: { nl: "Geef ruimte om te reageren", en: "Give room to respond" },
      uitleg: {
        nl: 'Ouders mogen boos, verdrietig of stil zijn. Laat stiltes vallen en benoem wat u ziet: "Ik merk dat dit u raakt."',
        en: 'Parents may be angry, sad or quiet. Allow silences and name what you notice: "I can see this affects you."',
      },
    },
    {
      id: "samen_beslissen",
      titel: { nl: "Beslis samen", en: "Decide together" },
      uitleg: {
        nl: "Bespreek samen wat er nodig is en wat de volgende stap is. Vat aan het eind samen: wat spreken we af, wie doet wat, en wanneer praten we weer?",
        en: "Discuss together what is needed and what the next step is. At the end, sum up: what do we agree, who does what, and when do we talk again?",
      },
    },
    {
      id: "positief_afsluiten",
      titel: { nl: "Sluit positief af", en: "End on a positive note" },
      uitleg: {
        nl: "Noem een sterke kant van de ouders, zoals hun betrokkenheid, of dat ze dit gesprek met u zijn aangegaan. Bedank ze voor hun openheid.",
        en: "Name a strength of the parents, such as their involvement, or that they took part in this conversation with you. Thank them for their openness.",
      },
    },
  ],
};

/** After the conversation: what to record, ask and reflect on. */
export const GESPREK_NAZORG: Kennis["gesprekNazorg"] = {
  vragen: [
    {
      id: "visie_ouders",
      vraag: {
        nl: "Hoe zien de ouders de zorg? Schrijf het op in hun eigen woorden.",
        en: "How do the parents see the worry? Write it down in their own words.",
      },
      toelichting: {
        nl: "Noteer zo letterlijk mogelijk wat ze zeiden, ook als ze het niet met u eens zijn. Zet uw eigen duiding er apart onder. Ouders mogen lezen wat over hen is vastgelegd en hun reactie laten toevoegen.",
        en: "Note as literally as you can what they said, also when they disagree with you. Put your own reading separately below it. Parents may read what has been recorded about them and have their response added.",
      },
    },
    {
      id: "wensen_oplossing",
      vraag: {
        nl: "Wat willen de ouders, en wat zien zij als oplossing?",
        en: "What do the parents want, and what do they see as a solution?",
      },
      toelichting: {
        nl: "Leg hun ideeën vast, ook als u twijfelt of ze genoeg zijn. Wat ouders zelf bedenken, houden ze vaker vol.",
        en: "Record their ideas, even if you doubt they are enough. What parents come up with themselves, they are more likely to keep up.",
      },
    },
    {
      id: "afspraken",
      vraag: { nl: "Welke afspraken heeft u samen gemaakt?", en: "What did you agree together?" },
      toelichting: {
        nl: "Schrijf op wie wat doet, wanneer, en wanneer u samen terugkijkt. Houd de afspraken klein en haalbaar.",
        en: "Write down who does what, by when, and when you will look back together. Keep the agreements small and feasible.",
      },
    },
    {
      id: "ervaring_ouders",
      vraag: {
        nl: "Hoe hebben de ouders het gesprek ervaren?",
        en: "How did the parents experience the conversation?",
      },
      toelichting: {
        nl: 'Vraag het hun zelf, aan het eind of kort daarna: "Hoe was dit gesprek voor u?" Schrijf hun antwoord op zoals ze het zeggen.',
        en: 'Ask them yourself, at the end or shortly afterwards: "How was this conversation for you?" Write down their answer as they put it.',
      },
    },
    {
      id: "reflectie_partnerschap",
      vraag: {
        nl: "Hoe staat de samenwerking met de ouders er volgens u voor?",
        en: "How do you think the partnership with the parents stands?",
      },
      toelichting: {
        nl: "Kijk terug op uw eigen aandeel. Voelden de ouders zich gehoord? Kwam u toch met oplossingen? Werd de toon scherp? Wat neemt u mee naar het volgende gesprek?",
        en: "Look back at your own part. Did the parents feel heard? Did you bring solutions after all? Did the tone become sharp? What will you take into the next conversation?",
      },
    },
    {
      id: "vervolggesprek",
      vraag: {
        nl: "Is het vertrouwen geschaad? Plan dan een vervolggesprek.",
        en: "Has trust been shaken? Then plan a follow-up conversation.",
      },
      toelichting: {
        nl: "Een lastig gesprek is niet het einde van de samenwerking. Spreek snel opnieuw af, erken dat het eerste gesprek zwaar was, en vraag wat de ouders nodig hebben om verder te praten.",
        en: "A difficult conversation is not the end of the partnership. Meet again soon, acknowledge that the first conversation was hard, and ask what the parents need to keep talking.",
      },
    },
  ],
};

/** The dilemmas that appear when the professional records that the parents deny, broke off, or may avoid care. */
export const DILEMMAS: Kennis["dilemmas"] = [
  {
    id: "ouders_ontkennen",
    titel: { nl: "De ouders herkennen de zorg niet", en: "The parents do not recognise the worry" },
    situatie: {
      nl: "U heeft de signalen besproken, maar de ouders herkennen ze niet of spreken ze tegen. De sfeer is gespannen en u weet niet goed hoe u verder moet.",
      en: "You have discussed the signals, but the parents do not recognise them or contradict them. The atmosphere is tense and you are not sure how to go on.",
    },
    mogelijkheden: [
      {
        nl: "Zie het gesprek als kans om samen serieus te nemen wat misschien niet goed gaat, niet als strijd over wie gelijk heeft.",
        en: "See the conversation as a chance to take seriously together what may not be going well, not as a fight over who is right.",
      },
      {
        nl: "Ga terug naar wat u delen: u en de ouders willen allebei het beste voor hun kind.",
        en: "Go back to what you share: you and the parents both want the best for their child.",
      },
      {
        nl: "Leg hun uitleg vast in hun eigen woorden. Ook een ontkenning is informatie; weeg die mee met de andere signalen.",
        en: "Record their explanation in their own words. A denial is information too; weigh it together with the other signals.",
      },
      {
        nl: "Sluit positief af: noem een sterke kant van de ouders, bijvoorbeeld hoe betrokken ze zijn.",
        en: "End on a positive note: name a strength of the parents, for example how involved they are.",
      },
      {
        nl: "Blijft de zorg bestaan? Overleg met de aandachtsfunctionaris of Veilig Thuis over de volgende stap.",
        en: "Does the worry remain? Consult the aandachtsfunctionaris or Veilig Thuis about the next step.",
      },
    ],
  },
  {
    id: "samenwerking_verbroken",
    titel: { nl: "De ouders zeggen de samenwerking op", en: "The parents end the cooperation" },
    situatie: {
      nl: "Na het gesprek zeggen de ouders de samenwerking op. Het vertrouwen lijkt weg, en u bent bang het contact met het kind te verliezen.",
      en: "After the conversation the parents end the cooperation. Trust seems gone, and you are afraid of losing contact with the child.",
    },
    mogelijkheden: [
      {
        nl: "Geef de ouders alsnog de ruimte om op de zorg te reageren; daar hebben ze recht op.",
        en: "Still give the parents room to respond to the worry; they have a right to that.",
      },
      {
        nl: "Vraag hoe zij zelf naar de zorg kijken, wat ze willen en wat zij als oplossing zien.",
        en: "Ask how they see the worry themselves, what they want, and what they see as a solution.",
      },
      {
        nl: "Keur het gedrag af, niet de ouder: laat merken dat u hen als ouders respecteert.",
        en: "Disapprove of the behaviour, not the parent: show that you respect them as parents.",
      },
      {
        nl: "Bied een vervolggesprek aan, eventueel met een collega of de aandachtsfunctionaris erbij.",
        en: "Offer a follow-up conversation, possibly with a colleague or the aandachtsfunctionaris present.",
      },
      {
        nl: "Is het kind acuut onveilig? Wacht dan niet tot de relatie hersteld is, maar bel direct Veilig Thuis.",
        en: "Is the child acutely unsafe? Then do not wait for the relationship to recover, but call Veilig Thuis straight away.",
      },
    ],
  },
  {
    id: "zorg_mijden",
    titel: { nl: "Het gezin dreigt hulp te mijden", en: "The family may avoid help" },
    situatie: {
      nl: "U verwacht, op grond van eerdere ervaringen met dit gezin, dat het gesprek ertoe leidt dat de hulp stopt, terwijl die hulp juist zo nodig is.",
      en: "From earlier experience with this family, you expect the conversation to make the help stop, while that help is exactly what is needed.",
    },
    mogelijkheden: [
      {
        nl: "Wees open: leg aan het begin uit waarom u dit gesprek wilt voeren en wat het doel is.",
        en: "Be open: explain at the start why you want to have this conversation and what it is for.",
      },
      {
        nl: "Leg de nadruk op wat u samen wilt: dat het goed gaat met het kind.",
        en: "Stress what you want together: for the child to do well.",
      },
      {
        nl: "Geef de ouders de kans om te reageren, en luister voordat u iets vindt.",
        en: "Give the parents the chance to respond, and listen before you form a view.",
      },
      {
        nl: "Vraag na het gesprek hoe zij het hebben ervaren, en praat het samen goed na.",
        en: "Ask after the conversation how they experienced it, and talk it through well together.",
      },
      {
        nl: "Is de kans op afhaken echt groot? Overleg of dat een grond is om van het gesprek af te zien, en leg dat vast.",
        en: "Is the chance of them dropping out really high? Consult on whether that is a ground to skip the conversation, and record it.",
      },
    ],
  },
];
