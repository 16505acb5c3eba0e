/**
 * Passwords that attackers try first: the most common and most often breached ones worldwide, Dutch ones,
 * and words tied to this product. Shipped with the code (no network look-up) so the check works offline
 * and gives the same answer everywhere. Everything is lowercase NFC; beoordeelWachtwoord lowercases and
 * normalises the candidate the same way before looking it up.
 *
 * The lists below are stems as much as passwords: every entry is also added with the systematic endings
 * people append to satisfy a length rule (one or two digits, one symbol), and the time-bound words with
 * every year 1950–2030. Together with the stripping of up to four trailing digits or symbols in
 * beoordeelWachtwoord, "wachtwoord2024!", "welkom12345!" and "Feyenoord1908" are all caught without
 * storing every combination.
 */

// Whitespace-separated lists: easy to extend and to review in a diff. No entry contains a space.
const WERELDWIJD = `
password password1 password12 password123 password1234 password12345 password123456 password1! password!
passw0rd passw0rd1 p@ssw0rd p@ssword p@$$w0rd pa$$word pa55word pa55w0rd passwort passwort1 motdepasse
contraseña contrasena senha1234 parola123 haslo123 salasana
12345678 123456789 1234567890 12345678910 123456789012 1234567891 0123456789 01234567 987654321 9876543210
98765432 87654321 11111111 111111111 1111111111 111111111111 00000000 000000000 0000000000 000000000000
22222222 33333333 44444444 55555555 66666666 77777777 88888888 99999999 12341234 123123123 123123123123
12344321 11223344 112233445566 123456123456 147258369 147852369 159753123 159357456 741852963 963852741
123qweasd 123qweasdzxc 123456qwerty 123456abc 123456789a 123456789q 123456789abc 12qwaszx 1234qwer
1234abcd 12345abc 12345qwert 12345qwerty 123abc123 321654987 789456123 789456123456 456789123 102030405060
1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u 1qaz2wsx 1qaz2wsx3edc 1qazxsw2 1qaz!qaz zaq12wsx zaq1zaq1
zaq1xsw2 zaq1xsw2cde3 qazwsxedc qazwsxedcrfv qazxswedc !qaz2wsx q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 a1b2c3d4
a1b2c3d4e5 a1b2c3d4e5f6 1a2b3c4d aa123456 aa12345678 a123456789 a12345678 abc12345 abc123456 abcd1234
abcd12345 abcdefgh abcdefg1 abcdefghij abcdefghijkl abcabcabc qwertyui qwertyuiop qwertyuiop1 qwertyuiop12
qwertyuiop123 qwertyuiopasdfghjkl qwerty12 qwerty123 qwerty1234 qwerty12345 qwerty123456 qwerty123! qwer1234
qwerasdf qwerasdfzxcv qwertyqwerty qweqweqwe qweasdzxc qweasd123 asdfghjkl asdfghjk asdfasdf asdf1234
asdfjkl; asdfqwer asdasdasd asdqwe123 zxcvbnm1 zxcvbnm123 zxcvbnmasdfghjkl zxcvasdf azertyuiop azerty12
azerty123 azerty1234 qwertzuiop qwertz123 1234qwerasdf poiuytrewq lkjhgfdsa mnbvcxz1 0987654321 09876543
iloveyou iloveyou1 iloveyou2 iloveyou12 iloveyou123 iloveyou! iloveyouso iloveyoutoo iloveme1 iloveu123
ilovegod ilovejesus ilovemymom ilovemyself ilovemusic ilovefootball iloveyoubaby loveyou1 loveyou2 lovelove
loveme123 lovely123 sunshine sunshine1 sunshine12 princess princess1 princess12 football football1
football12 footballer baseball baseball1 basketball basketball1 volleyball softball1 superman superman1
superman123 batman123 batman1234 spiderman spiderman1 ironman1 starwars starwars1 trustno1 whatever
whatever1 welcome1 welcome12 welcome123 welcome1234 welcome2 welcome! letmein1 letmein123 letmein! letmein22
sunflower butterfly butterfly1 rainbow1 rainbow123 chocolate chocolate1 cookie123 cheese123 banana123
pokemon1 pokemon123 pikachu1 naruto123 minecraft minecraft1 fortnite roblox123 computer computer1
computer123 internet internet1 samsung1 samsung123 iphone123 blackberry nintendo playstation playstation2
xbox360xbox michelle jennifer jonathan jordan23 michael1 michael123 charlie1 charlie123 danielle christopher
christian christine elizabeth alexander alexandra victoria jessica1 jessica123 ashley123 nicholas
benjamin william1 patricia samantha stephanie caroline1 katherine margaret veronica anthony1 matthew1
richard1 robert123 thomas123 natalie1 isabella gabriel1 fernando santiago alejandro francisco
mercedes corvette mustang1 ferrari1 porsche911 chevrolet chevy123 harley123 yamaha123 kawasaki
chelsea1 liverpool liverpool1 arsenal1 arsenal123 manchester manchesterunited manutd123 barcelona
barcelona1 realmadrid juventus cristiano ronaldo7 cr7cr7cr7 messi1010 lakers24 yankees1 cowboys1
steelers packers1 redskins eagles123 patriots broncos1 dolphins1 raiders1 giants123 warriors
einstein shakespeare mountain1 snowboard skateboard surfing1 fishing1 hunting1 camping1 football10
monkey123 monkey12 dragon123 dragon12 dragon1234 master123 master12 shadow123 shadow12 killer123
hunter123 hunter12 ranger123 buster123 soccer123 soccer12 hockey123 tigger123 maggie123 bailey123
buddy123 lucky123 angel123 angel1234 blessed1 jesus123 jesuschrist godisgood godbless heaven123
family123 friends1 friendship secret123 secret12 access14 access123 system123 server123 oracle123
admin123 admin1234 administrator admin@123 root1234 toor1234 guest123 user1234 default1 changeme
changeme1 changeme123 test1234 test12345 test123456 testtest testing1 testing123 demo1234 temp1234
temporary qwerty!@# !@#$%^&* !@#$%^&*() 1q2w3e!q 1234!@#$ p@55w0rd adminadmin rootroot passpass
passpass1 password2 password3 password7 password8 password9 password01 password11 password99
123456a@ 123456789! 1234567890! abc123abc abc123456789 asdf123456 trustme1 nopassword mypassword
mypassword1 secretpassword newpassword newpassword1 oldpassword password2020 password2021 password2022
password2023 password2024 password2025 summer2024 winter2024 spring2024 autumn2024 january1 february
december november1 october1 september august12 monday123 friday13 sunday123 happyday happy123
happiness goodluck goodbye1 goodgirl goodboy1 bestfriend babygirl babygirl1 babyboy1 sweetheart
sweetie1 honey123 sexylady beautiful beautiful1 gorgeous precious prettygirl lovebug1 teddybear
snoopy123 mickeymouse minniemouse hellokitty tinkerbell cinderella spongebob scooby123 garfield
doraemon 1qazzaq1 qawsedrf abcd!234 asdfg123 zxcvb123 qwert123 asdfgh123 zxcvbn123 qwerty00
123654789 123698745 741258963 852456789 951753852 159951159 147258369123 1122334455 1212121212
12121212 13131313 69696969 696969696969 abcdabcd aaaaaaaa aaaaaaaaaaaa zzzzzzzz qqqqqqqq xxxxxxxx
asdfghjkl123 1234asdf thunder1 thunderbird firebird phoenix1 blackcat whitecat blackdog
redapple greenday1 blueberry strawberry raspberry pineapple watermelon coconut1 peaches1 cherry123
diamond1 diamonds silverado goldfish platinum crystal1 emerald1 sapphire chicago1 newyork1 london123
paris123 berlin123 madrid123 tokyo123 sydney123 toronto1 hollywood california florida1 texas123
america1 canada123 australia brasil123 mexico123 deutschland frankreich england1 scotland ireland1
holland1 nederland1 belgium1 belgique europe123 universe galaxy123 starlight moonlight midnight
twilight sunset12 darkness darkside darkangel blackjack poker123 casino123 lottery1 millionaire
moneymoney money123 dollar123 bitcoin1 bitcoin123 crypto123 ethereum trading1 business1 company1
office123 welcome@123 pass@123 pass@1234 p@ssw0rd1 p@ssword1 p@ssword123 passw0rd! pass1234 pass12345
pass123456 mypass123 password@1 password#1 password$1 password.1 password_1 password-1
`;

