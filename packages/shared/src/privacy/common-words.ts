// Capitalised words that are not names: sentence openers, titles, months and days, and words from
// the sector's own organisations and projects ("Sociaal Werk werkt!"). Lower case; a starter list,
// extended when a false alarm shows up.
const WORDS = `
de het een en of maar want dus toen nu dan als om op in met voor na bij van tot uit aan over onder
door naar sinds tijdens volgens tegen zonder langs rond vanaf vanuit
ik jij je u hij zij ze wij we jullie hun haar zijn mijn onze ons uw hem men er
dit dat deze die wat wie waar wanneer waarom hoe welke welk elke iedere alle veel sommige geen
ook wel niet nog al even eerst daarna daarom verder toch helaas gelukkig misschien inmiddels
hierna hier daar vandaag gisteren morgen vanmiddag vanochtend vanmorgen vanavond vannacht
ja nee oké ok hallo hoi hey beste lieve groet groeten dank bedankt dankjewel dankuwel graag
meneer mevrouw mevr dhr mw heer juffrouw juf meester dokter dr drs ir ing mr prof
moeder vader ouder ouders zoon dochter broer zus oma opa kind kinderen gezin baby jongere jongeren
cliënt client cliënten clienten bewoner bewoners deelnemer deelnemers collega collega's
geboren geb geboortedatum geboortejaar bsn postcode adres tel telefoon mail email e-mail
januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag pasen kerst kerstmis pinksteren
gemeente stichting team wijkteam jeugdzorg jeugdhulp zorg welzijn sociaal sociale werk werker
wijk buurt project app intervisie casus overleg vergadering training bijeenkomst werkgroep
social support nederland nederlandse rijk provincie regio
`;

export const COMMON_CAPITALISED_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
