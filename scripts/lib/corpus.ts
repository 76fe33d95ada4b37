/**
 * A synthetic corpus: any number of made-up stories, each reported by several made-up outlets,
 * written to pass every content rule (quotes verbatim in one paragraph, grounded answers, kept
 * attribution, declared relations). Deterministic: the same options give the same files, byte
 * for byte. Used by `npm run bench` (the 1,000-story site) and by unit tests (a few stories).
 *
 * Realistic where search and the build feel it: articles of 700–900 words in about 20
 * paragraphs, 20 claims each, names with accents and apostrophes that grow the vocabulary story
 * by story (as proper names do in real news), and a list of misspelt queries with what each
 * must find. Nothing here is true of any real place or person.
 *
 * Pure: it returns file contents and writes nothing (scripts/corpus.ts writes them).
 */
import { dump } from 'js-yaml';

export interface CorpusOptions {
  /** How many stories. */
  stories: number;
  /** Outlets reporting each story (at most the size of the outlet pool, 24). Default 5. */
  outletsPerStory?: number;
  /** Claims per article. Default 20. */
  claimsPerArticle?: number;
  /** Changes every choice; the same seed gives the same corpus. Default 1. */
  seed?: number;
}

/** A misspelt query and where the word it misspells is. */
export interface TypoQuery {
  /** What the reader types. */
  query: string;
  /** The word they meant, as written in the articles. */
  intended: string;
  /** The articles (`<story>/<outlet>`) holding that word: a result in any of them is a hit. */
  articles: string[];
}

export interface Corpus {
  /** Path inside the content folder (`outlets/x.yaml`, `articles/<story>/<outlet>.md`…) → file text. */
  files: Map<string, string>;
  /** Misspelt queries, a fixed share per story, in story order. */
  typos: TypoQuery[];
  /** Plain words spread over the corpus, for queries that match many documents. */
  commonWords: string[];
  /** Each story's files (its story file first, then its articles), in story order: the last is the newest. */
  storyFiles: string[][];
  stats: { stories: number; articles: number; claims: number; paragraphs: number; words: number };
}

