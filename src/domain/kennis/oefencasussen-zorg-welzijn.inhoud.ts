import type { Oefencasus } from "../oefenen/oefencasus.ts";

/**
 * Practice cases for jeugdhulp, maatschappelijk werk and gezondheidszorg: fictional, in our own words,
 * after the dilemmas of the seeds (000, 002, 003). Every name and detail is invented. What a domain
 * expert should still check is listed in `teBeoordelen`.
 */

export const LINA_VERTELT: Oefencasus = {
  id: "lina-vertelt",
  sector: "jeugdhulp",
  themas: ["disclosure_kind"],
  titel: { nl: "Lina vertelt", en: "Lina tells" },
  kern: {
    nl: "Een meisje van 12 vertelt over geweld en vraagt het geheim te houden.",
    en: "A girl of 12 tells about violence and asks you to keep it secret.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat u ziet", en: "What you see" },
      verhaal: {
        nl: "U begeleidt Lina (12) bij haar schoolverzuim. Ze is vaak moe en draagt ook bij warm weer lange mouwen. Over thuis zegt ze weinig, over haar stiefvader niets. Volgens school is haar verzuim sinds de zomer verdubbeld.",
        en: "You support Lina (12) with her school absence. She is often tired and wears long sleeves even in warm weather. She says little about home, and nothing about her stepfather. According to the school, her absence has doubled since the summer.",
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: {
          nl: "Welke waarnemingen legt u vast als signaal?",
          en: "Which observations do you record as signals?",
        },
        opties: [
          {
            id: "mouwen",
            passend: true,
            tekst: { nl: "Ze draagt bij warm weer lange mouwen.", en: "She wears long sleeves in warm weather." },
          },
          {
            id: "stiefvader",
            passend: true,
            tekst: {
              nl: "Ze vermijdt elk gesprek over haar stiefvader.",
              en: "She avoids every conversation about her stepfather.",
            },
          },
          {
            id: "puber",
            passend: false,
            tekst: { nl: "Stil zijn hoort bij haar leeftijd.", en: "Being quiet comes with her age." },
          },
          {
            id: "verzuim",
            passend: true,
            tekst: {
              nl: "Haar verzuim is sinds de zomer verdubbeld (cijfers van school).",
              en: "Her absence has doubled since the summer (figures from the school).",
            },
          },
        ],
        weging: {
          nl: "Geen van deze signalen bewijst iets, en dat hoeft ook niet. Een ervaren aandachtsfunctionaris legt ze vast, omdat ze samen met wat nog komt betekenis kunnen krijgen. Leeftijd als verklaring noteren sluit juist vragen af.",
          en: "None of these signals proves anything, nor does it have to. An experienced aandachtsfunctionaris records them, because together with what is still to come they may gain meaning. Writing age down as the explanation closes questions instead.",
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Wat Lina vertelt", en: "What Lina tells you" },
      verhaal: {
        nl: 'In het vierde gesprek vertelt Lina, na lang aarzelen, dat haar stiefvader haar slaat als hij gedronken heeft, "soms met zijn riem". Ze vraagt u het aan niemand te vertellen, zeker niet aan haar moeder.',
        en: 'In the fourth session, after a long hesitation, Lina tells you that her stepfather hits her when he has been drinking, "sometimes with his belt". She asks you to tell no one, certainly not her mother.',
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Wat zegt u tegen Lina?", en: "What do you say to Lina?" },
        opties: [
          {
            id: "geheim",
            passend: false,
            tekst: {
              nl: "U belooft het geheim te houden, zodat ze u blijft vertrouwen.",
              en: "You promise to keep it secret, so that she keeps trusting you.",
            },
          },
          {
            id: "eerlijk",
            passend: true,
            tekst: {
              nl: "U bedankt haar, zegt dat u dit niet alleen kunt dragen, en legt uit wat u nu gaat doen en hoe u haar daarbij betrekt.",
              en: "You thank her, say that you cannot carry this alone, and explain what you will do now and how you will involve her.",
            },
          },
          {
            id: "verhoor",
            passend: false,
            tekst: {
              nl: "U vraagt precies hoe vaak en waar hij haar slaat, zodat u een compleet verhaal hebt.",
              en: "You ask exactly how often and where he hits her, so that you have the full story.",
            },
          },
        ],
        weging: {
          nl: "Dit is disclosure: een kind vertelt zelf over geweld. Beloof nooit geheimhouding die u niet kunt waarmaken. Stel geen sturende vragen die een later onderzoek kunnen hinderen; laat Lina vertellen wat zij wil. Leg haar woorden letterlijk vast en overleg dezelfde dag met de aandachtsfunctionaris en Veilig Thuis.",
          en: "This is disclosure: a child tells about violence herself. Never promise a secrecy you cannot keep. Ask no leading questions that could hinder a later investigation; let Lina tell what she wants to tell. Record her words exactly and consult the aandachtsfunctionaris and Veilig Thuis that same day.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "Bij disclosure bepaalt u samen met Veilig Thuis of, wanneer en door wie moeder wordt ingelicht. Een gesprek kan Lina in gevaar brengen als haar stiefvader ervan hoort: een grond om het uit te stellen, die u vastlegt.",
      en: "With disclosure, you decide together with Veilig Thuis whether, when and by whom the mother is told. A conversation could put Lina in danger if her stepfather hears of it: a ground to postpone it, which you record.",
    },
    reacties: [
      {
        reactie: {
          nl: 'Moeder (later, samen met Veilig Thuis): "Dat verzint ze, ze wil gewoon aandacht."',
          en: 'Mother (later, together with Veilig Thuis): "She is making it up, she just wants attention."',
        },
        mogelijkheid: {
          nl: "Blijf bij wat Lina vertelde en zeg dat u het serieus neemt. Vraag moeder wat zij zelf ziet. Keur het geweld af, niet haar, en benoem dat zij er voor Lina kan zijn.",
          en: "Stay with what Lina told you and say that you take it seriously. Ask the mother what she sees herself. Disapprove of the violence, not of her, and say that she can be there for Lina.",
        },
      },
      {
        reactie: {
          nl: 'Moeder: "Als hij dit hoort, gaat hij door het lint."',
          en: 'Mother: "If he hears this, he will go berserk."',
        },
        mogelijkheid: {
          nl: "Neem dit serieus als signaal van onveiligheid, voor moeder én voor Lina. Vraag of zij zich veilig voelt en bespreek met Veilig Thuis wat er nodig is.",
          en: "Take this seriously as a signal of unsafety, for the mother as well as for Lina. Ask whether she feels safe and discuss with Veilig Thuis what is needed.",
        },
      },
    ],
    dilemmas: ["ouders_ontkennen"],
  },
  naGesprek: {
    nl: "Veilig Thuis adviseert te melden en spreekt af dat zij moeder uitnodigen; u blijft Lina begeleiden. Lina is bang, maar ook opgelucht dat iemand het weet.",
    en: "Veilig Thuis advises a report and agrees to invite the mother; you keep supporting Lina. Lina is afraid, but also relieved that someone knows.",
  },
  afweging: {
    disclosure: true,
    antwoorden: {},
    advies: "melden",
    waarom: {
      nl: "Lina vertelde zelf over geweld. Bij disclosure geldt meldnorm 1: altijd melden. De vragen 1 en 2 vervallen; de vragen 3 tot en met 5 beantwoordt u samen met Veilig Thuis.",
      en: "Lina told about violence herself. With disclosure meldnorm 1 applies: always report. Questions 1 and 2 fall away; questions 3 to 5 are answered together with Veilig Thuis.",
    },
  },
  teBeoordelen: [
    {
      nl: "Hoe ver een jeugdhulpverlener na een onthulling mag doorvragen bij een kind van 12.",
      en: "How far a youth care worker may ask further after a disclosure by a child of 12.",
    },
  ],
};

export const MOEDER_MET_SOMBERHEID: Oefencasus = {
  id: "moeder-met-somberheid",
  sector: "sociaal_werk",
  themas: ["kindcheck", "gezin_kwijt"],
  titel: { nl: "Een cliënt met jonge kinderen", en: "A client with young children" },
  kern: {
    nl: "Een volwassen cliënt met ernstige somberheid en schulden: de kindcheck.",
    en: "An adult client with severe low mood and debts: the kindcheck.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat u ziet", en: "What you see" },
      verhaal: {
        nl: 'U begeleidt mevrouw De Vries (34) bij haar schulden. De huur is drie maanden niet betaald en de verhuurder dreigt met ontruiming. Ze komt al maanden nauwelijks uit bed en zegt één keer: "Soms denk ik dat iedereen beter af is zonder mij." In de wachtkamer zit haar dochter van vijf; thuis is nog een baby.',
        en: 'You support Ms De Vries (34) with her debts. The rent has been unpaid for three months and the landlord threatens eviction. For months she has hardly got out of bed, and once she says: "Sometimes I think everyone would be better off without me." Her five-year-old daughter sits in the waiting room; at home there is also a baby.',
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: {
          nl: "Welke aanleidingen voor een kindcheck ziet u?",
          en: "Which triggers for a kindcheck do you see?",
        },
        opties: [
          {
            id: "depressie",
            passend: true,
            tekst: { nl: "Ernstige sombere klachten bij de ouder.", en: "Severe depressive complaints in the parent." },
          },
          {
            id: "doodswens",
            passend: true,
            tekst: {
              nl: "Een uitspraak die kan wijzen op gedachten aan de dood.",
              en: "A remark that may point to thoughts of death.",
            },
          },
          { id: "ontruiming", passend: true, tekst: { nl: "Een dreigende ontruiming.", en: "A threatened eviction." } },
          {
            id: "alleen",
            passend: false,
            tekst: { nl: "Dat zij alleen voor de kinderen zorgt.", en: "That she cares for the children on her own." },
          },
        ],
        weging: {
          nl: "Ernstige somberheid, een doodswens en een dreigende ontruiming zijn elk een aanleiding voor de kindcheck: u gaat na of er kinderen zijn en of zij veilig zijn. Alleenstaand ouderschap is dat op zich niet. Vraag ook meteen door naar de gedachten aan de dood: dat gaat over de veiligheid van mevrouw zelf.",
          en: "Severe low mood, a wish to die and a threatened eviction are each a trigger for the kindcheck: you check whether there are children and whether they are safe. Single parenthood is not one in itself. Also ask straight away about the thoughts of death: that concerns the safety of Ms De Vries herself.",
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Wat mevrouw vertelt", en: "What she tells you" },
      verhaal: {
        nl: 'U vraagt naar de kinderen. Mevrouw vertelt dat de baby \'s ochtends vaak lang huilt omdat zij niet op kan staan; de oudste zorgt dan voor haar zusje. Er is geen partner en weinig familie. Ze wil niet dat "jeugdzorg" erbij komt.',
        en: 'You ask about the children. She tells you that the baby often cries for a long time in the morning because she cannot get up; the eldest then looks after her little sister. There is no partner and little family. She does not want "youth services" involved.',
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Wat doet u nu?", en: "What do you do now?" },
        opties: [
          {
            id: "later",
            passend: false,
            tekst: {
              nl: "U noteert het en komt er bij het volgende gesprek over de schulden op terug.",
              en: "You note it and return to it at the next session about the debts.",
            },
          },
          {
            id: "overleg",
            passend: true,
            tekst: {
              nl: "U bespreekt de signalen met uw aandachtsfunctionaris, en met mevrouw welke steun er voor haar en de kinderen kan komen.",
              en: "You discuss the signals with your aandachtsfunctionaris, and with her what support could come for her and the children.",
            },
          },
          {
            id: "melden",
            passend: false,
            tekst: {
              nl: "U meldt direct bij Veilig Thuis, zonder het met haar te bespreken.",
              en: "You report to Veilig Thuis at once, without discussing it with her.",
            },
          },
        ],
        weging: {
          nl: "Een kind van vijf dat voor een baby zorgt, is een serieus signaal. Overleg snel met de aandachtsfunctionaris en voer daarna het gesprek met mevrouw: open over uw zorg, en samen zoekend naar hulp. Haar angst voor jeugdzorg is begrijpelijk; leg uit wat u wel en niet doet.",
          en: "A five-year-old looking after a baby is a serious signal. Consult the aandachtsfunctionaris quickly, then talk with her: open about your worry, and looking for help together. Her fear of youth services is understandable; explain what you will and will not do.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "U kent mevrouw en voert het gesprek zelf. Benoem dat u ziet hoe zij haar best doet, en dat u zich zorgen maakt over haar en over de kinderen.",
      en: "You know her and hold the conversation yourself. Say that you see how hard she tries, and that you are worried about her and about the children.",
    },
    reacties: [
      {
        reactie: { nl: '"Dus u vindt dat ik een slechte moeder ben."', en: '"So you think I am a bad mother."' },
        mogelijkheid: {
          nl: 'Maak onderscheid tussen haar en de situatie: "Ik zie dat u van uw kinderen houdt. Juist daarom wil ik met u kijken wat er nodig is." Vraag wat zij zelf zou willen.',
          en: 'Separate her from the situation: "I can see that you love your children. That is exactly why I want to look with you at what is needed." Ask what she would want herself.',
        },
      },
      {
        reactie: {
          nl: '"Als ik hulp vraag, pakken ze mijn kinderen af."',
          en: '"If I ask for help, they will take my children away."',
        },
        mogelijkheid: {
          nl: "Wees eerlijk over wat er gebeurt bij hulp en bij een melding. Zeg dat hulp er is om het gezin te steunen. Vraag wat haar zou helpen om hulp toe te laten.",
          en: "Be honest about what happens with help and with a report. Say that help is there to support the family. Ask what would help her to accept help.",
        },
      },
    ],
    dilemmas: ["zorg_mijden"],
  },
  naGesprek: {
    nl: "Mevrouw stemt in met een verwijzing naar de huisarts voor haar somberheid en met gezinsondersteuning via het wijkteam, drie ochtenden per week. Na twee maanden is er een vaste ochtendroutine, gaat de oudste weer op tijd naar school en groeit de baby goed.",
    en: "She agrees to a referral to her GP for her low mood and to family support from the neighbourhood team, three mornings a week. After two months there is a steady morning routine, the eldest gets to school on time again and the baby is growing well.",
  },
  afweging: {
    disclosure: false,
    antwoorden: { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "ja" },
    advies: "hulp",
    waarom: {
      nl: "Er was een vermoeden van dreigende verwaarlozing, zonder acute of structurele onveiligheid. U kon hulp organiseren, mevrouw aanvaardde die, en na twee maanden is er resultaat. Hulp dus, met afspraken om te blijven volgen hoe het gaat; spreekt zij weer over de dood, dan handelt u direct.",
      en: "There was a suspicion of threatening neglect, without acute or structural unsafety. You could organise help, she accepted it, and after two months there is a result. So help, with agreements to keep following how things go; if she speaks of death again, you act at once.",
    },
  },
  teBeoordelen: [
    {
      nl: "Of het risico van de uitspraak over de dood hier genoeg aandacht krijgt (eigen protocol, huisarts, crisisdienst), en of vraag 2 daardoor ja moet zijn.",
      en: "Whether the risk of the remark about death gets enough attention here (own protocol, GP, crisis service), and whether question 2 should be yes because of it.",
    },
  ],
};

export const MILAN_GROEIT_NIET: Oefencasus = {
  id: "milan-groeit-niet",
  sector: "gezondheidszorg",
  themas: ["contact_verbroken"],
  titel: { nl: "Milan groeit niet", en: "Milan is not growing" },
  kern: {
    nl: "Een zuigeling met een groeiachterstand, en ouders die na het zorggesprek het contact verbreken.",
    en: "An infant who is failing to grow, and parents who break off contact after the talk about the worry.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat u ziet", en: "What you see" },
      verhaal: {
        nl: 'Als jeugdverpleegkundige ziet u Milan, vijf maanden. Hij is sinds de vorige afspraak nauwelijks gegroeid, is bleek en heeft een ernstige luieruitslag. Twee afspraken zijn niet nagekomen. Vader zegt dat Milan "gewoon een slechte eter" is.',
        en: 'As a youth health nurse you see Milan, five months old. He has hardly grown since the last appointment, is pale and has a severe nappy rash. Two appointments were missed. His father says Milan is "just a poor eater".',
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: { nl: "Wat legt u vast als signaal?", en: "What do you record as a signal?" },
        opties: [
          {
            id: "groei",
            passend: true,
            tekst: {
              nl: "Het gewicht en de groeicurve, met de data.",
              en: "The weight and the growth curve, with the dates.",
            },
          },
          {
            id: "huid",
            passend: true,
            tekst: { nl: "De luieruitslag, met een beschrijving.", en: "The nappy rash, with a description." },
          },
          {
            id: "afspraken",
            passend: true,
            tekst: { nl: "Twee afspraken niet nagekomen.", en: "Two missed appointments." },
          },
          {
            id: "indruk",
            passend: false,
            tekst: { nl: "Vader maakt een onverschillige indruk.", en: "The father seems indifferent." },
          },
        ],
        weging: {
          nl: "Achterblijvende groei met een verzorgingsprobleem en gemiste afspraken is een bekend patroon bij verwaarlozing, maar kan ook een medische oorzaak hebben. Een ervaren aandachtsfunctionaris legt de meetbare feiten vast, laat de jeugdarts een medische oorzaak nagaan en schrijft een indruk niet op als feit.",
          en: "Faltering growth with a care problem and missed appointments is a known pattern in neglect, but may also have a medical cause. An experienced aandachtsfunctionaris records the measurable facts, has the youth doctor look into a medical cause and does not write an impression down as a fact.",
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Na het eerste gesprek", en: "After the first conversation" },
      verhaal: {
        nl: "U en de jeugdarts bespreken uw zorg met de ouders. Zij worden boos, zeggen dat ze het consultatiebureau niet meer nodig hebben en melden zich af. Telefoon en brieven blijven onbeantwoord.",
        en: "You and the youth doctor discuss your worry with the parents. They become angry, say they no longer need the baby clinic and withdraw. Phone calls and letters go unanswered.",
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Wat doet u nu?", en: "What do you do now?" },
        opties: [
          {
            id: "sluiten",
            passend: false,
            tekst: {
              nl: "De ouders mogen afzien van het consultatiebureau; u sluit het dossier.",
              en: "The parents may stop coming to the baby clinic; you close the file.",
            },
          },
          {
            id: "overleg",
            passend: true,
            tekst: {
              nl: "U overlegt met de jeugdarts en de aandachtsfunctionaris, vraagt Veilig Thuis om advies en zoekt via de huisarts contact.",
              en: "You consult the youth doctor and the aandachtsfunctionaris, ask Veilig Thuis for advice and seek contact through the GP.",
            },
          },
          {
            id: "dreigen",
            passend: false,
            tekst: {
              nl: "U schrijft dat u Veilig Thuis inschakelt als zij niet binnen een week komen.",
              en: "You write that you will involve Veilig Thuis unless they come within a week.",
            },
          },
        ],
        weging: {
          nl: "Ouders die na een zorggesprek het contact verbreken: uw zorg blijft, en u kunt het kind niet meer zien. Een ervaren aandachtsfunctionaris overlegt snel, zoekt contact via wie het gezin nog wel kent, zoals de huisarts, en weegt of hulp nog mogelijk is. Dreigen met een melding beschadigt het laatste vertrouwen.",
          en: "Parents who break off contact after a talk about a worry: your worry remains, and you can no longer see the child. An experienced aandachtsfunctionaris consults quickly, seeks contact through those who still know the family, such as the GP, and weighs whether help is still possible. Threatening a report damages the last trust.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "Het eerste gesprek is al gevoerd. Bereid met de jeugdarts een tweede poging voor: wat kunt u de ouders bieden, en hoe noemt u de zorg zonder te beschuldigen?",
      en: "The first conversation has taken place. Prepare a second attempt with the youth doctor: what can you offer the parents, and how do you name the worry without blaming?",
    },
    reacties: [
      {
        reactie: {
          nl: 'Vader aan de telefoon: "Laat ons met rust, we redden het zelf."',
          en: 'Father on the phone: "Leave us alone, we can manage."',
        },
        mogelijkheid: {
          nl: "Erken hun wens om het zelf te doen. Leg uit dat u zich zorgen maakt over Milans groei en daarom blijft bellen. Vraag of er iemand is bij wie zij wel willen komen, zoals de huisarts.",
          en: "Acknowledge their wish to manage on their own. Explain that you are worried about Milan's growth and will keep calling for that reason. Ask whether there is someone they would go to, such as their GP.",
        },
      },
      {
        reactie: {
          nl: 'Moeder: "Bij jullie voelen we ons altijd beoordeeld."',
          en: 'Mother: "With you people we always feel judged."',
        },
        mogelijkheid: {
          nl: "Vraag wat dat gevoel gaf en neem het serieus. Vraag hoe het gesprek voor hen was. Misschien helpt een andere plek, een ander moment of een andere professional.",
          en: "Ask what gave them that feeling and take it seriously. Ask how the conversation was for them. A different place, a different moment or a different professional may help.",
        },
      },
    ],
    dilemmas: ["samenwerking_verbroken", "zorg_mijden"],
  },
  naGesprek: {
    nl: "Ook via de huisarts lukt het niet om contact te krijgen; de ouders weigeren elke hulp. Niemand heeft Milan de afgelopen vier weken gezien.",
    en: "Even through the GP, no contact can be made; the parents refuse all help. Nobody has seen Milan in the past four weeks.",
  },
  afweging: {
    disclosure: false,
    antwoorden: { 1: "ja", 2: "nee", 3: "ja", 4: "nee" },
    advies: "melden",
    waarom: {
      nl: "Er is een vermoeden van verwaarlozing. Acute onveiligheid is met de metingen niet vastgesteld, maar u kunt het kind niet meer volgen. U zou hulp kunnen bieden, maar de ouders aanvaarden die niet: meldnorm 2, melden bij Veilig Thuis. Vertel de ouders dat u meldt, tenzij dat onveilig is.",
      en: "There is a suspicion of neglect. Acute unsafety has not been established by the measurements, but you can no longer follow the child. You could offer help, but the parents do not accept it: meldnorm 2, report to Veilig Thuis. Tell the parents that you report, unless that is unsafe.",
    },
  },
  teBeoordelen: [
    {
      nl: "Of een zuigeling met groeiachterstand die niemand meer ziet al onder acute onveiligheid (vraag 2) valt.",
      en: "Whether an infant failing to grow whom nobody sees any more already counts as acute unsafety (question 2).",
    },
  ],
};

export const HET_GEZIN_BOS: Oefencasus = {
  id: "het-gezin-bos",
  sector: "jeugdhulp",
  themas: ["gezin_kwijt", "stapeling"],
  titel: { nl: "Bang het gezin kwijt te raken", en: "Afraid of losing the family" },
  kern: {
    nl: "Een moeizaam opgebouwde werkrelatie, en nu zorgen over alcohol en geweld tussen de ouders.",
    en: "A working relationship built with effort, and now worries about alcohol and violence between the parents.",
  },
  fasen: [
    {
      id: "zien",
      titel: { nl: "Wat u ziet", en: "What you see" },
      verhaal: {
        nl: 'U bent al een jaar gezinshulpverlener bij het gezin Bos, met drie kinderen van 4, 9 en 13. Het contact is goed, maar moeizaam opgebouwd: eerdere hulp stopte na een ruzie. Deze maand ruikt u twee keer \'s ochtends alcohol bij vader, en de oudste zegt dat "papa weer zo raar doet".',
        en: 'For a year you have been the family support worker for the Bos family, with three children of 4, 9 and 13. The contact is good, but was hard to build: earlier help ended after a quarrel. This month you twice smell alcohol on the father in the morning, and the eldest says that "dad is acting weird again".',
      },
      beslispunt: {
        soort: "meerkeuze",
        vraag: { nl: "Wat legt u vast?", en: "What do you record?" },
        opties: [
          {
            id: "alcohol",
            passend: true,
            tekst: {
              nl: "Twee keer 's ochtends alcohollucht bij vader, met datum en tijd.",
              en: "Twice an alcohol smell on the father in the morning, with date and time.",
            },
          },
          {
            id: "oudste",
            passend: true,
            tekst: { nl: "Wat de oudste zei, letterlijk.", en: "What the eldest said, word for word." },
          },
          {
            id: "drinkt",
            passend: false,
            tekst: { nl: "Dat vader weer is gaan drinken.", en: "That the father has started drinking again." },
          },
          {
            id: "relatie",
            passend: true,
            tekst: {
              nl: "Dat de ouders meewerken en het contact goed is.",
              en: "That the parents cooperate and the contact is good.",
            },
          },
        ],
        weging: {
          nl: 'Leg ook beschermende factoren vast: de goede werkrelatie is er een. Alcohollucht is een waarneming; "weer drinken" is uw conclusie. En let op uw eigen angst om het gezin kwijt te raken: begrijpelijk, maar die mag het gesprek niet tegenhouden.',
          en: 'Also record protective factors: the good working relationship is one of them. An alcohol smell is an observation; "drinking again" is your conclusion. And notice your own fear of losing the family: understandable, but it must not hold back the conversation.',
        },
      },
    },
    {
      id: "horen",
      titel: { nl: "Een week later", en: "A week later" },
      verhaal: {
        nl: 'De middelste (9) vertelt dat zijn ouders \'s nachts ruzie maakten en dat er "een stoel door de kamer vloog". Moeder heeft een schram op haar wang en zegt dat ze tegen de kast is gelopen.',
        en: 'The middle child (9) tells you that his parents quarrelled at night and that "a chair flew across the room". The mother has a scratch on her cheek and says she walked into the cupboard.',
      },
      beslispunt: {
        soort: "enkele_keuze",
        vraag: { nl: "Wat doet u nu?", en: "What do you do now?" },
        opties: [
          {
            id: "wachten",
            passend: false,
            tekst: {
              nl: "U wacht met het gesprek tot de band sterker is, om het gezin niet kwijt te raken.",
              en: "You wait with the conversation until the bond is stronger, so as not to lose the family.",
            },
          },
          {
            id: "voorbereiden",
            passend: true,
            tekst: {
              nl: "U overlegt met uw aandachtsfunctionaris en bereidt het gesprek zo snel mogelijk voor, met de zorg om de kinderen als opening.",
              en: "You consult your aandachtsfunctionaris and prepare the conversation as soon as possible, with the shared concern for the children as the opening.",
            },
          },
          {
            id: "vader",
            passend: false,
            tekst: {
              nl: "U spreekt vader alleen aan op zijn drankgebruik.",
              en: "You only confront the father about his drinking.",
            },
          },
        ],
        weging: {
          nl: "Geweld tussen ouders waar kinderen bij zijn, is ook kindermishandeling. Uw werkrelatie is juist een kans: de ouders kennen u. Bespreek het zo snel mogelijk, open en zonder oordeel, vanuit wat u allemaal voor de kinderen wilt. Spreek moeder apart als u vreest dat zij niet vrij kan praten.",
          en: "Violence between parents in front of the children is child abuse too. Your working relationship is an opportunity: the parents know you. Raise it as soon as possible, openly and without judgement, starting from what you all want for the children. Speak to the mother separately if you fear she cannot talk freely.",
        },
      },
    },
  ],
  gesprek: {
    aandachtspunt: {
      nl: "U voert het gesprek zelf, samen met de aandachtsfunctionaris. Noem de gedeelde waarde, het beste voor de kinderen, beschrijf wat u zag en hoorde, en geef de ouders ruimte om te reageren.",
      en: "You hold the conversation yourself, together with the aandachtsfunctionaris. Name the shared value, the best for the children, describe what you saw and heard, and give the parents room to respond.",
    },
    reacties: [
      {
        reactie: {
          nl: 'Vader: "Dus jij bent ook al tegen ons. Ik dacht dat jij anders was."',
          en: 'Father: "So you are against us too. I thought you were different."',
        },
        mogelijkheid: {
          nl: "Blijf rustig en benoem wat er het afgelopen jaar goed ging. Zeg dat u eerlijk bent juist omdat u met hen samenwerkt. Keur het geweld af, niet hem.",
          en: "Stay calm and name what went well over the past year. Say that you are honest precisely because you work together. Disapprove of the violence, not of him.",
        },
      },
      {
        reactie: {
          nl: 'Moeder: "Het was één keer, het gebeurt niet meer."',
          en: 'Mother: "It was once, it will not happen again."',
        },
        mogelijkheid: {
          nl: "Neem haar woorden serieus en vraag wat er nodig is om dat waar te maken. Leg afspraken vast en zeg hoe u de veiligheid blijft volgen.",
          en: "Take her words seriously and ask what is needed to make them come true. Record agreements and say how you will keep following the safety.",
        },
      },
    ],
    dilemmas: ["zorg_mijden", "samenwerking_verbroken"],
  },
  naGesprek: {
    nl: "De ouders erkennen de ruzie. Vader gaat naar de verslavingszorg en er komen veiligheidsafspraken. Drie maanden later vertelt de oudste dat er weer is geslagen, en vader is gestopt met zijn behandeling. Het gezin wil wel dat u blijft komen.",
    en: "The parents acknowledge the quarrel. The father starts addiction treatment and safety agreements are made. Three months later the eldest says there was hitting again, and the father has stopped his treatment. The family does want you to keep coming.",
  },
  afweging: {
    disclosure: false,
    antwoorden: { 1: "ja", 2: "nee", 3: "ja", 4: "ja", 5: "nee" },
    advies: "melden_en_hulp",
    waarom: {
      nl: "Na het gesprek was er een vermoeden, maar nog geen structurele onveiligheid, en het gezin nam hulp aan. Die hulp bracht binnen de afgesproken termijn niet de nodige veiligheid: er is opnieuw geweld. Meldnorm 3: melden bij Veilig Thuis. Uw hulp kan doorgaan; bespreek met het gezin dat u meldt.",
      en: "After the conversation there was a suspicion, but no structural unsafety yet, and the family accepted help. That help did not bring the needed safety within the agreed term: there is violence again. Meldnorm 3: report to Veilig Thuis. Your help can continue; tell the family that you report.",
    },
  },
  teBeoordelen: [
    {
      nl: "Of geweld tussen de ouders waar de kinderen bij waren al na het eerste voorval als structurele onveiligheid (vraag 2) moet gelden.",
      en: "Whether violence between the parents witnessed by the children should already count as structural unsafety (question 2) after the first incident.",
    },
  ],
};