const NEDERLANDS = `
wachtwoord wachtwoord1 wachtwoord12 wachtwoord123 wachtwoord1234 wachtwoord! wachtwoord01 wachtw00rd
w8woord w8w00rd wachtwoordje mijnwachtwoord nieuwwachtwoord oudwachtwoord geenwachtwoord wachtwoordwijzigen
welkom welkom1 welkom01 welkom12 welkom123 welkom1234 welkom12345 welkom123456 welkom! welkomwelkom
welkom2024 welkomthuis welkombij welkom01! inloggen aanmelden toegang gebruiker gebruikersnaam
beheerder beheer medewerker administratie secretariaat receptie directie kantoor werkplek
geheim geheim1 geheim123 geheimpje supergeheim topgeheim heelgeheim nietvertellen
hallo hallo1 hallo123 hallo1234 hallohallo hoihoi hoi123 doei dag123 goedemorgen goedemiddag goedenavond
welterusten totziens alsjeblieft alstublieft dankjewel dankuwel bedankt lekker lekkerding gezellig
gezelligheid liefde liefje lieverd schat schatje schattig mijnschat mijnlief ikhouvanjou ikhouvanje
ikhouvanmijnkinderen ikbenhet ikbenik ikweethetniet weetikniet vergeten niks niets iets
voetbal voetbal1 voetbal123 voetballen voetballer ajax ajax1 ajax123 ajax1900 ajaxamsterdam ajaxfan
ajaxajax feyenoord feyenoord1 feyenoord1908 feyenoordrotterdam psv psv1913 psveindhoven azalkmaar
fctwente twente fcutrecht vitesse heerenveen fcgroningen adodenhaag nacbreda willem2 sparta spartarotterdam
peczwolle rodajc fortuna goaheadeagles nec nijmegen oranje hupholland hupholland1 oranjeboven wijzijnoranje
nederland holland amsterdam rotterdam denhaag utrecht eindhoven groningen tilburg almere breda
enschede haarlem arnhem zaandam amersfoort apeldoorn maastricht leiden dordrecht zoetermeer zwolle
deventer delft alkmaar leeuwarden venlo hilversum amstelveen hengelo purmerend roosendaal schiedam
lelystad gouda vlaardingen emmen helmond oss assen heerlen sittard zeeland friesland drenthe overijssel
gelderland brabant limburg flevoland noordholland zuidholland texel schiphol mokum
zomer winter lente herfst voorjaar najaar zomertijd wintertijd zomervakantie vakantie vakantie1
januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend vrijdagmiddag
sinterklaas zwartepiet pietje kerstmis kerst kerstman oudjaar nieuwjaar koningsdag pasen pinksteren
hondje hond honden katje kat poes poesje konijn konijntje paard paarden paardje pony vogel vlinder
beer beertje knuffel knuffelbeer bloem bloemen tulp tulpen roos zonnebloem zonneschijn regenboog
sterretje sterren maan prinses prinsesje ridder koning koningin kabouter kaboutertje draak
stroopwafel kaas kaasje hagelslag pindakaas frikandel bitterbal kroket patat friet drop appeltaart
oliebol oliebollen poffertjes pannenkoek heineken amstel grolsch bavaria biertje koffie thee
molen windmolen klompen dijk polder gracht fiets fietsen brommer scooter auto autootje trein
papa mama opa oma papa123 mama123 mamapapa papamama kinderen familie gezin vrienden vriend vriendin
broer broertje zus zusje baby kindje meisje jongen lieveling
jan piet kees klaas henk gerrit johan willem hendrik cornelis pieter dirk jeroen marco peter
maria johanna wilhelmina anna sanne lotte emma sophie julia tess mila zoe nina fleur anouk lisa iris
eva sara noah lucas sem liam finn milan levi luuk bram thijs jesse ruben daan lars tim
beatrix willemalexander maxima amalia oranjenassau
school basisschool leerling leerlingen juf meester klas onderwijs docent leraar lerares
zorg jeugdzorg thuiszorg kinderopvang opvang peuterspeelzaal huisarts verpleging verpleegkundige
ziekenhuis gemeente wijkteam ggd veiligthuis veilig veiligheid beveiliging jeugd jeugdwerk
meldcode meldwijzer meldwijzer1 meldwijzer123 meldwijzer-demo meldwijzerdemo aandachtsfunctionaris
regenboog123 kindermishandeling huiselijkgeweld signaal signalen
computer laptop telefoon mobiel mobieltje internet wifi printer toetsenbord
voorbeeld proberen probeer testen test123 nieuw nieuw123 veranderen wijzigen tijdelijk tijdelijk1
azertyuiop qwertyuiop lekkerbek kaaskop tukker brabo limbo
`;

