// The accessibility statement (tillgänglighetsredogörelse) in DIGG's structure, as Markdown, from the profile and
// what the kit's tests check. Kept here so the known problems are listed in one place.
import { markdownText, markdownUrl, type Profile } from './profile.ts';
import { langCodes, languages } from '../i18n/languages.ts';

// Derived from the language list, so a new language changes the statement by itself.
const swedishNames = new Intl.DisplayNames(['sv'], { type: 'language' });
const rtlNames = new Intl.ListFormat('sv', { type: 'conjunction' }).format(langCodes.filter((code) => languages[code].dir === 'rtl').map((code) => swedishNames.of(code) ?? code));

export interface StatementInput {
  profile: Profile;
  siteName: string;
  /** YYYY-MM-DD of the last assessment. */
  assessed: string;
}

export const knownProblems = [
  'Översättningar som är gjorda med maskinöversättning är inte granskade av en människa än. Det står på varje sådan sida, på läsarens språk.',
  'Texter som inte finns på ditt språk än visas på svenska. Sidan säger det på ditt språk.',
  'PDF-filerna görs automatiskt. De har taggar och inbäddade typsnitt, men de är inte granskade mot PDF/UA.',
  'Talarvyn i bildspelen (tangenten S) bygger på reveal.js. Dess knappar och klocka visas på sidans språk, men den är inte testad med skärmläsare.',
  'Sökningen, kursplaneraren och sammanställningen av utvärderingar behöver JavaScript. Texterna, bildspelens utskrifter och PDF-filerna går att läsa utan.',
  'Varje bild i bildspelen har en kort textbeskrivning. Där en översatt bild saknar egen beskrivning läses den svenska upp, märkt som svenska.',
];

export function statementMarkdown({ profile, siteName, assessed }: StatementInput): string {
  // Profile values are text: escaped for Markdown and HTML, so a name like "<img onerror=…>" or "A_B*" reads as typed.
  const name = markdownText(profile.name);
  const { email, url: contactUrl } = profile.accessibilityContact ?? {};
  const contact = email
    ? `e-post till [${markdownText(email)}](${markdownUrl(`mailto:${email}`)})`
    : contactUrl
      ? `[kontaktsidan](${markdownUrl(contactUrl)})`
      : profile.url
        ? `${name} via [${markdownText(profile.url.replace(/^https:\/\//, ''))}](${markdownUrl(profile.url)})`
        : name;
  return `## Tillgänglighet för ${markdownText(siteName)}

${name} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver
vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända
tillgänglighetsproblem den har och hur du kan rapportera brister så att vi kan åtgärda dem.

## Hur tillgänglig är webbplatsen?

Vi vet att delar av webbplatsen inte är helt tillgängliga. Se avsnittet om innehåll som inte är tillgängligt nedan.

## Vad kan du göra om du inte kan använda delar av webbplatsen?

Behöver du innehållet i en annan form? Kontakta ${contact}.

## Rapportera brister i webbplatsens tillgänglighet

Vi strävar efter att webbplatsen ska vara så tillgänglig som möjligt. Upptäcker du problem som inte står på den här
sidan, eller tycker du att vi inte uppfyller lagen? Kontakta ${contact}, så att vi vet att problemet finns.

## Tillsyn

Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn av lagen om tillgänglighet till digital offentlig
service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [anmäla det till Digg](https://www.digg.se/tdosanmalan).

## Teknisk information om webbplatsens tillgänglighet

Webbplatsen är **delvis förenlig** med lagen om tillgänglighet till digital offentlig service, på grund av de brister
som beskrivs nedan. Målet är nivå AA i WCAG 2.1.

### Innehåll som inte är tillgängligt

${knownProblems.map((problem) => `- ${problem}`).join('\n')}

## Hur vi testat webbplatsen

Vi har gjort en självskattning (intern testning). Varje gång webbplatsen byggs testas den automatiskt:

- axe-core mot WCAG 2.1 nivå A och AA på alla sorters sidor, på alla ${langCodes.length} språk,
- W3C:s validator för HTML på alla sidor,
- att språk och läsriktning är rätt på varje sida, också för ${rtlNames},
- att bildspelen går att styra med tangentbord och presentatör i båda läsriktningarna,
- att sidorna fungerar på liten skärm (390 px bred): axe-core mot WCAG 2.2 nivå AA, också storleken på klickytor, och att texterna går att läsa utan JavaScript,
- att PDF-filerna har inbäddade typsnitt, marginaler och sidhuvud, och att texten går att söka i och kopiera på alla språk.

Vi har också tittat på sidorna och utskrifterna själva. Senaste bedömningen gjordes den ${assessed}.

Redogörelsen uppdaterades senast den ${assessed}.
`;
}
