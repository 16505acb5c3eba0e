import type { Kennis } from "./schema.ts";

/** Short guidance beside every step: what to do, and how, in the words of an experienced colleague. */
export const STAP_KENNIS: Kennis["stapKennis"] = {
  signalen: {
    uitleg: {
      nl: "Schrijf op wat u ziet en hoort, zo letterlijk mogelijk, met datum en bron. Houd uw eigen uitleg apart van wat u waarnam. Leg ook vast wat de zorg kleiner maakt: dat hoort bij een eerlijk beeld. Eén signaal zegt vaak weinig. Pas als u alles vastlegt, ziet u of zorgen zich opstapelen.",
      en: "Write down what you see and hear, as literally as you can, with the date and the source. Keep your own reading apart from what you observed. Also record what makes the worry smaller: it belongs in a fair picture. One signal often says little. Only when you record everything can you see whether worries pile up.",
    },
    punten: [
      {
        nl: "Noteer feiten: wat, wanneer, waar, en wie het zag of hoorde.",
        en: "Record facts: what, when, where, and who saw or heard it.",
      },
      {
        nl: "Zet de woorden van het kind of de ouder tussen aanhalingstekens.",
        en: "Put the words of the child or the parent in quotation marks.",
      },
      {
        nl: "Komt het signaal van een ander? Noteer van wie, en dat u het niet zelf zag.",
        en: "Did the signal come from someone else? Note from whom, and that you did not see it yourself.",
      },
      {
        nl: "Leg ook vroege risico's vast, zoals schulden of een scheiding. Zo ziet u later of zorgen zich opstapelen.",
        en: "Also record early risks, such as debts or a divorce. That way you can see later whether worries pile up.",
      },
      {
        nl: "Vraag de aandachtsfunctionaris al in deze stap om mee te kijken. U hoeft niet eerst zeker te zijn.",
        en: "Ask the aandachtsfunctionaris to look at it with you already at this step. You do not have to be sure first.",
      },
    ],
  },
  kindcheck: {
    uitleg: {
      nl: "Werkt u met volwassenen? Kijk dan bij ernstige problemen van uw cliënt ook naar de kinderen die van hem of haar afhankelijk zijn. Vraag of er kinderen zijn, wie voor ze zorgt en hoe het met ze gaat. Maakt u zich zorgen om hun veiligheid, dan zet u de verdere stappen van de meldcode.",
      en: "Do you work with adults? When your client has serious problems, also look at the children who depend on them. Ask whether there are children, who looks after them and how they are doing. If you worry about their safety, you take the further steps of the Meldcode.",
    },
    punten: [
      {
        nl: 'Vraag het gewoon: "Heeft u kinderen, of wonen er kinderen bij u?"',
        en: 'Just ask: "Do you have children, or do any children live with you?"',
      },
      {
        nl: "Vraag wie er voor de kinderen zorgt als het met uw cliënt slecht gaat.",
        en: "Ask who looks after the children when your client is not doing well.",
      },
      {
        nl: "Denk ook aan een zwangerschap, en aan broers en zussen van een jonge cliënt.",
        en: "Also think of a pregnancy, and of the brothers and sisters of a young client.",
      },
      {
        nl: "Leg vast welke signalen bij de ouder u laten twijfelen aan de veiligheid van de kinderen.",
        en: "Record which signals in the parent make you doubt the children's safety.",
      },
      {
        nl: "Ziet u het kind zelf? Dan is de kindcheck niet nodig: u brengt de signalen van het kind in kaart.",
        en: "Do you see the child yourself? Then the kindcheck does not apply: you record the child's own signals.",
      },
    ],
  },
  consultatie: {
    uitleg: {
      nl: "Bespreek de signalen met een collega die verstand heeft van huiselijk geweld en kindermishandeling, meestal de aandachtsfunctionaris. Samen kijkt u wat de signalen betekenen en wat een goede volgende stap is. Twijfelt u, vraag dan Veilig Thuis om advies; dat kan zonder namen te noemen.",
      en: "Discuss the signals with a colleague who knows about domestic violence and child abuse, usually the aandachtsfunctionaris. Together you look at what the signals mean and what a good next step is. If in doubt, ask Veilig Thuis for advice; you can do so without giving names.",
    },
    punten: [
      {
        nl: "Neem uw aantekeningen mee: feiten, data, bronnen en wat de zorg tegenspreekt.",
        en: "Bring your notes: facts, dates, sources, and what argues against the worry.",
      },
      {
        nl: "Bespreek ook wie het gesprek met de ouders voert, en of dat gesprek veilig kan.",
        en: "Also discuss who will talk with the parents, and whether that conversation can be held safely.",
      },
      {
        nl: "Ziet u letsel dat u niet kunt duiden? Vraag een letseldeskundige om mee te kijken.",
        en: "Do you see an injury you cannot interpret? Ask an injury expert (letseldeskundige) to look at it.",
      },
      {
        nl: "Vraagt u Veilig Thuis om advies, noem dan geen namen of gegevens waaraan het gezin te herkennen is.",
        en: "When you ask Veilig Thuis for advice, give no names or details by which the family could be recognised.",
      },
      {
        nl: "Leg vast met wie u overlegde, wanneer, en wat het advies was.",
        en: "Record whom you consulted, when, and what the advice was.",
      },
    ],
  },
  gesprek: {
    uitleg: {
      nl: "Bespreek uw zorg zo snel mogelijk met de ouders en, als het kan, met het kind. Vertel wat u zag en hoe u dat uitlegt, en vraag hoe zij het zien. Een goed gesprek versterkt vaak de samenwerking: ouders willen net als u het beste voor hun kind. Alleen om een van de redenen die de meldcode noemt, ziet u van het gesprek af, en die reden legt u vast.",
      en: "Discuss your worry with the parents as soon as possible and, if you can, with the child. Tell them what you saw and how you read it, and ask how they see it. A good conversation often strengthens the cooperation: like you, parents want the best for their child. You skip the conversation only for one of the reasons the Meldcode names, and you record that reason.",
    },
    punten: [
      {
        nl: "Bereid het gesprek samen met de aandachtsfunctionaris voor; de vragen van de voorbereiding helpen daarbij.",
        en: "Prepare the conversation together with the aandachtsfunctionaris; the preparation questions help with that.",
      },
      {
        nl: "Praat face-to-face op een rustige plek, niet over de telefoon.",
        en: "Talk face to face in a quiet place, not over the phone.",
      },
      {
        nl: "Luister eerst en vraag door. Kom niet zelf met oplossingen.",
        en: "Listen first and ask on. Do not come up with solutions yourself.",
      },
      {
        nl: "Schrijf de reactie van de ouders op in hun eigen woorden.",
        en: "Write down the parents' response in their own words.",
      },
      {
        nl: "Vraag na afloop hoe de ouders het gesprek hebben ervaren.",
        en: "Afterwards, ask the parents how they experienced the conversation.",
      },
    ],
  },
  wegen: {
    uitleg: {
      nl: "Weeg, met alles uit de vorige stappen, hoe groot het risico is en hoe ernstig de situatie. Beantwoord daarna de eerste twee vragen van het afwegingskader: is er een vermoeden, en is er acute of structurele onveiligheid? Twijfelt u, overleg dan met Veilig Thuis.",
      en: "Using everything from the previous steps, weigh how large the risk is and how serious the situation. Then answer the first two questions of the afwegingskader: is there a suspicion, and is there acute or structural unsafety? If in doubt, consult Veilig Thuis.",
    },
    punten: [
      {
        nl: "Zet signalen, risicofactoren en wat goed gaat naast elkaar.",
        en: "Put the signals, the risk factors and what goes well side by side.",
      },
      {
        nl: "Vraag u af wat de situatie nú onveilig maakt, en beschrijf dat concreet.",
        en: "Ask yourself what makes the situation unsafe right now, and describe that concretely.",
      },
      {
        nl: "Lees de definities en voorbeelden voor uw sector voordat u vraag 2 beantwoordt.",
        en: "Read the definitions and examples for your sector before you answer question 2.",
      },
      {
        nl: '"Weet ik niet" telt als "nee", maar uw twijfel blijft zichtbaar in het dossier.',
        en: '"I don\'t know" counts as "no", but your doubt stays visible in the case file.',
      },
      {
        nl: "Heeft een slachtoffer u zelf verteld over het geweld? Dan is melden de norm.",
        en: "Has a victim told you about the violence themselves? Then reporting is the norm.",
      },
    ],
  },
  beslissen: {
    uitleg: {
      nl: "Beantwoord de laatste drie vragen van het afwegingskader en besluit: is melden nodig, en kunt u (ook) hulp bieden of organiseren? Bij acute of structurele onveiligheid doet u dit samen met Veilig Thuis. De eindverantwoordelijke neemt het besluit en schrijft op waarom.",
      en: "Answer the last three questions of the afwegingskader and decide: is a report needed, and can you (also) offer or organise help? With acute or structural unsafety you do this together with Veilig Thuis. The eindverantwoordelijke takes the decision and writes down why.",
    },
    punten: [
      {
        nl: "Vertel de ouders vooraf dat u gaat melden, tenzij dat iemand in gevaar brengt.",
        en: "Tell the parents beforehand that you are going to report, unless that puts someone in danger.",
      },
      {
        nl: "U mag melden zonder toestemming van de ouders, maar in de regel niet zonder dat zij het weten.",
        en: "You may report without the parents' consent, but as a rule not without them knowing.",
      },
      {
        nl: "Kiest u voor hulp? Spreek af wat er moet veranderen, wie wat doet en wanneer u samen terugkijkt.",
        en: "Do you choose help? Agree what has to change, who does what, and when you will look back together.",
      },
      {
        nl: "Na een melding blijft u betrokken: houd het kind in het oog en spreek met Veilig Thuis af wie wat doet.",
        en: "After a report you stay involved: keep an eye on the child and agree with Veilig Thuis who does what.",
      },
      {
        nl: "Gaat het niet beter binnen de afgesproken tijd, of komt de onveiligheid terug? Meld dan (opnieuw).",
        en: "If things do not improve within the agreed time, or the unsafety comes back, report (again).",
      },
    ],
  },
};

