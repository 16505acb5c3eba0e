import type { Oefencasus } from "../oefenen/oefencasus.ts";

/**
 * Practice cases for onderwijs: fictional, in our own words, after the dilemmas of
 * the seeds (000 learning session, 002 partnership research, 003 school protocol). Every name and
 * detail is invented. What a domain expert should still check is listed in `teBeoordelen`.
 */

export const SAM_WORDT_STILLER: Oefencasus = {
  id: "sam-wordt-stiller",
  sector: "onderwijs",
  themas: ["stapeling"],
  titel: { nl: "Sam wordt stiller", en: "Sam grows quieter" },
  kern: {
    nl: "Kleine signalen bij een leerling van groep 4 die pas samen iets zeggen.",
    en: "Small signals in a pupil of year 2 that only mean something together.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat u ziet", en: "What you see" },
      verhaal: {
        nl: 'Sam (7) zit bij u in groep 4. Sinds september komt hij vaak te laat en zonder ontbijt, en draagt hij dagen achter elkaar dezelfde kleren. Op 2 en 9 oktober valt hij in slaap in de klas. Op een ochtend zegt hij: "Papa is weer weg en mama huilt veel." Hij tekent graag en heeft een vaste vriend.',
        en: 'Sam (7) is in your year 2 class. Since September he often arrives late without breakfast, and wears the same clothes for days on end. On 2 and 9 October he falls asleep in class. One morning he says: "Daddy is gone again and mummy cries a lot." He likes drawing and has a steady friend.',
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: {
          nl: "Welke waarnemingen legt u vast in het dossier?",
          en: "Which observations do you record in the file?",
        },
        opties: [
          {
            id: "ontbijt",
            passend: true,
            tekst: {
              nl: "Sam kwam in drie weken vijf keer te laat en zonder ontbijt (met de data).",
              en: "Sam came late and without breakfast five times in three weeks (with the dates).",
            },
          },
          {
            id: "slapen",
            passend: true,
            tekst: {
              nl: "Sam viel op 2 en 9 oktober in slaap tijdens de les.",
              en: "Sam fell asleep during lessons on 2 and 9 October.",
            },
          },
          {
            id: "overbelast",
            passend: false,
            tekst: {
              nl: "Moeder is overbelast en let niet goed op Sam.",
              en: "Mother is overburdened and neglects Sam.",
            },
          },
          {
            id: "woorden",
            passend: true,
            tekst: {
              nl: "Wat Sam zelf zei over thuis, letterlijk.",
              en: "What Sam himself said about home, word for word.",
            },
          },
          {
            id: "broer",
            passend: false,
            tekst: {
              nl: "Sam lijkt op zijn oudere broer destijds.",
              en: "Sam resembles his older brother at that age.",
            },
          },
        ],
        weging: {
          nl: 'Elk signaal apart is klein; samen vormen ze een patroon, en dat ziet alleen wie ze vastlegt. Een ervaren aandachtsfunctionaris noteert feiten met datum en bron, en de woorden van het kind letterlijk. "Moeder is overbelast" is uw uitleg, geen waarneming: schrijf die hooguit apart op als duiding. Leg ook vast wat goed gaat, zoals zijn tekeningen en zijn vriend.',
          en: 'Each signal alone is small; together they form a pattern, and only someone who records them sees it. An experienced aandachtsfunctionaris notes facts with date and source, and the child\'s own words exactly. "Mother is overburdened" is your reading, not an observation: at most write it down separately as interpretation. Also record what goes well, such as his drawings and his friend.',
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Wat u later hoort", en: "What you hear later" },
      verhaal: {
        nl: "In november vertelt de overblijfkracht dat Sam geen lunch bij zich heeft en brood van anderen pakt. Een collega zag de ouders luid ruziën bij het hek. Sam heeft een blauwe plek op zijn onderarm; hij zegt dat hij viel bij het voetballen, en zijn vriend bevestigt dat.",
        en: "In November the lunch supervisor tells you that Sam brings no lunch and takes sandwiches from others. A colleague saw the parents quarrel loudly at the gate. Sam has a bruise on his forearm; he says he fell while playing football, and his friend confirms it.",
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Wat doet u nu?", en: "What do you do now?" },
        opties: [
          {
            id: "consulteren",
            passend: true,
            tekst: {
              nl: "Met de aandachtsfunctionaris de signalen op een rij zetten en afspreken wie het gesprek met de ouders voert.",
              en: "List the signals with the aandachtsfunctionaris and agree who will talk with the parents.",
            },
          },
          {
            id: "melden",
            passend: false,
            tekst: { nl: "Meteen een melding doen bij Veilig Thuis.", en: "Report to Veilig Thuis straight away." },
          },
          {
            id: "afwachten",
            passend: false,
            tekst: {
              nl: "Nog een paar maanden afwachten: het kan een moeilijke periode zijn.",
              en: "Wait a few more months: it may be a hard patch.",
            },
          },
        ],
        weging: {
          nl: "Het patroon groeit en komt nu ook van anderen: tijd voor stap 2, overleg met een deskundige collega. Een melding ligt nog niet voor de hand: er is geen acuut gevaar, de blauwe plek heeft een passende uitleg en er is nog niet met de ouders gesproken. Afwachten maakt de stapeling alleen onzichtbaar. U kunt Veilig Thuis wel anoniem om advies vragen.",
          en: "The pattern grows and now also comes from others: time for step 2, consulting an expert colleague. A report is not yet obvious: there is no acute danger, the bruise has a fitting explanation and nobody has talked with the parents. Waiting only hides the build-up. You can still ask Veilig Thuis for anonymous advice.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "De leerkracht kent moeder het best en voert het gesprek, samen met de intern begeleider. Open met wat u allebei wilt: dat Sam zich goed voelt op school.",
      en: "The teacher knows the mother best and holds the conversation, together with the intern begeleider. Open with what you both want: that Sam feels well at school.",
    },
    reacties: [
      {
        reactie: {
          nl: 'Moeder: "Er is niks aan de hand, Sam is gewoon moe."',
          en: 'Mother: "Nothing is wrong, Sam is just tired."',
        },
        mogelijkheid: {
          nl: "Ga niet in discussie. Beschrijf wat u zag, met data, en vraag hoe zij dat ziet. Vraag zonder te beschuldigen hoe het thuis op dit moment gaat.",
          en: "Do not argue. Describe what you saw, with dates, and ask how she sees it. Ask how things are at home at the moment, without accusing.",
        },
      },
      {
        reactie: {
          nl: "Moeder begint te huilen en vertelt dat vader sinds de zomer weg is en dat het geld op is.",
          en: "Mother starts to cry and tells you that the father left in the summer and that the money has run out.",
        },
        mogelijkheid: {
          nl: "Luister eerst en erken hoe zwaar het is. Draag niet meteen oplossingen aan: vraag wat zij zelf nodig heeft en wie haar kan helpen. Spreek daarna samen af wat er voor Sam verandert.",
          en: "Listen first and acknowledge how hard it is. Do not offer solutions straight away: ask what she needs herself and who could help her. Then agree together what will change for Sam.",
        },
      },
    ],
    dilemmas: ["ouders_ontkennen"],
  },
  naGesprek: {
    nl: "Moeder vertelt dat vader in de zomer vertrok, dat er schulden zijn en dat zij 's avonds werkt. Zij wil hulp. Met haar instemming komt het wijkteam voor schuldhulp en opvoedsteun, en regelt de school ontbijt en lunch. Zes weken later komt Sam op tijd, met eten, en is hij weer vrolijker in de klas.",
    en: "Mother says the father left in the summer, that there are debts and that she works evenings. She wants help. With her consent the neighbourhood team steps in for debt counselling and parenting support, and the school arranges breakfast and lunch. Six weeks later Sam arrives on time, with food, and is more cheerful in class again.",
  },
  afweging: {
    disclosure: false,
    antwoorden: { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "ja" },
    advies: "hulp",
    waarom: {
      nl: "Er was een vermoeden van verwaarlozing, maar geen acute of structurele onveiligheid. De school kon met het wijkteam hulp organiseren, moeder nam die aan, en na zes weken is er zichtbaar resultaat. Dus hulp, met afspraken om de veiligheid te blijven volgen. Gaat het weer slechter, dan weegt u opnieuw.",
      en: "There was a suspicion of neglect, but no acute or structural unsafety. The school could organise help with the neighbourhood team, the mother accepted it, and after six weeks there is a visible result. So help, with agreements to keep following the safety. If things get worse again, you weigh again.",
    },
  },
  teBeoordelen: [
    {
      nl: "Of de blauwe plek met een passende uitleg de weging hier terecht niet verandert.",
      en: "Whether the bruise with a fitting explanation rightly leaves the weighing unchanged here.",
    },
  ],
};

export const VAKANTIE_NAAR_FAMILIE: Oefencasus = {
  id: "vakantie-naar-familie",
  sector: "onderwijs",
  themas: ["eergerelateerd"],
  titel: { nl: "Een zomer bij familie", en: "A summer with family" },
  kern: {
    nl: "Een leerling van 15 vreest in het buitenland te worden achtergelaten: een bijzondere route.",
    en: "A pupil of 15 fears being left behind abroad: a special route.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat Dilara vertelt", en: "What Dilara tells you" },
      verhaal: {
        nl: 'Dilara (15) vraagt haar mentor na de les of ze even mag praten. Ze vertelt dat haar ouders haar deze zomer "voor altijd" naar familie in het buitenland willen sturen, omdat ze een vriendje heeft. Haar broer controleert haar telefoon. Ze is bang.',
        en: 'Dilara (15) asks her mentor after class whether they can talk. She says that her parents want to send her to family abroad "for good" this summer, because she has a boyfriend. Her brother checks her phone. She is afraid.',
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: { nl: "Welke signalen wijzen op een bijzondere route?", en: "Which signals point to a special route?" },
        opties: [
          {
            id: "achterlating",
            passend: true,
            tekst: {
              nl: "Zij vreest in het buitenland te worden achtergelaten.",
              en: "She fears being left behind abroad.",
            },
          },
          {
            id: "controle",
            passend: true,
            tekst: { nl: "Meer familieleden controleren wat zij doet.", en: "Several relatives check what she does." },
          },
          {
            id: "relatie",
            passend: true,
            tekst: {
              nl: "De aanleiding is een relatie die de familie afkeurt.",
              en: "The cause is a relationship the family disapproves of.",
            },
          },
          {
            id: "puber",
            passend: false,
            tekst: {
              nl: "Ze is een puber die ruzie heeft met haar ouders.",
              en: "She is a teenager quarrelling with her parents.",
            },
          },
        ],
        weging: {
          nl: 'Dreigende achterlating, controle door meer familieleden en een afgekeurde relatie als aanleiding wijzen samen op eergerelateerd geweld. Dat vraagt altijd een deskundige. Bij een acute dreiging gaan de stappen versneld, zo nodig binnen een uur. "Puberruzie" als uitleg sluit juist de vragen af die nu nodig zijn.',
          en: 'Threatened abandonment abroad, control by several relatives and a disapproved relationship as the cause together point to honour-related violence. That always needs an expert. With an acute threat the steps are accelerated, within an hour if needed. Calling it a "teenage quarrel" closes exactly the questions that are needed now.',
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Twee dagen later", en: "Two days later" },
      verhaal: {
        nl: 'Dilara vertelt dat haar vader haar paspoort heeft ingenomen en dat de tickets zijn gekocht, voor over drie weken. Haar moeder zei: "De familie accepteert dit niet."',
        en: 'Dilara tells you that her father has taken her passport and that the tickets are bought, for three weeks from now. Her mother said: "The family will not accept this."',
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Wat doet u nu?", en: "What do you do now?" },
        opties: [
          {
            id: "ouders",
            passend: false,
            tekst: {
              nl: "Een gesprek met de ouders plannen om de zorgen te bespreken.",
              en: "Plan a conversation with the parents to discuss the worries.",
            },
          },
          {
            id: "deskundige",
            passend: true,
            tekst: {
              nl: "Dezelfde dag de aandachtsfunctionaris inschakelen en met Veilig Thuis en een deskundige op eergerelateerd geweld overleggen; niets met de familie bespreken.",
              en: "Involve the aandachtsfunctionaris that same day and consult Veilig Thuis and an expert on honour-related violence; discuss nothing with the family.",
            },
          },
          {
            id: "zelf",
            passend: false,
            tekst: {
              nl: "Dilara aanraden het zelf met haar ouders uit te praten.",
              en: "Advise Dilara to talk it out with her parents herself.",
            },
          },
        ],
        weging: {
          nl: "Bij eergerelateerd geweld kan een gesprek met de ouders het gevaar juist vergroten. Dat is een grond om van het gesprek af te zien; leg die vast. Overleg dezelfde dag met Veilig Thuis en een deskundige, en bespreek met Dilara wat zij wil en wat zij nodig heeft om veilig te blijven.",
          en: "With honour-related violence, a conversation with the parents can increase the danger. That is a ground to skip the conversation; record it. Consult Veilig Thuis and an expert that same day, and discuss with Dilara what she wants and what she needs to stay safe.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "Hier voert u het gesprek met de ouders niet: het kan Dilara in gevaar brengen. Oefen in plaats daarvan het gesprek met Dilara zelf: wat gaat er gebeuren, en wat is haar rol daarin?",
      en: "Here you do not hold the conversation with the parents: it could put Dilara in danger. Practise the conversation with Dilara herself instead: what will happen next, and what is her part in it?",
    },
    reacties: [
      {
        reactie: {
          nl: 'Dilara: "Als mijn vader hoort dat ik het verteld heb, wordt het alleen maar erger."',
          en: 'Dilara: "If my father hears that I told you, it will only get worse."',
        },
        mogelijkheid: {
          nl: "Neem haar angst serieus en beloof geen geheimhouding. Leg uit dat u met deskundigen overlegt hoe zij veilig blijft, en dat haar ouders niet zomaar iets te horen krijgen.",
          en: "Take her fear seriously and promise no secrecy. Explain that you consult experts on how she stays safe, and that her parents will not simply be told.",
        },
      },
      {
        reactie: {
          nl: 'Dilara: "Misschien valt het wel mee en ga ik gewoon op vakantie."',
          en: 'Dilara: "Maybe it is not so bad and I am just going on holiday."',
        },
        mogelijkheid: {
          nl: 'Kinderen zwakken het vaak af uit loyaliteit. Blijf bij wat zij eerder vertelde en bij de feiten: paspoort, tickets, "voor altijd". Spreek af hoe zij u kan bereiken.',
          en: 'Children often play it down out of loyalty. Stay with what she told you earlier and with the facts: passport, tickets, "for good". Agree how she can reach you.',
        },
      },
    ],
    dilemmas: [],
  },
  naGesprek: {
    nl: "Veilig Thuis en de deskundige schatten de dreiging van achterlating hoog in: er zijn tickets en het paspoort is ingenomen. Er komt een veiligheidsplan, met Dilara erbij.",
    en: "Veilig Thuis and the expert judge the threat of abandonment to be high: there are tickets and the passport was taken. A safety plan is made, with Dilara involved.",
  },
  afweging: {
    disclosure: false,
    antwoorden: { 1: "ja", 2: "ja" },
    advies: "melden",
    waarom: {
      nl: "Er is een duidelijk vermoeden, en met tickets voor over drie weken en een ingenomen paspoort is de dreiging acuut. Meldnorm 1: melden, met versnelde stappen. De vragen 3 tot en met 5 beantwoordt u samen met Veilig Thuis; het gesprek met de ouders laat u aan hen.",
      en: "There is a clear suspicion, and with tickets for three weeks from now and a confiscated passport the threat is acute. Meldnorm 1: report, with accelerated steps. Questions 3 to 5 are answered together with Veilig Thuis; the conversation with the parents is left to them.",
    },
  },
  teBeoordelen: [
    {
      nl: "Welke deskundige hier genoemd hoort te worden naast Veilig Thuis (politie, landelijk expertisecentrum).",
      en: "Which expert should be named here beside Veilig Thuis (police, the national centre of expertise).",
    },
    {
      nl: "Of wat Dilara vertelt ook als disclosure moet gelden.",
      en: "Whether what Dilara says should also count as disclosure.",
    },
  ],
};