/** mulberry32: a small, fast, well-mixed generator; enough for made-up text. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const chance = (p: number) => next() < p;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return { next, int, pick, chance, shuffle };
}
type Random = ReturnType<typeof random>;

const words = (text: string) => text.trim().split(/\s+/);

const FIRST_NAMES = words(`
  Ada Adèle Aiko Akosua Alejandro Amara Amir Ana Anders Ángel Anika Arjun Astrid Aurélie Aziz Beatriz Bjørn Bongani
  Camille Carmen Chidi Chloé Claudia Dara Dávid Diego Dilnoza Dmitri Eamon Efua Elif Élodie Emeka Emil Esra Fatima
  Felipe Femi Freya Gabriel Grażyna Hana Hamid Hannelore Helga Hiroshi Ibrahim Ilse Imani Inés Ingrid Ioana Isaac
  Jabari Jana Jarosław Javier Jiří Joaquín Jonas Josefa Julien Kamala Kenji Kofi Lars Leila Liesel Lucía Luka
  Magnus Malik Mańka Marek Mariam Marta Mateo Mehmet Mei Milica Miriam Nadia Naledi Nikolai Noor Olumide Omar
  Oskar Paloma Pavel Priya Rafael Rania Reza Rosa Ruth Saanvi Salma Santiago Sebastián Siobhán Søren Soraya Tarek
  Thandiwe Tomasz Ulla Valentina Vikram Wanjiru Xavier Yara Yusuf Zainab Zoltán Zofia`);

const SYLLABLES = words(`ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu
  ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zo bra dre gri klo pra sto tra vel mar tor ben
  gal han jor kes lin mor nar pel rin sol tam ulm var wen yor zel har fen dal`);
const SURNAME_ENDINGS = words(`ski ska sen son ova ov ez ini ani oglu berg stein escu ović ás ić ardt mann ley wood ford ton
  ville eira elli aro ou ides adze yan ian kar ma ur`);
const PLACE_ENDINGS = words(`ville burg ford haven stad pur abad polis holm field mouth bridge port dorf ska ia ora ene`);
const ROLES = words(`mayor governor minister spokesperson commissioner director chief`);
const AUTHORITIES = [
  'the regional council',
  'the interior ministry',
  'the emergency services',
  'the city authorities',
  'the national police',
  'the civil defence agency',
];
const FIELDS = words(`hydrology seismology engineering economics epidemiology transport climate security logistics`);
const ORG_KINDS = ['University', 'Institute', 'Observatory', 'Research Centre', 'Foundation'];

/** What happened, and the words that go with it. */
interface EventKind {
  noun: string;
  /** "struck", "broke out"… */
  verb: string;
  affected: string;
  causes: string[];
  responses: string[];
}
const EVENTS: EventKind[] = [
  {
    noun: 'flood',
    verb: 'struck',
    affected: 'residents',
    causes: ['heavy rain', 'a burst dam', 'melting snow', 'a blocked river channel'],
    responses: ['declared an emergency', 'sent in the army', 'opened shelters'],
  },
  {
    noun: 'fire',
    verb: 'broke out in',
    affected: 'residents',
    causes: ['a faulty cable', 'dry weather', 'arson', 'a gas leak'],
    responses: ['ordered an evacuation', 'called in water bombers', 'opened shelters'],
  },
  {
    noun: 'earthquake',
    verb: 'shook',
    affected: 'people',
    causes: ['a shallow fault', 'a deep fault', 'an aftershock sequence'],
    responses: ['declared an emergency', 'sent rescue teams', 'closed schools'],
  },
  {
    noun: 'rail crash',
    verb: 'happened near',
    affected: 'passengers',
    causes: ['a signal failure', 'excessive speed', 'a broken rail', 'driver error'],
    responses: ['suspended services', 'ordered track inspections', 'opened an inquiry'],
  },
  {
    noun: 'storm',
    verb: 'hit',
    affected: 'households',
    causes: ['a tropical cyclone', 'a cold front', 'unusually warm seas'],
    responses: ['opened shelters', 'closed the port', 'sent in the army'],
  },
  {
    noun: 'protest',
    verb: 'filled the streets of',
    affected: 'protesters',
    causes: ['a fuel price rise', 'a new labour law', 'a disputed election', 'school closures'],
    responses: ['imposed a curfew', 'promised talks', 'deployed riot police'],
  },
  {
    noun: 'factory explosion',
    verb: 'rocked',
    affected: 'workers',
    causes: ['a chemical leak', 'a boiler failure', 'a dust explosion'],
    responses: ['closed the plant', 'opened an inquiry', 'arrested the owner'],
  },
  {
    noun: 'landslide',
    verb: 'buried part of',
    affected: 'villagers',
    causes: ['heavy rain', 'illegal quarrying', 'deforestation'],
    responses: ['sent rescue teams', 'ordered an evacuation', 'declared an emergency'],
  },
  {
    noun: 'power blackout',
    verb: 'left',
    affected: 'households',
    causes: ['a grid fault', 'a cyberattack', 'a heatwave', 'a substation fire'],
    responses: ['rationed electricity', 'opened an inquiry', 'imported power'],
  },
  {
    noun: 'ferry accident',
    verb: 'happened off',
    affected: 'passengers',
    causes: ['overloading', 'rough seas', 'an engine failure'],
    responses: ['suspended ferry services', 'sent the coast guard', 'opened an inquiry'],
  },
  {
    noun: 'outbreak',
    verb: 'spread through',
    affected: 'patients',
    causes: ['contaminated water', 'a new virus strain', 'poor sanitation'],
    responses: ['opened field clinics', 'closed schools', 'began vaccinations'],
  },
  {
    noun: 'bridge collapse',
    verb: 'happened in',
    affected: 'motorists',
    causes: ['corroded cables', 'an overloaded lorry', 'flood damage', 'poor maintenance'],
    responses: ['closed other bridges', 'opened an inquiry', 'arrested two engineers'],
  },
];

/** Words for the connecting sentences: enough of them that articles read differently. */
const SUBJECTS = words(`officials residents volunteers engineers neighbours teachers doctors nurses farmers traders drivers
  shopkeepers analysts councillors firefighters families students inspectors economists rescuers workers pensioners`);
const VERBS = words(`described recalled questioned welcomed criticised described debated reviewed examined counted
  mapped inspected cleared repaired rebuilt surveyed documented monitored estimated compared`);
const OBJECTS = [
  'the damage',
  'the response',
  'the warnings',
  'the repairs',
  'the costs',
  'the delays',
  'the shelters',
  'the roads',
  'the clinics',
  'the schools',
  'the markets',
  'the records',
  'the budget',
  'the timetable',
  'the equipment',
  'the supply lines',
  'the insurance claims',
  'the water supply',
  'the power lines',
  'the emergency plans',
];
const ADVERBS = [
  'Meanwhile',
  'Elsewhere',
  'Later',
  'Earlier',
  'Overnight',
  'Nearby',
  'Separately',
  'Since then',
  'By evening',
  'By morning',
];
const ADJECTIVES = words(`slow careful uneven chaotic orderly costly patient quiet tense hurried thorough limited uncertain
  steady difficult painstaking frustrating remarkable unusual familiar`);