/** Short worldwide favourites: too short to pass alone, but the stems people lengthen with digits. */
const STAMMEN = `
123456 12345 1234567 123123 654321 111111 000000 121212 112233 666666 777777 qwerty qwerty1 abc123 abc
asdf zxcvbnm 1q2w3e qazwsx monkey dragon master shadow letmein admin login hello charlie donald
trustno freedom mustang michael superman batman pokemon jordan hunter ranger buster soccer hockey
killer george andrew daniel thomas robert matthew jessica ashley joshua summer spring autumn
flower cookie cheese banana orange apple pepper ginger tigger maggie bailey buddy lucky love lovely
angel angels blessed jesus god heaven family friends secret access system server oracle root toor
guest user default changeme test demo temp pass passw0rd baby sexy hottie star rock music money
happy sunny smile magic power tiger lion eagle wolf bear fish horse kitty puppy doggy football
baseball hannah sophie charlotte amelia oliver harry jack princess sunshine iloveyou
welcome whatever starwars matrix ninja samurai hacker gamer
`;

/** Words tied to a season or year: people write "zomer2024", so these get every year 1950–2030. */
const MET_JAARTAL = `
wachtwoord welkom meldwijzer geheim hallo ajax feyenoord psv voetbal oranje nederland holland amsterdam
rotterdam zomer winter lente herfst voorjaar najaar januari februari maart april mei juni juli augustus
september oktober november december kerst pasen vakantie password welcome summer spring autumn
fall january february march may june july august october qwerty admin test
`;

