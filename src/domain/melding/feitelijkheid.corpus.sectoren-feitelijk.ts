import type { CorpusZin } from "./feitelijkheid.corpus.basis.ts";
import { feit } from "./feitelijkheid.corpus.basis.ts";

/**
 * Sentences from the other sectors (childcare, youth care, health care, social support for adults) and
 * the other sections of the report (the conversation, the steps taken, protective factors), added with
 * the anchor rule (decision 0026). Facts include the hard cases: "nooit" in what parents said, a
 * diagnosis with the professional who made it, an inner state with what showed it.
 */
export const SECTOREN_FEITELIJK: readonly CorpusZin[] = [
  feit(
    "kinderopvang",
    "feiten",
    "Bij het brengen op 14 oktober had Jesse (2) een schaafwond van ongeveer 3 cm op zijn voorhoofd; vader zei dat hij uit bed was gevallen.",
  ),
  feit(
    "kinderopvang",
    "feiten",
    "Op 3 november trok Mila (18 maanden) bij het verschonen haar benen op en begon zij te gillen toen de pedagogisch medewerker haar luier losmaakte.",
  ),
  feit(
    "kinderopvang",
    "gesprek",
    "Volgens de ouders slaapt Ravi nooit voor middernacht, zeiden zij op 12 maart bij de intake.",
  ),
  feit(
    "kinderopvang",
    "stappen",
    "Op 15 november heeft de locatiemanager de aandachtsfunctionaris geraadpleegd en het gesprek met de ouders voorbereid.",
  ),
  feit(
    "kinderopvang",
    "beschermend",
    "Oma haalt Jesse op dinsdag en donderdag op en neemt dan een tas met schone kleren voor hem mee.",
  ),
  feit(
    "kinderopvang",
    "onveiligheid",
    "Op 20 januari stond vader om 16.45 uur bij de groep met een blikje bier in zijn hand en wilde hij Mila in de auto meenemen.",
  ),
  feit(
    "kinderopvang",
    "risicofactoren",
    "Moeder vertelde op 9 februari dat zij sinds de geboorte van de tweeling drie nachten per week niet slaapt en daardoor overdag in slaap valt terwijl de kinderen op de bank zitten.",
  ),
  feit(
    "kinderopvang",
    "feiten",
    "De pedagogisch medewerker woog Ravi op 4 maart op verzoek van de jeugdverpleegkundige: 9,1 kilo, 400 gram minder dan op 5 februari.",
  ),
  feit(
    "kinderopvang",
    "feiten",
    "Jesse huilde op 14 oktober twintig minuten aan het hek en riep vier keer: 'Niet naar huis.'",
  ),
  feit(
    "jeugdhulp",
    "feiten",
    "Tijdens het huisbezoek op 11 april lagen er in de woonkamer drie volle vuilniszakken en stond de koelkast leeg, op een pak melk na.",
  ),
  feit(
    "jeugdhulp",
    "gesprek",
    "Kevin (15) vertelde op 2 mei aan zijn ambulant hulpverlener dat zijn stiefvader hem de avond ervoor tegen de muur had geduwd.",
  ),
  feit(
    "jeugdhulp",
    "feiten",
    "Volgens de gezinsvoogd is moeder sinds januari vier van de zes afspraken over de omgang niet nagekomen.",
  ),
  feit(
    "jeugdhulp",
    "stappen",
    "Op 18 april hebben wij het veiligheidsplan met beide ouders besproken; vader heeft het niet ondertekend.",
  ),
  feit(
    "jeugdhulp",
    "beschermend",
    "De tante van Kevin heeft aangeboden dat hij bij haar mag logeren en heeft op 20 april een kamer voor hem ingericht.",
  ),
  feit("jeugdhulp", "onveiligheid", "Kevin zei op 2 mei: 'Als ik vanavond thuiskom, slaat hij me weer.'"),
  feit(
    "jeugdhulp",
    "feiten",
    "De kinderpsychiater heeft in maart bij Lisa een posttraumatische stressstoornis vastgesteld.",
  ),
  feit(
    "jeugdhulp",
    "risicofactoren",
    "Vader is in 2023 veroordeeld voor mishandeling van zijn vorige partner en woont sinds februari weer bij het gezin.",
  ),
  feit("jeugdhulp", "gesprek", "Volgens de ouders gaat Lisa nooit zonder toestemming de deur uit."),
  feit(
    "jeugdhulp",
    "feiten",
    "Op 7 mei zat Lisa bij aankomst op de groep twintig minuten met haar jas aan in een hoek en gaf zij op geen enkele vraag antwoord.",
  ),
  feit(
    "jeugdhulp",
    "feiten",
    "Kevin trilde op 2 mei over zijn hele lichaam en zei dat hij bang was om naar huis te gaan.",
  ),
  feit(
    "gezondheidszorg",
    "feiten",
    "Op het consultatiebureau had de baby van 6 weken op 12 juni een bloeduitstorting van 1 cm achter het linkeroor; moeder kon niet zeggen hoe die was ontstaan.",
  ),
  feit(
    "gezondheidszorg",
    "gesprek",
    "Moeder zei tijdens het spreekuur op 3 juli dat haar partner haar telefoon controleert en dat zij zonder hem de deur niet uit mag.",
  ),
  feit(
    "gezondheidszorg",
    "feiten",
    "De röntgenfoto van 14 augustus toonde bij Sam (4 maanden) een genezende breuk van de rechteronderarm; volgens de radioloog is die twee tot drie weken oud.",
  ),
  feit(
    "gezondheidszorg",
    "stappen",
    "De huisarts heeft op 16 augustus overlegd met de vertrouwensarts van Veilig Thuis.",
  ),
  feit(
    "gezondheidszorg",
    "onveiligheid",
    "Bij de controle door de verloskundige op 9 september had de zwangere cliënte blauwe plekken in de vorm van vingers op beide bovenarmen.",
  ),
  feit(
    "gezondheidszorg",
    "feiten",
    "Vader bracht Sam op 20 augustus om 23.40 uur naar de spoedeisende hulp, zes uur nadat Sam volgens hem van de commode was gevallen.",
  ),
  feit("gezondheidszorg", "beschermend", "De kraamverzorgster komt tot 1 oktober op werkdagen van 9.00 tot 13.00 uur."),
  feit(
    "gezondheidszorg",
    "risicofactoren",
    "Moeder is zwanger van haar vierde kind en heeft de laatste drie controles bij de verloskundige afgezegd.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "feiten",
    "Bij het thuiszorgbezoek op 5 maart lag mevrouw De Vries (84) om 10.00 uur nog in een natte incontinentiebroek en stond er geen drinken binnen haar bereik.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "gesprek",
    "Mevrouw De Vries vertelde op 5 maart dat haar zoon haar bankpas heeft en dat zij sinds januari geen geld meer in handen krijgt.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "feiten",
    "Op de bankafschriften die de cliënt ons op 12 maart liet zien, staan in februari zes overboekingen van samen 2.300 euro naar de rekening van zijn neef.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "onveiligheid",
    "Op 19 maart zat de slaapkamerdeur van meneer Bakker van buitenaf op slot; de wijkverpleegkundige kreeg de deur pas na tien minuten open met de sleutel van de buurvrouw.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "stappen",
    "Het wijkteam heeft op 22 maart met de cliënte en haar dochter gesproken over wie welke zorg op zich neemt.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "beschermend",
    "De buurvrouw komt elke middag om 14.00 uur bij mevrouw De Vries langs en belt het wijkteam als zij niet opendoet.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "risicofactoren",
    "De zoon woont sinds zijn ontslag in december bij zijn moeder in en beheert haar geld, waardoor de eigen bijdrage voor de thuiszorg twee maanden niet is betaald.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "gesprek",
    "Meneer Bakker zei op 19 maart: 'Mijn dochter zegt dat ik anders ga dwalen.'",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "feiten",
    "Mevrouw Yilmaz had op 2 april bij het wijkspreekuur een gezwollen rechteroog en een snee van 2 cm in haar wenkbrauw; zij zei dat haar man een asbak naar haar had gegooid.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "onveiligheid",
    "Mevrouw Yilmaz vertelde op 2 april dat haar man heeft gedreigd haar en de kinderen iets aan te doen als zij naar de politie gaat.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "feiten",
    "Mevrouw De Vries is rolstoelafhankelijk en woont op de tweede verdieping van een flat zonder lift.",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "feiten",
    "Mevrouw De Vries begon te huilen toen haar zoon op 12 maart binnenkwam en trok de deken over haar hoofd.",
  ),
  feit(
    "onderwijs",
    "feiten",
    "Tijdens de gymles op 23 september zag de vakleerkracht striemen van ongeveer 10 cm op de rug van Omar.",
  ),
  feit("onderwijs", "gesprek", 'Omar zei daarover: "Dat is van de riem, maar ik mag het niet zeggen."'),
  feit(
    "onderwijs",
    "stappen",
    "Op 24 september heeft de intern begeleider het signaal in het leerlingdossier vastgelegd en de aandachtsfunctionaris ingelicht.",
  ),
  feit(
    "onderwijs",
    "beschermend",
    "Omar gaat drie middagen per week naar voetbaltraining; de trainer haalt hem dan op en brengt hem terug.",
  ),
  feit(
    "onderwijs",
    "feiten",
    "Fleur had in de eerste vier schoolweken 11 keer geen gymkleren bij zich en droeg op 30 september sandalen terwijl het regende.",
  ),
  feit(
    "onderwijs",
    "risicofactoren",
    "Volgens de leerplichtambtenaar is Fleur sinds de zomervakantie 23 uur ongeoorloofd afwezig geweest.",
  ),
  feit(
    "onderwijs",
    "onveiligheid",
    "Op 2 oktober vertelde Fleur dat zij die nacht met haar broertje van 4 alleen thuis was en dat haar moeder om 3.00 uur thuiskwam.",
  ),
  feit("onderwijs", "gesprek", "Volgens moeder is Fleur thuis altijd vrolijk, zei zij in het gesprek van 4 oktober."),
  feit(
    "onderwijs",
    "stappen",
    "De schoolarts heeft Omar op 8 oktober onderzocht en de striemen in zijn dossier beschreven en gefotografeerd.",
  ),
  feit(
    "onderwijs",
    "gesprek",
    "Vader zei op 9 oktober dat hij Omar nooit slaat en dat de striemen van een val van de trampoline komen.",
  ),
  feit("onderwijs", "feiten", "Noah was op 14 maart de hele ochtend stil en at zijn lunch niet op."),
  feit(
    "kinderopvang",
    "feiten",
    "De pedagogisch medewerker hoorde Daan op 3 maart tegen een pop zeggen: 'Stil zijn, anders krijg je klappen.'",
  ),
  feit(
    "maatschappelijke_ondersteuning",
    "feiten",
    "Meneer Jansen is sinds zijn beroerte in 2022 halfzijdig verlamd en kan niet zelf uit bed komen.",
  ),
  feit("onderwijs", "stappen", "Op 10 april hebben wij onze zorgen met beide ouders besproken."),
  feit("gezondheidszorg", "feiten", "Vader werd tijdens het gesprek op 6 mei boos en sloeg met zijn hand op tafel."),
];