const PLACES_IN_TOWN = [
  'the old town',
  'the harbour district',
  'the market square',
  'the northern suburbs',
  'the industrial zone',
  'the university quarter',
  'the riverside',
  'the ring road',
  'the central station',
  'the hospital district',
];
const COMMON_WORDS = ['shelters', 'insurance', 'timetable', 'volunteers', 'inspectors', 'repairs', 'warnings', 'budget'];

const OUTLET_NAMES = [
  ['The Harbour Courier', 'Courier', 'Regional daily newspaper'],
  ['Northgate Daily', 'Northgate', 'National daily newspaper'],
  ['Meridian Wire', 'Meridian', 'News agency (wire service)'],
  ['The Evening Ledger', 'Ledger', 'Evening newspaper'],
  ['Civic Radio News', 'Civic Radio', 'Public radio newsroom'],
  ['The Plainsman', undefined, 'Weekly newspaper'],
  ['Atlas Broadcasting', 'Atlas', 'Television news channel'],
  ['Lanterna Online', 'Lanterna', 'Online news site'],
  ['The Quarterdeck', undefined, 'Independent news site'],
  ['Riverbank Tribune', 'Tribune', 'Local newspaper'],
  ['Continental Press', 'ContiPress', 'International news agency'],
  ['The Sentinel Review', 'Sentinel', 'Weekly magazine'],
  ['Brightwater Post', 'Post', 'City newspaper'],
  ['Ostrava Observer', 'Observer', 'English-language daily'],
  ['Keystone Reports', 'Keystone', 'Online newsroom'],
  ['The Morning Lamp', 'Lamp', 'Morning newspaper'],
  ['Southern Cross Media', 'Southern Cross', 'Broadcaster'],
  ['Halvard & Lind', undefined, 'Financial news service'],
  ['Pioneer Bulletin', 'Pioneer', 'Community newspaper'],
  ['The Civic Lens', 'Lens', 'Nonprofit newsroom'],
  ['Granite News Network', 'GNN', 'Cable news channel'],
  ['Vesper Journal', 'Vesper', 'Evening news site'],
  ['The Long Table', undefined, 'Reader-funded magazine'],
  ['Orbit Dispatch', 'Orbit', 'Digital news agency'],
] as const;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function nameFrom(r: Random, endings: readonly string[], syllables = 2) {
  let stem = '';
  for (let i = 0; i < syllables; i++) stem += r.pick(SYLLABLES);
  return capital(stem + r.pick(endings));
}

/** One person of a story: "Mayor Ilse Varnoski". */
interface Person {
  first: string;
  last: string;
  full: string;
}
const person = (r: Random): Person => {
  const first = r.pick(FIRST_NAMES);
  // Now and then a name with an apostrophe or a particle, which folding must handle.
  const last = r.chance(0.08) ? `O’${nameFrom(r, SURNAME_ENDINGS, 1)}` : nameFrom(r, SURNAME_ENDINGS, 1 + r.int(2));
  return { first, last, full: `${first} ${last}` };
};

/** Everything a story's articles say, before any outlet words it. */
interface StoryFacts {
  id: string;
  event: EventKind;
  place: string;
  region: string;
  date: Date;
  day: string;
  official: Person & { role: string };
  witness: Person;
  expert: Person & { field: string; org: string };
  authority: string;
  hour: number;
  dead: number;
  injured: number;
  evacuated: number;
  damage: number;
  aid: number;
  arrests: number;
  year: number;
  cause: string;
  response: string;
  district: string;
  hospital: string;
  neighbour: string;
  reopen: string;
  critic: Person;
  ally: string;
  team: number;
  /** Answers every outlet words alike, so an outlet's second claim on a topic gives the same one. */
  promise: string;
  sight: string;
  view: string;
  inquiry: string;
  effect: string;
  next: string;
}

/** One claim as an outlet writes it: the sentence in the body, our description, the answer. */
interface Written {
  topic: string;
  sentence: string;
  /** The words of the sentence the claim quotes; the whole sentence when absent. */
  quote?: string;
  text: string;
  value?: string;
}

interface Topic {
  id: string;
  question: (f: StoryFacts) => string;
  /**
   * How an outlet words the claim. `variant` is this outlet's answer (0 is the common one) and
   * `own` the outlet's label, for claims in its own voice.
   */
  write: (f: StoryFacts, r: Random, variant: number, own: string) => Written;
  /** How many different answers outlets may give, and how they relate. */
  variants?: { count: number; relation: 'conflict' | 'compatible'; note: string };
}

const said = (r: Random) => r.pick(['officials said', 'police said', 'local authorities said', 'a spokesperson said']);
const n = (value: number) => value.toLocaleString('en-GB');

