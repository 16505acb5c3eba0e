import type { Kennis } from "./schema.ts";

/**
 * Stap 4: the three situations in which reporting is always the norm, with examples per sector.
 *
 * The definitions and the onderwijs examples follow seed 003 (bijlage 1, drawn up with Veilig Thuis),
 * in the product's own words; seed 003 leaves the disclosure examples empty, so those are our own.
 * REVIEW: the examples for kinderopvang, jeugdhulp, sociaal_werk, gezondheidszorg and overig are
 * written from the public afwegingskaders of those professions (childcare; the cluster of pedagogues,
 * psychologists, social workers and youth and family professionals; youth health care and doctors)
 * and their shared standard definitions. They must be reviewed by a domain expert before release.
 */
export const DEFINITIES: Kennis["definities"] = {
  acuteOnveiligheid: {
    definitie: {
      nl: "Iemand is in direct lichamelijk gevaar, zijn of haar veiligheid is de komende dagen niet zeker, en er is nu bescherming nodig. Het gaat om lichamelijk of seksueel geweld, met of zonder letsel, of om het ontbreken van de meest basale zorg bij iemand die van zorg afhankelijk is.",
      en: "Someone is in direct physical danger, their safety is not assured in the coming days, and protection is needed now. This concerns physical or sexual violence, with or without injury, or the absence of the most basic care for someone who depends on care.",
    },
    voorbeelden: {
      onderwijs: [
        {
          nl: "Een leerling heeft letsel waarvoor medische zorg nodig is, en er is een vermoeden dat iemand het heeft toegebracht.",
          en: "A pupil has an injury that needs medical care, and it is suspected that someone caused it.",
        },
        {
          nl: "Een leerling vertelt dat iemand thuis hem bij de keel heeft gegrepen, of met een wapen heeft bedreigd.",
          en: "A pupil says someone at home grabbed him by the throat, or threatened him with a weapon.",
        },
        {
          nl: "Er is een vermoeden dat een leerling seksueel wordt misbruikt of uitgebuit.",
          en: "It is suspected that a pupil is being sexually abused or exploited.",
        },
        {
          nl: "Een leerling wordt thuis opgesloten of alleen gelaten zonder volwassene, of krijgt geen eten.",
          en: "A pupil is locked in or left alone at home without an adult, or is not given food.",
        },
        {
          nl: "Een leerling woont alleen bij een ouder die acuut psychotisch is, of die net een suïcidepoging heeft gedaan.",
          en: "A pupil lives alone with a parent who is acutely psychotic, or who has just attempted suicide.",
        },
      ],
      kinderopvang: [
        {
          nl: "Een ouder komt het kind halen en is duidelijk onder invloed van alcohol of drugs, en wil met het kind wegrijden.",
          en: "A parent comes to collect the child, is clearly under the influence of alcohol or drugs, and wants to drive off with the child.",
        },
        {
          nl: "Een baby heeft blauwe plekken of een zwelling die niet past bij de uitleg of bij wat de baby al kan.",
          en: "A baby has bruises or a swelling that does not fit the explanation or what the baby can already do.",
        },
        {
          nl: "Een kind doet of zegt seksuele dingen die wijzen op seksueel misbruik.",
          en: "A child does or says sexual things that point to sexual abuse.",
        },
        {
          nl: "Een ouder bedreigt bij het brengen of halen de andere ouder met geweld, terwijl het kind erbij is.",
          en: "At drop-off or pick-up, a parent threatens the other parent with violence while the child is present.",
        },
        {
          nl: "Een kind is ernstig ondervoed of ziek, en thuis wordt er geen dokter bij gehaald.",
          en: "A child is seriously underfed or ill, and no doctor is called in at home.",
        },
      ],
      jeugdhulp: [
        {
          nl: "Een jongere vertelt dat een ouder hem gisteren zo heeft geslagen dat hij bloedde, en hij moet vanavond weer naar huis.",
          en: "A young person says a parent hit him so hard yesterday that he bled, and he has to go home again tonight.",
        },
        {
          nl: "Bij een huisbezoek is een ouder zo onder invloed dat niemand voor de jonge kinderen zorgt.",
          en: "On a home visit, a parent is so intoxicated that nobody is looking after the young children.",
        },
        {
          nl: "Een ouder dreigt zichzelf en de kinderen iets aan te doen.",
          en: "A parent threatens to harm themselves and the children.",
        },
        {
          nl: "Een contactverbod tegen een gewelddadige ouder loopt af, en er zijn geen afspraken over de veiligheid.",
          en: "A restraining order against a violent parent is ending, and there are no arrangements for safety.",
        },
        {
          nl: "Er is een vermoeden dat een jongere seksueel wordt uitgebuit.",
          en: "It is suspected that a young person is being sexually exploited.",
        },
      ],
      sociaal_werk: [
        {
          nl: "Een cliënt vertelt dat haar ex-partner haar vanochtend bij de keel heeft gegrepen.",
          en: "A client says her ex-partner grabbed her by the throat this morning.",
        },
        {
          nl: "Een cliënt is met de kinderen van huis gevlucht voor geweld en heeft geen veilige plek om te slapen.",
          en: "A client has fled home with the children because of violence and has no safe place to sleep.",
        },
        {
          nl: "Een cliënt met jonge kinderen doet een suïcidepoging of is acuut verward.",
          en: "A client with young children attempts suicide or is acutely confused.",
        },
        {
          nl: "Een oudere die van zorg afhankelijk is, krijgt van de mantelzorger geen eten, drinken of medicijnen.",
          en: "An older person who depends on care gets no food, drink or medication from their carer.",
        },
        {
          nl: "Een cliënt wordt door de partner bedreigd met een mes of een ander wapen.",
          en: "A client is threatened by their partner with a knife or another weapon.",
        },
      ],
      gezondheidszorg: [
        {
          nl: "Een baby heeft een botbreuk, bloeduitstortingen of hersenletsel zonder passende verklaring.",
          en: "A baby has a fracture, bruising or a brain injury without a fitting explanation.",
        },
        {
          nl: "Een zwangere vrouw heeft letsel door geweld van haar partner.",
          en: "A pregnant woman has injuries from violence by her partner.",
        },
        {
          nl: "Ouders weigeren dringende medische zorg voor hun kind, terwijl de gezondheid van het kind daardoor acuut gevaar loopt.",
          en: "Parents refuse urgent medical care for their child, while the child's health is in acute danger because of it.",
        },
        {
          nl: "Een ouder verzint of veroorzaakt klachten bij het kind, of geeft valse medische informatie.",
          en: "A parent invents or causes symptoms in the child, or gives false medical information.",
        },
        {
          nl: "Een meisje loopt het risico op korte termijn besneden te worden, bijvoorbeeld tijdens een geplande reis.",
          en: "A girl is at risk of being cut soon, for example during a planned trip.",
        },
      ],
      overig: [
        {
          nl: "Iemand heeft letsel door geweld waarvoor medische zorg nodig is.",
          en: "Someone has an injury from violence that needs medical care.",
        },
        {
          nl: "Iemand wordt bedreigd met de dood, met een wapen of met ontvoering.",
          en: "Someone is threatened with death, with a weapon, or with abduction.",
        },
        {
          nl: "Een jong kind is alleen thuis, zonder volwassene die voor het zorgt.",
          en: "A young child is home alone, without an adult to look after them.",
        },
        {
          nl: "Er is een vermoeden dat een minderjarige seksueel wordt misbruikt.",
          en: "It is suspected that a minor is being sexually abused.",
        },
      ],
    },
  },
  structureleOnveiligheid: {
    definitie: {
      nl: "Onveilige situaties of geweld herhalen zich of duren voort. Wat eerder is gebeurd, voorspelt het sterkst wat nog komt. Kijk daarom naar herhaling, naar signalen bij de ouders en naar signalen bij het kind of het slachtoffer.",
      en: "Unsafe situations or violence repeat or continue. What has happened before is the strongest predictor of what is still to come. So look at repetition, at signals in the parents, and at signals in the child or the victim.",
    },
    voorbeelden: {
      onderwijs: [
        {
          nl: "Een leerling groeit op bij ouders met zo ernstige problemen, zoals een verslaving of psychische ziekte, dat zijn veiligheid steeds opnieuw wordt bedreigd.",
          en: "A pupil grows up with parents whose problems, such as an addiction or mental illness, are so serious that his safety is threatened again and again.",
        },
        {
          nl: "Een leerling verzuimt veel, vaak zonder duidelijke reden.",
          en: "A pupil misses a lot of school, often without a clear reason.",
        },
        {
          nl: "Een leerling is steeds weer getuige van geweld tussen de ouders.",
          en: "A pupil witnesses violence between the parents again and again.",
        },
        {
          nl: "Een leerling komt geregeld met blauwe plekken of ander letsel op school.",
          en: "A pupil regularly comes to school with bruises or other injuries.",
        },
        {
          nl: "Een leerling wordt ernstig verwaarloosd: komt steeds zonder eten, in vuile kleren, of zonder zorg voor een ziekte.",
          en: "A pupil is seriously neglected: keeps arriving without food, in dirty clothes, or without care for an illness.",
        },
      ],
      kinderopvang: [
        {
          nl: "Een kind komt steeds opnieuw hongerig, vies of met te dunne kleren naar de opvang.",
          en: "A child keeps arriving at childcare hungry, dirty, or in clothes too thin for the weather.",
        },
        {
          nl: "Een kind vertelt of speelt telkens na dat er thuis wordt geschreeuwd en geslagen.",
          en: "A child keeps telling or acting out in play that there is shouting and hitting at home.",
        },
        {
          nl: "Bij het brengen en halen ziet u telkens dat een ouder het kind ruw vastpakt of uitscheldt.",
          en: "At drop-off and pick-up you repeatedly see a parent grab the child roughly or call the child names.",
        },
        {
          nl: "Een kind heeft regelmatig letsel, met steeds een andere verklaring.",
          en: "A child regularly has injuries, each time with a different explanation.",
        },
      ],
      jeugdhulp: [
        {
          nl: "Ondanks de hulp blijft er geweld tussen de ouders, waar de kinderen bij zijn.",
          en: "Despite the help, violence between the parents continues, and the children are present.",
        },
        {
          nl: "Afspraken uit het veiligheidsplan worden telkens niet nagekomen.",
          en: "Agreements from the safety plan are repeatedly not kept.",
        },
        {
          nl: "Een ouder met ernstige psychische problemen of een verslaving valt steeds terug, en de kinderen zitten dan zonder zorg.",
          en: "A parent with serious mental health problems or an addiction keeps relapsing, and the children are then left without care.",
        },
        {
          nl: "Een jongere wordt thuis stelselmatig vernederd, bedreigd of buitengesloten.",
          en: "A young person is systematically humiliated, threatened or shut out at home.",
        },
      ],
      sociaal_werk: [
        {
          nl: "Een cliënt wordt al jaren door de partner gecontroleerd, gekleineerd en financieel afhankelijk gehouden.",
          en: "For years, a client has been controlled, belittled and kept financially dependent by their partner.",
        },
        {
          nl: "De politie is al vaker bij het gezin geweest voor ruzies waarbij werd geslagen.",
          en: "The police have been to the family several times before for rows in which there was hitting.",
        },
        {
          nl: "Een ex-partner blijft de cliënt stalken, en het wordt steeds erger.",
          en: "An ex-partner keeps stalking the client, and it keeps getting worse.",
        },
        {
          nl: "Door schulden, verslaving en psychische problemen komen de kinderen steeds opnieuw tekort.",
          en: "Because of debts, addiction and mental health problems, the children go short again and again.",
        },
      ],
      gezondheidszorg: [
        {
          nl: "Een kind blijft achter in groei en ontwikkeling zonder medische oorzaak, ondanks advies en hulp.",
          en: "A child falls behind in growth and development without a medical cause, despite advice and help.",
        },
        {
          nl: "Ouders houden noodzakelijke behandeling van het kind herhaaldelijk af, waardoor zijn gezondheid achteruitgaat.",
          en: "Parents repeatedly keep necessary treatment from the child, so that the child's health declines.",
        },
        {
          nl: "Een kind komt herhaaldelijk met letsel op de spoedeisende hulp.",
          en: "A child repeatedly comes to the emergency department with injuries.",
        },
        {
          nl: "Een patiënt met kinderen is ernstig verslaafd of depressief, en de kinderen zorgen al lange tijd voor zichzelf.",
          en: "A patient with children is severely addicted or depressed, and the children have been looking after themselves for a long time.",
        },
      ],
      overig: [
        {
          nl: "Iemand is steeds opnieuw getuige of slachtoffer van geweld in huis.",
          en: "Someone keeps witnessing or suffering violence at home.",
        },
        {
          nl: "Eerdere hulp heeft de onveiligheid niet gestopt; het geweld komt terug.",
          en: "Earlier help did not stop the unsafety; the violence comes back.",
        },
        {
          nl: "Een kind krijgt al lange tijd niet de zorg die het nodig heeft.",
          en: "A child has long been going without the care they need.",
        },
      ],
    },
  },
  disclosure: {
    definitie: {
      nl: "Een slachtoffer, kind of volwassene, vertelt u uit zichzelf over geweld of mishandeling, met of zonder een vraag om hulp. Vaak zit het slachtoffer dan in een crisis en is het bang voor de eigen veiligheid of voor die van anderen in het gezin.",
      en: "A victim, child or adult, tells you of their own accord about violence or abuse, whether or not they ask for help. Often the victim is then in a crisis and afraid for their own safety or that of others in the family.",
    },
    voorbeelden: {
      onderwijs: [
        {
          nl: "Na de les vertelt een leerling aan de leerkracht dat er thuis wordt geslagen.",
          en: "After class, a pupil tells the teacher that there is hitting at home.",
        },
        {
          nl: "Een leerling schrijft in een opdracht dat iemand thuis haar aanraakt op een manier die ze niet wil.",
          en: "In an assignment, a pupil writes that someone at home touches her in a way she does not want.",
        },
        {
          nl: "Een leerling vraagt de mentor om hulp, omdat hij bang is om naar huis te gaan.",
          en: "A pupil asks the mentor for help because he is afraid to go home.",
        },
        {
          nl: "Een ouder vertelt tijdens een oudergesprek dat de partner haar bedreigt.",
          en: "During a parent meeting, a parent says her partner threatens her.",
        },
      ],
      kinderopvang: [
        {
          nl: "Een kind op de buitenschoolse opvang vertelt uit zichzelf dat een volwassene thuis het pijn doet.",
          en: "A child at after-school care says of their own accord that an adult at home hurts them.",
        },
        {
          nl: "Een ouder vertelt de pedagogisch medewerker dat haar partner haar slaat en dat ze bang is.",
          en: "A parent tells the childcare worker that her partner hits her and that she is afraid.",
        },
        {
          nl: "Een kind vraagt of het op de opvang mag blijven slapen, omdat het bang is voor thuis.",
          en: "A child asks whether they may stay the night at the centre, because they are afraid of home.",
        },
      ],
      jeugdhulp: [
        {
          nl: "Een jongere vertelt in een begeleidingsgesprek dat zijn stiefvader hem slaat.",
          en: "In a counselling session, a young person says his stepfather hits him.",
        },
        {
          nl: "Een moeder vertelt de gezinscoach dat haar partner haar telefoon controleert en haar bedreigt.",
          en: "A mother tells the family coach that her partner checks her phone and threatens her.",
        },
        {
          nl: "Een jongere vraagt om hulp, omdat een familielid haar seksueel misbruikt.",
          en: "A young person asks for help because a relative is sexually abusing her.",
        },
      ],
      sociaal_werk: [
        {
          nl: "Bij de schuldhulp vertelt een cliënt dat haar partner al haar geld afpakt en haar slaat.",
          en: "At debt counselling, a client says her partner takes all her money and hits her.",
        },
        {
          nl: "Een oudere bezoeker van het buurthuis vertelt dat haar zoon haar bedreigt en geld afneemt.",
          en: "An older visitor to the community centre says her son threatens her and takes her money.",
        },
        {
          nl: "Een jongere vertelt de jongerenwerker dat hij moet trouwen met iemand die zijn familie heeft gekozen.",
          en: "A young person tells the youth worker that he has to marry someone his family has chosen.",
        },
      ],
      gezondheidszorg: [
        {
          nl: "Tijdens een spreekuur vertelt een jongere de jeugdverpleegkundige dat hij thuis wordt geslagen.",
          en: "During a consultation, a young person tells the youth nurse that he is hit at home.",
        },
        {
          nl: "Een moeder vertelt op het consultatiebureau dat haar partner haar bedreigt.",
          en: "At the child health clinic, a mother says her partner threatens her.",
        },
        {
          nl: "Een patiënt vertelt de huisarts dat ze door haar partner tot seks wordt gedwongen.",
          en: "A patient tells the GP that her partner forces her into sex.",
        },
      ],
      overig: [
        {
          nl: "Een kind vertelt u uit zichzelf dat het thuis pijn wordt gedaan.",
          en: "A child tells you of their own accord that they are being hurt at home.",
        },
        {
          nl: "Een volwassene vertelt dat de partner haar bedreigt en dat ze bang is.",
          en: "An adult says her partner threatens her and that she is afraid.",
        },
        {
          nl: "Een oudere vertelt dat een familielid geld afneemt of haar verwaarloost.",
          en: "An older person says a relative takes her money or neglects her.",
        },
      ],
    },
  },
};
