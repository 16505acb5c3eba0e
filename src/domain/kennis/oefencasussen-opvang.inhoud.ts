import type { Oefencasus } from "../oefenen/oefencasus.ts";

/**
 * Practice cases for kinderopvang: fictional, in our own words, after the dilemmas of
 * the seeds (000 learning session, 002 partnership research, 003 school protocol). Every name and
 * detail is invented. What a domain expert should still check is listed in `teBeoordelen`.
 */

export const PLEKKEN_BIJ_NOOR: Oefencasus = {
  id: "plekken-bij-noor",
  sector: "kinderopvang",
  themas: ["ouders_ontkennen"],
  titel: { nl: "Blauwe plekken bij Noor", en: "Bruises on Noor" },
  kern: {
    nl: "Letsel bij een peuter dat niet past bij de uitleg, en ouders die elke zorg ontkennen.",
    en: "Injuries on a toddler that do not fit the explanation, and parents who deny every worry.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat u ziet", en: "What you see" },
      verhaal: {
        nl: 'Bij het verschonen ziet u twee ronde blauwe plekken naast elkaar op de bovenarm van Noor (2). Als u haar optilt, schrikt ze. Vader zei die ochtend bij het brengen dat Noor "zo\'n wildebras" is.',
        en: 'While changing her, you see two round bruises side by side on the upper arm of Noor (2). When you lift her, she flinches. That morning at drop-off her father said that Noor is "such a tomboy".',
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: { nl: "Wat legt u vast?", en: "What do you record?" },
        opties: [
          {
            id: "plekken",
            passend: true,
            tekst: {
              nl: "Plaats, vorm, grootte en kleur van de plekken, met datum en tijd.",
              en: "Place, shape, size and colour of the bruises, with date and time.",
            },
          },
          {
            id: "schrikken",
            passend: true,
            tekst: {
              nl: "Dat Noor schrok bij het optillen, en wanneer.",
              en: "That Noor flinched when lifted, and when.",
            },
          },
          {
            id: "vader",
            passend: true,
            tekst: { nl: "Wat vader zei, in zijn eigen woorden.", en: "What the father said, in his own words." },
          },
          {
            id: "hardhandig",
            passend: false,
            tekst: {
              nl: "Dat vader haar waarschijnlijk te hard vastpakt.",
              en: "That the father probably grips her too hard.",
            },
          },
        ],
        weging: {
          nl: "Ronde plekken naast elkaar op de bovenarm passen minder goed bij vallen dan plekken op knieën of schenen. Een ervaren aandachtsfunctionaris legt precies vast wat te zien was en wat de ouder zei, en trekt nog geen conclusie over wie of wat. Twijfel over hoe letsel is ontstaan, is een reden om een letseldeskundige te raadplegen.",
          en: "Round bruises side by side on the upper arm fit a fall less well than bruises on knees or shins. An experienced aandachtsfunctionaris records exactly what could be seen and what the parent said, and draws no conclusion yet about who or what. Doubt about how an injury arose is a reason to consult an injury expert.",
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Twee weken later", en: "Two weeks later" },
      verhaal: {
        nl: "Noor heeft een blauwe plek op haar wang en een schaafwond achter haar oor. Moeder zegt dat Noor uit bed is gevallen. Een collega vertelt dat Noor vorige maand ook plekken had, maar dat heeft toen niemand opgeschreven.",
        en: "Noor has a bruise on her cheek and a graze behind her ear. Her mother says Noor fell out of bed. A colleague mentions that Noor also had bruises last month, but nobody wrote that down then.",
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Met wie overlegt u eerst?", en: "Whom do you consult first?" },
        opties: [
          {
            id: "af",
            passend: true,
            tekst: {
              nl: "Met de aandachtsfunctionaris, die dezelfde dag een letseldeskundige of Veilig Thuis om advies vraagt.",
              en: "The aandachtsfunctionaris, who asks an injury expert or Veilig Thuis for advice that same day.",
            },
          },
          {
            id: "groep",
            passend: false,
            tekst: {
              nl: "Met andere ouders van de groep: hebben zij iets gemerkt?",
              en: "Other parents of the group: have they noticed anything?",
            },
          },
          {
            id: "vader",
            passend: false,
            tekst: {
              nl: "Met vader, om te vragen wat er thuis gebeurt.",
              en: "The father, to ask what happens at home.",
            },
          },
        ],
        weging: {
          nl: "Herhaald letsel op plekken waar kleine kinderen zelden vallen (wang, achter het oor, bovenarm) is een ernstig signaal: overleg dezelfde dag. Een letseldeskundige helpt duiden; Veilig Thuis adviseert ook anoniem. Leg de eerdere plekken alsnog vast, met de bron erbij: gezien door een collega, niet door uzelf. Andere ouders vragen schendt de privacy van het gezin.",
          en: "Repeated injuries in places where small children rarely fall (cheek, behind the ear, upper arm) are a serious signal: consult that same day. An injury expert helps to interpret them; Veilig Thuis also gives anonymous advice. Record the earlier bruises after all, with their source: seen by a colleague, not by yourself. Asking other parents breaches the family's privacy.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "De aandachtsfunctionaris voert het gesprek samen met de mentor van Noor. Vertel wat u zag en vraag naar de uitleg; beloof niets over wat er daarna gebeurt.",
      en: "The aandachtsfunctionaris holds the conversation together with Noor's key worker. Say what you saw and ask for the explanation; promise nothing about what happens next.",
    },
    reacties: [
      {
        reactie: {
          nl: 'Vader: "Jullie beschuldigen ons! Kinderen vallen nu eenmaal."',
          en: 'Father: "You are accusing us! Children fall, that is how it goes."',
        },
        mogelijkheid: {
          nl: "Keur het letsel af, niet de ouder. Zeg dat u niemand beschuldigt, maar dat u zich zorgen maakt en dat u dat moet bespreken. Vraag naar hun kant en schrijf die op, ook als u er anders over denkt.",
          en: "Disapprove of the injury, not of the parent. Say that you accuse nobody, but that you are worried and must discuss it. Ask for their side and write it down, even if you see it differently.",
        },
      },
      {
        reactie: {
          nl: "Moeder zegt niets en kijkt steeds naar vader.",
          en: "Mother says nothing and keeps looking at the father.",
        },
        mogelijkheid: {
          nl: "Geef haar ruimte en vraag rechtstreeks naar haar kijk. Vermoedt u dat zij niet vrij kan praten, overleg dan of een gesprek met moeder alleen verstandig is.",
          en: "Give her room and ask directly for her view. If you suspect she cannot speak freely, consult on whether a conversation with the mother alone would be wise.",
        },
      },
    ],
    dilemmas: ["ouders_ontkennen", "samenwerking_verbroken"],
  },
  naGesprek: {
    nl: "De ouders ontkennen elke zorg en geven voor elke plek een andere uitleg. De letseldeskundige zegt dat de plekken op wang en achter het oor niet passen bij een val uit bed. Een dag later heeft Noor opnieuw een plek, nu op haar rug.",
    en: "The parents deny every worry and give a different explanation for each bruise. The injury expert says the marks on the cheek and behind the ear do not fit a fall out of bed. A day later Noor has another bruise, now on her back.",
  },
  afweging: {
    disclosure: false,
    antwoorden: { 1: "ja", 2: "ja" },
    advies: "melden",
    waarom: {
      nl: "Herhaald letsel dat niet bij de uitleg past, en steeds nieuw letsel: dat is structurele onveiligheid. Meldnorm 1 geldt: melden bij Veilig Thuis. De vragen 3 tot en met 5 beantwoordt u daarna samen met Veilig Thuis.",
      en: "Repeated injuries that do not fit the explanation, and new ones again and again: that is structural unsafety. Meldnorm 1 applies: report to Veilig Thuis. Questions 3 to 5 are then answered together with Veilig Thuis.",
    },
  },
  teBeoordelen: [
    {
      nl: "Hoe letsel wordt vastgelegd (beschrijving, lichaamskaart, wel of geen foto's): protocollen in de kinderopvang verschillen hierin.",
      en: "How injuries are recorded (description, body map, photographs or not): childcare protocols differ on this.",
    },
    {
      nl: "Of moeder apart spreken hier als mogelijkheid genoemd moet worden.",
      en: "Whether speaking to the mother separately should be named as an option here.",
    },
  ],
};

export const WAT_DE_BUURVROUW_VERTELT: Oefencasus = {
  id: "wat-de-buurvrouw-vertelt",
  sector: "kinderopvang",
  themas: ["signalen_derden"],
  titel: { nl: "Wat de buurvrouw vertelt", en: "What the neighbour says" },
  kern: {
    nl: "Een zorg van iemand anders, die uw eigen waarnemingen niet bevestigen.",
    en: "A worry from someone else, which your own observations do not confirm.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat u hoort", en: "What you hear" },
      verhaal: {
        nl: 'Bij het ophalen op de buitenschoolse opvang vertelt een moeder u, buiten gehoor van anderen, dat ze bij de buren, het gezin van Mees (6), vaak geschreeuw hoort. "Ik weet wel wat daar gebeurt." Mees komt elke dag vrolijk binnen.',
        en: 'At pick-up from after-school care, a mother tells you, out of earshot of others, that she often hears shouting next door, at the home of Mees (6). "I know what goes on there." Mees comes in cheerfully every day.',
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: { nl: "Wat legt u vast?", en: "What do you record?" },
        opties: [
          {
            id: "bron",
            passend: true,
            tekst: {
              nl: "Wat de moeder vertelde, in haar woorden, met datum, en dat u het niet zelf zag of hoorde.",
              en: "What the mother said, in her words, with the date, and that you did not see or hear it yourself.",
            },
          },
          {
            id: "mishandeling",
            passend: false,
            tekst: { nl: "Dat Mees thuis wordt mishandeld.", en: "That Mees is abused at home." },
          },
          {
            id: "eigen",
            passend: true,
            tekst: {
              nl: "Uw eigen waarnemingen van Mees in de afgelopen weken, ook wat goed gaat.",
              en: "Your own observations of Mees in recent weeks, including what goes well.",
            },
          },
          {
            id: "reputatie",
            passend: false,
            tekst: { nl: "Dat het gezin bekendstaat als lastig.", en: "That the family is known to be difficult." },
          },
        ],
        weging: {
          nl: "Een signaal van een ander is niet minder waard, maar u nam het niet zelf waar. Leg het vast mét de bron en los van uw duiding. Kijk daarna zelf goed: wat ziet u bij Mees? Waarnemingen die de zorg tegenspreken, horen er ook bij. Een reputatie is geen signaal.",
          en: "A signal from someone else is worth no less, but you did not observe it yourself. Record it with its source and apart from your reading. Then look carefully yourself: what do you see in Mees? Observations that contradict the worry belong in the file too. A reputation is no signal.",
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Twee weken later", en: "Two weeks later" },
      verhaal: {
        nl: 'U en uw collega\'s letten twee weken extra op. Mees speelt, eet goed, heeft geen verwondingen en vertelt vrolijk over thuis. Zijn ouders halen hem om beurten op en zijn hartelijk. Mees vertelt uit zichzelf dat zijn papa "heel hard muziek maakt met zijn band in de schuur".',
        en: 'You and your colleagues pay extra attention for two weeks. Mees plays, eats well, has no injuries and talks happily about home. His parents take turns picking him up and are warm. Unprompted, Mees tells you that his dad "makes really loud music with his band in the shed".',
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Wat doet u nu?", en: "What do you do now?" },
        opties: [
          {
            id: "overleggen",
            passend: true,
            tekst: {
              nl: "Met de aandachtsfunctionaris bespreken wat u zag en hoorde, en hoe u het signaal met de ouders ter sprake brengt.",
              en: "Discuss with the aandachtsfunctionaris what you saw and heard, and how to raise the signal with the parents.",
            },
          },
          {
            id: "melden",
            passend: false,
            tekst: {
              nl: "Melden bij Veilig Thuis, omdat een buurvrouw het hoorde.",
              en: "Report to Veilig Thuis, because a neighbour heard it.",
            },
          },
          {
            id: "doorvragen",
            passend: false,
            tekst: {
              nl: "Mees uitgebreid doorvragen over ruzie thuis.",
              en: "Question Mees at length about quarrels at home.",
            },
          },
        ],
        weging: {
          nl: "Overleg over een signaal van een ander altijd eerst met een collega. Hier spreken uw eigen waarnemingen de zorg tegen, en er is een andere mogelijke verklaring voor het lawaai. Een gesprek met de ouders kan de twijfel wegnemen; noem het signaal zonder de buurvrouw aan te wijzen. Een kind suggestief doorvragen doet u niet.",
          en: "Always discuss a signal from someone else with a colleague first. Here your own observations contradict the worry, and there is another possible explanation for the noise. A conversation with the parents can settle the doubt; mention the signal without pointing to the neighbour. Never question a child in a leading way.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "De mentor van Mees voert een kort gesprek met de ouders in een rustige ruimte. Wees open dat de zorg van een ander kwam, zonder te zeggen van wie.",
      en: "Mees's key worker holds a short conversation with the parents in a quiet room. Be open that the worry came from someone else, without saying from whom.",
    },
    reacties: [
      {
        reactie: {
          nl: 'Vader lacht: "Dat zal mijn band zijn, we oefenen op dinsdag en donderdag."',
          en: 'Father laughs: "That will be my band, we rehearse on Tuesdays and Thursdays."',
        },
        mogelijkheid: {
          nl: "Neem de uitleg serieus en vraag of er ook ruzies zijn die hen zorgen baren. Leg zijn antwoord vast. Sluit positief af: vertel hoe goed het met Mees gaat.",
          en: "Take the explanation seriously and ask whether there are also quarrels that worry them. Record his answer. End on a positive note: tell them how well Mees is doing.",
        },
      },
      {
        reactie: {
          nl: 'Moeder: "Wie zegt dat? Dat mogen we toch wel weten?"',
          en: 'Mother: "Who says so? Surely we have a right to know?"',
        },
        mogelijkheid: {
          nl: "Leg uit dat u de bron niet noemt, om die persoon te beschermen zoals u hen ook zou beschermen. Zeg dat u het juist met hen bespreekt omdat u open wilt zijn.",
          en: "Explain that you do not name the source, to protect that person as you would protect them. Say that you raise it with them precisely because you want to be open.",
        },
      },
    ],
    dilemmas: ["ouders_ontkennen"],
  },
  naGesprek: {
    nl: 'De ouders vertellen over de band in de schuur en zeggen dat er thuis weleens ruzie is, "zoals overal", maar nooit geweld. Ze waarderen dat u het met hen bespreekt. Uw eigen waarnemingen van Mees blijven goed.',
    en: 'The parents tell you about the band in the shed and say there are quarrels at home now and then, "like everywhere", but never violence. They appreciate that you raised it with them. Your own observations of Mees stay good.',
  },
  afweging: {
    disclosure: false,
    antwoorden: { 1: "nee" },
    advies: "afsluiten",
    waarom: {
      nl: "Na uw eigen waarnemingen en het gesprek is er geen vermoeden meer van huiselijk geweld of kindermishandeling. Vraag 1 is nee: u sluit af en legt vast wat u deed en waarom. Komen er nieuwe signalen, dan begint u opnieuw.",
      en: "After your own observations and the conversation, there is no longer a suspicion of domestic violence or child abuse. Question 1 is no: you close and record what you did and why. If new signals come, you start again.",
    },
  },
  teBeoordelen: [
    {
      nl: "Of afsluiten na één gesprek en twee weken extra opletten zorgvuldig genoeg is.",
      en: "Whether closing after one conversation and two weeks of extra attention is careful enough.",
    },
  ],
};