const TOPICS: Topic[] = [
  {
    id: 'day',
    question: (f) => `On what day did the ${f.event.noun} happen?`,
    variants: { count: 2, relation: 'conflict', note: 'One outlet gives another day than the rest.' },
    write: (f, r, v, own) => {
      const day = v === 0 ? f.day : DAYS[(DAYS.indexOf(f.day) + 6) % 7]!;
      const attribution = said(r);
      return {
        topic: 'day',
        sentence: `The ${f.event.noun} ${f.event.verb} ${f.place} on ${day}, ${attribution}.`,
        text: `${own} reports that, as ${attribution}, the ${f.event.noun} happened on ${day}.`,
        value: day,
      };
    },
  },
  {
    id: 'place',
    question: (f) => `Where did the ${f.event.noun} happen?`,
    write: (f, r, _v, own) => ({
      topic: 'place',
      sentence: `It was centred on ${f.district} of ${f.place}, a town of about ${n(20_000 + 1000 * r.int(80))} people in ${f.region}.`,
      text: `${own} places the ${f.event.noun} in ${f.place}, in ${f.region}.`,
      value: f.place,
    }),
  },
  {
    id: 'time',
    question: (f) => `At what time did the ${f.event.noun} begin?`,
    variants: { count: 2, relation: 'compatible', note: 'Outlets give times an hour apart, as early reports often do.' },
    write: (f, _r, v, own) => {
      const hour = ((f.hour + v - 1) % 12) + 1;
      return {
        topic: 'time',
        sentence: `The first calls came in shortly after ${hour} o’clock, according to ${f.authority}.`,
        text: `According to ${f.authority}, as ${own} reports, the first calls came shortly after ${hour} o’clock.`,
        value: `after ${hour} o’clock`,
      };
    },
  },
  {
    id: 'dead',
    question: (f) => `How many people died in the ${f.event.noun}?`,
    variants: { count: 2, relation: 'compatible', note: 'The toll rose during the day; outlets reported it at different times.' },
    write: (f, r, v, own) => {
      const dead = f.dead + v * (2 + (f.dead % 5));
      const attribution = said(r);
      return {
        topic: 'dead',
        sentence: `At least ${dead} people were killed, ${attribution}, and the toll could rise.`,
        text: `${own} reports that at least ${dead} people were killed, as ${attribution}.`,
        value: `at least ${dead}`,
      };
    },
  },
  {
    id: 'injured',
    question: () => `How many people were injured?`,
    write: (f, _r, _v, own) => ({
      topic: 'injured',
      sentence: `Hospitals in ${f.region} treated ${f.injured} injured ${f.event.affected}, several of them in a serious condition.`,
      text: `${own} reports that hospitals treated ${f.injured} injured ${f.event.affected}.`,
      value: String(f.injured),
    }),
  },
  {
    id: 'evacuated',
    question: (f) => `How many ${f.event.affected} had to leave their homes?`,
    variants: { count: 2, relation: 'compatible', note: 'One outlet counts only those in shelters, the others everyone who left.' },
    write: (f, _r, v, own) => {
      const count = v === 0 ? f.evacuated : Math.round(f.evacuated / 3);
      return {
        topic: 'evacuated',
        sentence: `Some ${n(count)} ${f.event.affected} spent the night away from home, many of them in school gyms and church halls.`,
        text: `${own} writes that some ${n(count)} ${f.event.affected} spent the night away from home.`,
        value: n(count),
      };
    },
  },
  {
    id: 'cause',
    question: (f) => `What caused the ${f.event.noun}?`,
    variants: { count: 2, relation: 'conflict', note: 'Outlets name different causes, which the investigation has yet to settle.' },
    write: (f, r, v, own) => {
      const cause = v === 0 ? f.cause : f.event.causes.find((c) => c !== f.cause)!;
      const hedge = r.pick(['was reportedly caused by', 'was believed to have been caused by']);
      return {
        topic: 'cause',
        sentence: `The ${f.event.noun} ${hedge} ${cause}.`,
        text: `${own} reports that the ${f.event.noun} ${hedge} ${cause}.`,
        value: cause,
      };
    },
  },
  {
    id: 'official',
    question: () => 'Who leads the response?',
    write: (f, _r, _v, own) => ({
      topic: 'official',
      sentence: `The response is led by ${capital(f.official.role)} ${f.official.full}, who arrived in ${f.place} within hours.`,
      text: `${own} names ${capital(f.official.role)} ${f.official.full} as the person leading the response.`,
      value: f.official.full,
    }),
  },
  {
    id: 'official-words',
    question: (f) => `What did the ${f.official.role} promise?`,
    write: (f) => ({
      topic: 'official-words',
      sentence: `“We will ${f.promise},” ${f.official.last} said at a briefing on ${f.day} evening.`,
      text: `${f.official.last} said at a briefing that the authorities would ${f.promise}.`,
      value: f.promise,
    }),
  },
  {
    id: 'witness',
    question: () => 'What did witnesses describe?',
    write: (f) => ({
      topic: 'witness',
      sentence: `“I saw ${f.sight} and then everything went dark,” said ${f.witness.full}, who lives nearby.`,
      text: `${f.witness.full}, who lives nearby, said they saw ${f.sight}.`,
      value: f.sight,
    }),
  },
  {
    id: 'expert',
    question: () => 'What do experts say about the risk?',
    write: (f) => ({
      topic: 'expert',
      sentence: `${f.expert.full}, a ${f.expert.field} expert at the ${f.expert.org}, said ${f.view}.`,
      text: `${f.expert.full} of the ${f.expert.org} said ${f.view}.`,
      value: f.view,
    }),
  },
  {
    id: 'damage',
    question: () => 'How much damage was estimated?',
    variants: { count: 2, relation: 'compatible', note: 'The estimates come from different sources: insurers and the government.' },
    write: (f, r, v, own) => {
      const damage = f.damage * (v + 1);
      const source = v === 0 ? 'insurers' : 'the government';
      return {
        topic: 'damage',
        sentence: `Early estimates from ${source} put the damage at ${damage} million crowns${r.chance(0.5) ? ', though the figure was expected to change' : ''}.`,
        text: `${own} reports early estimates from ${source} of ${damage} million crowns in damage.`,
        value: `${damage} million crowns`,
      };
    },
  },
  {
    id: 'warning',
    question: () => 'Was there a warning beforehand?',
    variants: { count: 2, relation: 'conflict', note: 'Outlets disagree on whether a warning was issued.' },
    write: (f, r, v, own) => {
      const attribution = said(r);
      return v === 0
        ? {
            topic: 'warning',
            sentence: `No warning had been issued before the ${f.event.noun}, ${attribution}.`,
            text: `${own} reports that, as ${attribution}, no warning had been issued.`,
            value: 'no warning',
          }
        : {
            topic: 'warning',
            sentence: `A warning had been issued on the morning of the ${f.event.noun}, ${attribution}.`,
            text: `${own} reports that, as ${attribution}, a warning had been issued that morning.`,
            value: 'a warning that morning',
          };
    },
  },
  {
    id: 'response',
    question: () => 'How did the government respond?',
    write: (f, _r, _v, own) => ({
      topic: 'response',
      sentence: `The government ${f.response} within a day of the ${f.event.noun}.`,
      text: `${own} reports that the government ${f.response}.`,
      value: f.response,
    }),
  },
  {
    id: 'aid',
    question: () => 'What aid was promised?',
    write: (f, _r, _v, own) => ({
      topic: 'aid',
      sentence: `The cabinet approved ${f.aid} million crowns in emergency aid for ${f.region}.`,
      text: `${own} reports that the cabinet approved ${f.aid} million crowns in emergency aid.`,
      value: `${f.aid} million crowns`,
    }),
  },
  {
    id: 'inquiry',
    question: () => 'Is there an investigation?',
    write: (f, _r, _v, own) => ({
      topic: 'inquiry',
      sentence: `${capital(f.inquiry)} ${f.inquiry === 'prosecutors' ? 'have' : 'has'} opened an investigation into the ${f.event.noun}.`,
      text: `${own} reports that ${f.inquiry} ${f.inquiry === 'prosecutors' ? 'have' : 'has'} opened an investigation.`,
      value: f.inquiry,
    }),
  },
  {
    id: 'arrests',
    question: () => 'Has anyone been arrested?',
    write: (f, r, _v, own) => {
      const attribution = said(r);
      return f.arrests === 0
        ? {
            topic: 'arrests',
            sentence: `No one has been arrested, ${attribution}.`,
            text: `${own} reports that, as ${attribution}, no one has been arrested.`,
            value: 'no arrests',
          }
        : {
            topic: 'arrests',
            sentence: `${capital(n(f.arrests))} people have been detained for questioning, ${attribution}.`,
            quote: `people have been detained for questioning, ${attribution}`,
            text: `${own} reports that, as ${attribution}, people have been detained for questioning.`,
            value: 'detentions',
          };
    },
  },
  {
    id: 'history',
    question: (f) => `Has ${f.place} seen such a ${f.event.noun} before?`,
    write: (f, _r, _v, own) => ({
      topic: 'history',
      sentence: `The last ${f.event.noun} of this size in ${f.region} was in ${f.year}.`,
      text: `${own} writes that the last ${f.event.noun} of this size in the region was in ${f.year}.`,
      value: String(f.year),
    }),
  },
  {
    id: 'transport',
    question: () => 'Were roads or services affected?',
    write: (f, _r, _v, own) => ({
      topic: 'transport',
      sentence: `In ${f.place}, ${f.effect} for much of the following day.`,
      text: `${own} reports that ${f.effect} for much of the following day.`,
      value: f.effect,
    }),
  },
  {
    id: 'next',
    question: () => 'What happens next?',
    write: (f, _r, _v, own) => ({
      topic: 'next',
      sentence: `The ${f.official.role} said ${f.next} would follow.`,
      text: `${own} reports that the ${f.official.role} said ${f.next} would follow.`,
      value: f.next,
    }),
  },
  {
    id: 'hospital',
    question: () => 'Where were the injured taken?',
    write: (f, _r, _v, own) => ({
      topic: 'hospital',
      sentence: `Most of the injured were taken to ${f.hospital}, where extra staff were called in.`,
      text: `${own} reports that most of the injured were taken to ${f.hospital}.`,
      value: f.hospital,
    }),
  },
  {
    id: 'volunteers',
    question: () => 'Who helped the rescuers?',
    write: (f, _r, _v, own) => ({
      topic: 'volunteers',
      sentence: `Volunteers from ${f.neighbour} joined the rescue teams before dawn.`,
      text: `${own} reports that volunteers from ${f.neighbour} joined the rescue teams.`,
      value: `volunteers from ${f.neighbour}`,
    }),
  },
  {
    id: 'schools',
    question: () => 'Were schools closed?',
    write: (f, r, _v, own) => {
      const attribution = said(r);
      return {
        topic: 'schools',
        sentence: `Schools in ${f.place} will stay closed until ${f.reopen}, ${attribution}.`,
        text: `${own} reports that, as ${attribution}, schools will stay closed until ${f.reopen}.`,
        value: `closed until ${f.reopen}`,
      };
    },
  },
  {
    id: 'opposition',
    question: () => 'What did the opposition say?',
    write: (f) => ({
      topic: 'opposition',
      sentence: `${f.critic.full}, who leads the opposition in ${f.region}, said the government had ignored years of warnings.`,
      text: `${f.critic.full}, an opposition leader, said the government had ignored years of warnings.`,
      value: 'ignored warnings',
    }),
  },
  {
    id: 'foreign-help',
    question: () => 'Did other countries offer help?',
    write: (f, _r, _v, own) => ({
      topic: 'foreign-help',
      sentence: `${f.ally} sent a team of ${f.team} specialists and two cargo planes of supplies.`,
      text: `${own} reports that ${f.ally} sent ${f.team} specialists and supplies.`,
      value: f.ally,
    }),
  },
  {
    id: 'insurance',
    question: () => 'Will insurers pay?',
    write: (f, r, _v, own) => {
      const hedge = r.pick(['reportedly', 'according to the insurers’ association,']);
      return {
        topic: 'insurance',
        sentence: `Most policies ${hedge} cover the damage, but many homes in ${f.district} were not insured.`,
        text: `${own} reports that most policies ${hedge.replace(/,$/, '')} cover the damage, but many homes were not insured.`,
        value: 'partly',
      };
    },
  },
];