/** The kindcheck for professionals with adult clients, with its triggers (the ids of KINDCHECK_AANLEIDINGEN). */
export const KINDCHECK: Kennis["kindcheck"] = {
  uitleg: {
    nl: "De kindcheck is voor professionals die met volwassenen werken en de kinderen van hun cliënt zelf niet zien. Maakt de situatie van uw cliënt u ongerust over kinderen die van hem of haar afhankelijk zijn? Ga dan na of er kinderen zijn en of zij veilig zijn. Zo komen kinderen in beeld die anders niemand ziet.",
    en: "The kindcheck is for professionals who work with adults and do not see their client's children themselves. Does your client's situation make you uneasy about children who depend on them? Then check whether there are children and whether they are safe. That way, children come into view whom nobody else would see.",
  },
  aanleidingen: [
    {
      id: "depressie",
      titel: { nl: "Ernstige depressie", en: "Severe depression" },
      uitleg: {
        nl: "Een ouder die ernstig of langdurig depressief is, kan vaak niet genoeg zorg en aandacht geven. Vraag wie de kinderen verzorgt op slechte dagen.",
        en: "A parent who is severely or chronically depressed often cannot give enough care and attention. Ask who looks after the children on bad days.",
      },
    },
    {
      id: "verslaving",
      titel: { nl: "Zware verslaving", en: "Serious addiction" },
      uitleg: {
        nl: "Bij een zware verslaving aan alcohol, drugs of gokken kan de zorg voor kinderen wegvallen, en is er soms geen geld voor eten of huur. Vraag wie er voor de kinderen zorgt als uw cliënt onder invloed is.",
        en: "With a serious addiction to alcohol, drugs or gambling, the care for children can fall away, and sometimes there is no money for food or rent. Ask who looks after the children when your client is under the influence.",
      },
    },
    {
      id: "huisuitzetting",
      titel: { nl: "(Dreigende) huisuitzetting", en: "(Threatened) eviction" },
      uitleg: {
        nl: "Een huisuitzetting zet het hele gezin onder druk en kan kinderen zonder vaste slaapplek laten. Vraag waar de kinderen straks wonen en wie hen opvangt.",
        en: "An eviction puts the whole family under pressure and can leave children without a fixed place to sleep. Ask where the children will live and who will take them in.",
      },
    },
    {
      id: "geweld_huisgenoten",
      titel: { nl: "Geweld tussen huisgenoten", en: "Violence between housemates" },
      uitleg: {
        nl: "Kinderen die geweld tussen volwassenen in huis meemaken, lopen zelf schade op, ook als ze niet geslagen worden. Vraag of de kinderen erbij waren en hoe het nu met ze gaat.",
        en: "Children who witness violence between adults at home are harmed themselves, even when they are not hit. Ask whether the children were there and how they are doing now.",
      },
    },
    {
      id: "suicidepoging",
      titel: { nl: "Suïcidepoging", en: "Suicide attempt" },
      uitleg: {
        nl: "Na een suïcidepoging van een ouder kan de zorg voor de kinderen plotseling wegvallen, en kunnen de kinderen veel hebben gezien. Vraag wie er nu voor ze zorgt en wat ze hebben meegemaakt.",
        en: "After a parent's suicide attempt, the care for the children can suddenly fall away, and the children may have seen a lot. Ask who looks after them now and what they went through.",
      },
    },
    {
      id: "zwangerschap",
      titel: { nl: "Zwangerschap", en: "Pregnancy" },
      uitleg: {
        nl: "De kindcheck geldt ook voor zwangere cliënten. Kijk vooruit: kan deze ouder straks veilig voor een baby zorgen, en is er vóór de geboorte al hulp nodig?",
        en: "The kindcheck also applies to pregnant clients. Look ahead: will this parent be able to care for a baby safely, and is help already needed before the birth?",
      },
    },
    {
      id: "broers_zussen",
      titel: { nl: "Broers en zussen van een jonge cliënt", en: "Siblings of a young client" },
      uitleg: {
        nl: "Werkt u met een jongere en maakt u zich zorgen over de situatie thuis? Denk dan ook aan de broertjes en zusjes die daar wonen.",
        en: "Do you work with a young person and worry about the situation at home? Then also think of the younger brothers and sisters who live there.",
      },
    },
    {
      id: "anders",
      titel: { nl: "Een andere ernstige situatie", en: "Another serious situation" },
      uitleg: {
        nl: "Ook andere ernstige omstandigheden kunnen aanleiding zijn, zoals een psychose, hoge schulden of een opname. Beschrijf concreet waarom u zich zorgen maakt om de kinderen.",
        en: "Other serious circumstances can also be a reason, such as a psychosis, heavy debts or a hospital admission. Describe concretely why you are worried about the children.",
      },
    },
  ],
  vervolg: {
    nl: "Twijfelt u aan de veiligheid van de kinderen? Leg vast welke signalen bij de ouder u laten twijfelen, en zet de volgende stappen van de meldcode. Zo komt er verder onderzoek en, waar nodig, hulp.",
    en: "Do you doubt the children's safety? Record which signals in the parent make you doubt, and take the next steps of the Meldcode. That leads to further inquiry and, where needed, help.",
  },
};