const EERSTE_JAAR = 1950;
const LAATSTE_JAAR = 2030;
// One symbol keeps the stem-plus-symbol-plus-digits endings ("ajax!2024") within the four characters
// that beoordeelWachtwoord strips.
const SYMBOLEN = ["!", "?", ".", ",", "@", "#", "$", "%", "&", "*", "_", "-", "+"] as const;

const woorden = (lijst: string): string[] =>
  lijst
    .split(/\s+/u)
    .filter((w) => w !== "")
    .map((w) => w.normalize("NFC").toLowerCase());

// A variant shorter than this can never decide a check: a password must have at least 12 characters and
// at most four trailing ones are stripped before the look-up. Skipping them saves most of the memory.
const KORTSTE_NUTTIGE_VARIANT = 8;

function bouwLijst(): Set<string> {
  const lijst = new Set<string>();
  const voegVariantToe = (variant: string): void => {
    if ([...variant].length >= KORTSTE_NUTTIGE_VARIANT) lijst.add(variant);
  };
  for (const woord of [...woorden(WERELDWIJD), ...woorden(NEDERLANDS), ...woorden(STAMMEN)]) {
    lijst.add(woord);
    for (let n = 0; n < 10; n++) voegVariantToe(`${woord}${n}`);
    for (let n = 0; n < 100; n++) voegVariantToe(`${woord}${String(n).padStart(2, "0")}`);
    for (const s of SYMBOLEN) voegVariantToe(`${woord}${s}`);
    voegVariantToe(`${woord}${woord}`);
  }
  for (const woord of woorden(MET_JAARTAL)) {
    for (let jaar = EERSTE_JAAR; jaar <= LAATSTE_JAAR; jaar++) {
      lijst.add(`${woord}${jaar}`);
      lijst.add(`${woord}${jaar}!`);
    }
  }
  return lijst;
}

/**
 * Sealed against change at runtime, not only in the type: Object.freeze alone leaves a Set's add(),
 * delete() and clear() working, and a module that quietly shrank this list would weaken every account.
 */
function verzegel(lijst: Set<string>): ReadonlySet<string> {
  const weiger = (): never => {
    throw new TypeError("De lijst met veelgebruikte wachtwoorden is niet te wijzigen.");
  };
  Object.defineProperties(lijst, { add: { value: weiger }, delete: { value: weiger }, clear: { value: weiger } });
  return Object.freeze(lijst);
}

let lijst: ReadonlySet<string> | undefined;

/**
 * Lowercase NFC entries; look up the lowercased NFC form of a candidate. Built on the first call, not at
 * import: only setting a password needs it, and building it would otherwise delay every start (decision 0068).
 */
export function veelgebruikteWachtwoorden(): ReadonlySet<string> {
  lijst ??= verzegel(bouwLijst());
  return lijst;
}