function facts(r: Random, index: number): StoryFacts {
  const event = EVENTS[index % EVENTS.length]!;
  const place = nameFrom(r, PLACE_ENDINGS, 1 + r.int(2));
  const region = `${nameFrom(r, PLACE_ENDINGS, 1)} Province`;
  // Stories a few days apart, newest first in index order: the site lists them newest first.
  const date = new Date(Date.UTC(2024, 0, 1) + index * 2 * 86_400_000);
  const cause = r.pick(event.causes);
  const official = { ...person(r), role: r.pick(ROLES) };
  const expert = { ...person(r), field: r.pick(FIELDS), org: `${nameFrom(r, PLACE_ENDINGS, 1)} ${r.pick(ORG_KINDS)}` };
  return {
    id: `${slug(event.noun)}-${slug(place)}-${index + 1}`,
    event,
    place,
    region,
    date,
    day: DAYS[date.getUTCDay()]!,
    official,
    witness: person(r),
    expert,
    authority: r.pick(AUTHORITIES),
    hour: 1 + r.int(12),
    dead: 2 + r.int(40),
    injured: 5 + r.int(200),
    evacuated: 200 + 50 * r.int(400),
    damage: 5 + r.int(300),
    aid: 2 + r.int(90),
    arrests: r.chance(0.6) ? 0 : 2 + r.int(8),
    year: 1950 + r.int(70),
    cause,
    response: r.pick(event.responses),
    district: r.pick(PLACES_IN_TOWN),
    hospital: `${r.pick(['St', 'General', 'University', 'Central', 'Memorial'])} ${r.pick(['Hospital', 'Clinic', 'Infirmary'])} of ${nameFrom(r, PLACE_ENDINGS, 1)}`,
    neighbour: nameFrom(r, PLACE_ENDINGS, 2),
    reopen: r.pick(DAYS.slice(1, 6)),
    critic: person(r),
    ally: `the Republic of ${nameFrom(r, ['ia', 'ara', 'onia', 'istan', 'land', 'esia'], 2)}`,
    team: 10 + r.int(90),
    promise: r.pick([
      'rebuild every damaged home',
      'find out what went wrong',
      'help every family that lost its home',
      'reopen the schools within a month',
    ]),
    sight: r.pick([
      'a wall of water',
      'people running through the smoke',
      'the street split open',
      'cars swept along the street',
      'flames above the rooftops',
    ]),
    view: r.pick([
      'the warning signs had been there for years',
      'the region is badly prepared',
      'such events will become more frequent',
      'the response was faster than last time',
    ]),
    inquiry: r.pick(['prosecutors', 'an independent commission', 'the safety board']),
    effect: r.pick(['the main road was closed', 'trains were suspended', 'the airport was closed', 'bus services were cut']),
    next: r.pick(['a public inquiry', 'a vote in parliament', 'a review of building rules', 'a national day of mourning']),
  };
}

