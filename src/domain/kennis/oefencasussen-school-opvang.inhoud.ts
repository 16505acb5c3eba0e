import type { Oefencasus } from "../oefenen/oefencasus.ts";

/**
 * Practice cases for onderwijs and kinderopvang: fictional, in our own words, after the dilemmas of
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