/** A sentence that connects the claims, in one of a few shapes. */
function filler(r: Random, f: StoryFacts): string {
  switch (r.int(6)) {
    case 0:
      return `${r.pick(ADVERBS)}, ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} in ${r.pick(PLACES_IN_TOWN)}.`;
    case 1:
      return `${capital(r.pick(SUBJECTS))} ${r.pick(VERBS)} ${r.pick(OBJECTS)} and ${r.pick(OBJECTS)}, a ${r.pick(ADJECTIVES)} task that could take weeks.`;
    case 2:
      return `The work in ${f.place} was ${r.pick(ADJECTIVES)} and ${r.pick(ADJECTIVES)}, and ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} late into the night.`;
    case 3:
      return `Across ${f.region}, ${r.pick(SUBJECTS)} and ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.`;
    case 4:
      return `${capital(r.pick(OBJECTS))} remained a concern for ${r.pick(SUBJECTS)}, who ${r.pick(VERBS)} ${r.pick(OBJECTS)} with ${r.pick(ADJECTIVES)} care.`;
    default:
      return `By the end of the week, ${r.pick(SUBJECTS)} had ${r.pick(VERBS)} ${r.pick(OBJECTS)} near ${r.pick(PLACES_IN_TOWN)}, while ${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)}.`;
  }
}

/** One misspelling of a word: a letter swapped, dropped, doubled or replaced, never the first. */
function misspell(r: Random, word: string): string {
  const at = 1 + r.int(word.length - 2);
  const letters = 'aeioulnrst';
  switch (r.int(4)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default: {
      const replaced = letters.replace(word[at]!.toLowerCase(), '');
      return word.slice(0, at) + r.pick([...replaced]) + word.slice(at + 1);
    }
  }
}

const yaml = (data: unknown) => dump(data, { lineWidth: -1, noRefs: true });

export function generateCorpus(options: CorpusOptions): Corpus {
  const perStory = Math.min(options.outletsPerStory ?? 5, OUTLET_NAMES.length);
  const claimsPerArticle = Math.min(options.claimsPerArticle ?? 20, TOPICS.length);
  const r = random(options.seed ?? 1);
  const files = new Map<string, string>();
  const typos: TypoQuery[] = [];
  const storyFiles: string[][] = [];
  const stats = { stories: options.stories, articles: 0, claims: 0, paragraphs: 0, words: 0 };

  const outlets = OUTLET_NAMES.map(([name, shortName, kind]) => ({ id: slug(shortName ?? name), name, shortName, kind }));
  for (const outlet of outlets) {
    files.set(
      `outlets/${outlet.id}.yaml`,
      yaml({
        name: outlet.name,
        ...(outlet.shortName ? { shortName: outlet.shortName } : {}),
        kind: outlet.kind,
        homepage: `https://${outlet.id}.example/`,
      }),
    );
  }

  for (let s = 0; s < options.stories; s++) {
    const f = facts(r, s);
    const chosen = r.shuffle(outlets).slice(0, perStory);
    // Which topics get a second answer in this story, and from which outlet.
    const dissent = new Map(TOPICS.filter((t) => t.variants && r.chance(0.35)).map((t) => [t.id, r.int(perStory)]));
    const given = new Map<string, Set<string>>();
    const offset = r.int(TOPICS.length);
    const covered = new Set<string>();

    chosen.forEach((outlet, o) => {
      const own = outlet.shortName ?? outlet.name;
      // Each article leaves out a run of topics, a different run for each outlet, so that every
      // topic has claims and most have some outlets silent; one claim per topic.
      const skip = TOPICS.length - claimsPerArticle;
      const topics = TOPICS.filter((_, t) => (t - offset - o * skip + 2 * TOPICS.length) % TOPICS.length >= skip);
      const claims = r.shuffle(topics).map((topic) => topic.write(f, r, dissent.get(topic.id) === o ? 1 : 0, own));
      for (const claim of claims) {
        covered.add(claim.topic);
        if (!claim.value) continue;
        const set = given.get(claim.topic) ?? new Set<string>();
        given.set(claim.topic, set.add(claim.value));
      }

      // The body: each claim's sentence in its own paragraph with a connecting sentence or two;
      // a few paragraphs of connecting sentences only; a subhead halfway.
      const paragraphs: string[] = [];
      const seenSentences = new Set<string>();
      claims.forEach((claim, i) => {
        if (i === Math.floor(claims.length / 2))
          paragraphs.push(`## ${capital(r.pick(['the response', 'what comes next', 'the damage', 'the people of ' + f.place]))}`);
        if (seenSentences.has(claim.sentence)) return;
        seenSentences.add(claim.sentence);
        const around = Array.from({ length: 1 + r.int(2) }, () => filler(r, f));
        paragraphs.push([claim.sentence, ...around].join(' '));
        if (r.chance(0.25)) paragraphs.push(Array.from({ length: 2 + r.int(2) }, () => filler(r, f)).join(' '));
      });
      const body = `${paragraphs.join('\n\n')}\n`;
      stats.paragraphs += paragraphs.length;
      stats.words += body.split(/\s+/).filter(Boolean).length;

      const headline = `${capital(f.event.noun)} in ${f.place}: ${r.pick([`at least ${f.dead} dead`, `${f.official.role} promises help`, 'questions over warnings', `${n(f.evacuated)} leave their homes`])}`;
      const frontmatter = {
        story: f.id,
        outlet: outlet.id,
        headline,
        ...(r.chance(0.5) ? { byline: person(r).full } : {}),
        published: { date: new Date(f.date.getTime() + r.int(2) * 86_400_000).toISOString().slice(0, 10) },
        url: `https://${outlet.id}.example/${f.id}`,
        claims: claims.map((c) => ({ topic: c.topic, text: c.text, quote: c.quote ?? c.sentence, ...(c.value ? { value: c.value } : {}) })),
      };
      files.set(
        `articles/${f.id}/${outlet.id}.md`,
        `---\n# Synthetic: made up by scripts/lib/corpus.ts for benchmarks and tests.\n${yaml(frontmatter)}---\n\n${body}`,
      );
      stats.articles++;
      stats.claims += claims.length;
    });

    const topics = TOPICS.filter((topic) => covered.has(topic.id)).map((topic) => {
      const answers = [...(given.get(topic.id) ?? [])];
      const declared = answers.length > 1 && topic.variants ? { [topic.variants.relation]: answers, note: topic.variants.note } : {};
      return { id: topic.id, question: topic.question(f), ...declared };
    });
    storyFiles.push([`stories/${f.id}.yaml`, ...chosen.map((o) => `articles/${f.id}/${o.id}.md`)]);
    files.set(
      `stories/${f.id}.yaml`,
      yaml({
        title: `${capital(f.event.noun)} in ${f.place}, ${f.region}`,
        eventDate: f.date.toISOString().slice(0, 10),
        summary: `A made-up ${f.event.noun} in the made-up town of ${f.place}, reported by ${perStory} made-up outlets; generated for benchmarks.`,
        topics,
      }),
    );

    // Two misspelt names per story: the official's surname in every article of the story (the
    // first article has every topic), the witness's or the expert's in those that quote them.
    const articlesWith = (word: string) =>
      chosen.filter((o) => files.get(`articles/${f.id}/${o.id}.md`)!.includes(word)).map((o) => `${f.id}/${o.id}`);
    for (const word of [f.official.last, r.chance(0.5) ? f.witness.last : f.expert.last, f.place]) {
      const plain = word.replace(/^O’/, '');
      if (plain.length < 5 || !r.chance(0.4)) continue;
      typos.push({ query: misspell(r, plain).toLowerCase(), intended: word, articles: articlesWith(word) });
    }
  }
  return { files, typos, commonWords: COMMON_WORDS, storyFiles, stats };
}
