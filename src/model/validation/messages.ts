/**
 * Plain-language validation messages in English and B1-level Dutch. Each message says where
 * (the JSON path, plus the record's name when it has one), what is wrong, and how to fix it.
 * Kept apart from the checks so the wording can be reviewed in one place.
 */

/** A text in both languages. */
export interface Texts {
  en: string;
  nl: string;
}

const both = (en: string, nl: string): Texts => ({ en, nl });

/** What kind of record an id should point to, in both languages. */
export const RECORD_NAMES = {
  person: both('person', 'persoon'),
  tie: both('tie', 'relatie'),
  union: both('partnership', 'partnerrelatie'),
  emotional: both('emotional relation', 'emotionele relatie'),
  household: both('household', 'huishouden'),
  question: both('question', 'vraag'),
  agreement: both('agreement', 'afspraak'),
  condition: both('condition', 'voorwaarde'),
  meeting: both('meeting', 'overleg'),
  strategy: both('strategy', 'strategie'),
  record: both('record', 'onderdeel'),
} as const;
export type RecordKind = keyof typeof RECORD_NAMES;

/** What a field should hold, in both languages (used in "should be …"). */
export const EXPECTED = {
  text: both('text', 'tekst'),
  id: both('an id (text that is not empty)', 'een id (tekst die niet leeg is)'),
  number: both('a number', 'een getal'),
  boolean: both('true or false', 'true of false'),
  list: both('a list ([ … ])', 'een lijst ([ … ])'),
  object: both('an object ({ … })', 'een object ({ … })'),
  date: both('a date as text, such as "2011-03-14", "2011-03" or "2011"', 'een datum als tekst, zoals "2011-03-14", "2011-03" of "2011"'),
} as const;
export type Expected = keyof typeof EXPECTED;

const short = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max - 3)}…` : text);

/** Describes a value found where something else was expected. */
export function describeValue(value: unknown): Texts {
  if (value === undefined) return both('missing', 'leeg');
  if (value === null) return both('null (empty)', 'null (leeg)');
  if (Array.isArray(value)) return both('a list', 'een lijst');
  switch (typeof value) {
    case 'string':
      return both(`the text "${short(value)}"`, `de tekst "${short(value)}"`);
    case 'number':
      return both(`the number ${value}`, `het getal ${value}`);
    case 'boolean':
      return both(`${value}`, `${value}`);
    case 'object':
      return both('an object', 'een object');
    case 'function':
      return both('a function', 'een functie');
    default:
      return both(`a ${typeof value}`, `een ${typeof value}`);
  }
}

/** "At people[3].birth (Noor Bakker): " — the where part of every message. */
export function where(path: string, label?: string): Texts {
  const name = label ? ` (${short(label, 60)})` : '';
  return path ? both(`At ${path}${name}: `, `Bij ${path}${name}: `) : both('In the document: ', 'In het document: ');
}

const list = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/** The message templates, one per error code. */
export const MESSAGES = {
  notAnObject: (found: unknown) =>
    both(
      `the network must be an object (a JSON document that starts with "{"), but it is ${describeValue(found).en}.`,
      `het netwerk moet een object zijn (een JSON-document dat begint met "{"), maar het is ${describeValue(found).nl}.`,
    ),
  wrongType: (expected: Expected, found: unknown) =>
    both(
      `this should be ${EXPECTED[expected].en}, but it is ${describeValue(found).en}. Change the value.`,
      `dit moet ${EXPECTED[expected].nl} zijn, maar het is ${describeValue(found).nl}. Pas de waarde aan.`,
    ),
  missingField: (field: string, example: string) =>
    both(
      `the field "${field}" is required but missing. Add it, for example ${example}.`,
      `het veld "${field}" is verplicht, maar het ontbreekt. Voeg het toe, bijvoorbeeld ${example}.`,
    ),
  emptyId: () =>
    both(
      'the id is empty. Give this record its own id, for example "p-12".',
      'de id is leeg. Geef dit onderdeel een eigen id, bijvoorbeeld "p-12".',
    ),
  invalidValue: (found: unknown, allowed: readonly string[]) =>
    both(
      `${describeValue(found).en} is not allowed here. Use one of: ${list(allowed)}.`,
      `${describeValue(found).nl} mag hier niet. Kies een van: ${list(allowed)}.`,
    ),
  invalidNumber: (found: unknown, min: number) =>
    both(
      `${describeValue(found).en} is not allowed here. Use a whole number of ${min} or more.`,
      `${describeValue(found).nl} mag hier niet. Gebruik een heel getal van ${min} of meer.`,
    ),
  badDateFormat: (found: string) =>
    both(
      `"${short(found)}" is not a date in the right form. Write YYYY-MM-DD, YYYY-MM or YYYY, for example "2011-03-14".`,
      `"${short(found)}" is geen datum in de goede vorm. Schrijf JJJJ-MM-DD, JJJJ-MM of JJJJ, bijvoorbeeld "2011-03-14".`,
    ),
  impossibleDate: (found: string) =>
    both(
      `the date "${found}" does not exist. Check the day and the month.`,
      `de datum "${found}" bestaat niet. Kijk de dag en de maand na.`,
    ),
  dateOrder: (laterName: DateName, laterValue: string, earlierName: DateName, earlierValue: string) => {
    const later = dateName(laterName);
    const earlier = dateName(earlierName);
    return both(
      `${later.en} (${laterValue}) is before ${earlier.en} (${earlierValue}). Check both dates.`,
      `${later.nl} (${laterValue}) ligt vóór ${earlier.nl} (${earlierValue}). Kijk beide datums na.`,
    );
  },
  duplicateId: (id: string, firstPath: string) =>
    both(
      `the id "${short(id)}" is also used at ${firstPath}. Every record needs its own id: give one of them a new id.`,
      `de id "${short(id)}" wordt ook gebruikt bij ${firstPath}. Elk onderdeel heeft een eigen id nodig: geef een van beide een nieuwe id.`,
    ),
  dangling: (kind: RecordKind, id: string) =>
    both(
      `there is no ${RECORD_NAMES[kind].en} with the id "${short(id)}". Add that ${RECORD_NAMES[kind].en}, or use the id of one that exists.`,
      `er is geen ${RECORD_NAMES[kind].nl} met de id "${short(id)}". Voeg die ${RECORD_NAMES[kind].nl} toe, of gebruik de id van een die er wel is.`,
    ),
  egoMissing: (id: string) =>
    both(
      `the client (egoId "${short(id)}") is not in the list of people. Add the client to "people", or set egoId to the id of someone in that list.`,
      `de cliënt (egoId "${short(id)}") staat niet in de lijst met personen. Zet de cliënt in "people", of maak egoId gelijk aan de id van iemand uit die lijst.`,
    ),
  selfReference: (kind: RecordKind) =>
    both(
      `this ${RECORD_NAMES[kind].en} goes from a person to the same person. Choose two different people.`,
      `deze ${RECORD_NAMES[kind].nl} gaat van een persoon naar dezelfde persoon. Kies twee verschillende personen.`,
    ),
  partnerCount: (count: number) =>
    both(
      `a partnership has one or two partners, but this one has ${count}. Make a separate partnership for each couple.`,
      `een partnerrelatie heeft één of twee partners, maar deze heeft er ${count}. Maak voor elk paar een eigen partnerrelatie.`,
    ),
  emptyHistory: () =>
    both(
      'the history of this partnership is empty. Add at least one step, for example { "status": "married" }.',
      'de geschiedenis van deze partnerrelatie is leeg. Voeg minstens één stap toe, bijvoorbeeld { "status": "married" }.',
    ),
  childIsPartner: (id: string) =>
    both(
      `"${short(id)}" is both a partner and a child in this partnership. Remove them from one of the two lists.`,
      `"${short(id)}" is in deze partnerrelatie zowel partner als kind. Haal de persoon uit een van de twee lijsten.`,
    ),
  duplicateReference: (id: string) =>
    both(`"${short(id)}" is in this list twice. Remove one of them.`, `"${short(id)}" staat twee keer in deze lijst. Haal er één weg.`),
  parentCycle: (chain: string) =>
    both(
      `someone would be their own ancestor: ${chain}. Check the parents and children of these partnerships.`,
      `iemand zou zijn eigen voorouder zijn: ${chain}. Kijk de ouders en kinderen van deze partnerrelaties na.`,
    ),
  chairNotMember: (id: string) =>
    both(
      `the chair ("${short(id)}") is not a member of the core team. Add this person to the members, or choose another chair.`,
      `de voorzitter ("${short(id)}") hoort niet bij het basisteam. Zet deze persoon bij de leden, of kies een andere voorzitter.`,
    ),
  notJson: (reason: NotJsonReason) => {
    const why = typeof reason === 'string' ? NOT_JSON[reason] : NOT_JSON.kind(reason.kind);
    return both(
      `this value cannot be saved as JSON (${why.en}). Remove it, or use text, numbers, true/false, lists and objects only.`,
      `deze waarde kan niet als JSON worden bewaard (${why.nl}). Haal hem weg, of gebruik alleen tekst, getallen, true/false, lijsten en objecten.`,
    );
  },
  unreadable: (reason: string) =>
    both(
      `this field could not be read (${short(reason)}). Pass plain data, not objects with getters or proxies.`,
      `dit veld kon niet worden gelezen (${short(reason)}). Geef gewone gegevens door, geen objecten met getters of proxies.`,
    ),
  schemaInvalid: (found: unknown, ours: string) =>
    both(
      `${describeValue(found).en} is not a schema version. Use a version such as "${ours}".`,
      `${describeValue(found).nl} is geen schemaversie. Gebruik een versie zoals "${ours}".`,
    ),
  schemaFromFuture: (found: string, ours: string) =>
    both(
      `this document uses version ${found} of the data format, which is newer than this library understands (${ours}). Update care-network-elements to open it.`,
      `dit document gebruikt versie ${found} van het gegevensformaat. Die is nieuwer dan deze bibliotheek kent (${ours}). Werk care-network-elements bij om het te openen.`,
    ),
  schemaUnsupported: (found: string, ours: string, known: readonly string[]) =>
    both(
      `this document uses version ${found} of the data format. There is no migration from that version to ${ours}${known.length ? ` (migrations exist from ${known.join(', ')})` : ' (there are no older versions yet)'}. Save the document again with a version this library reads.`,
      `dit document gebruikt versie ${found} van het gegevensformaat. Er is geen omzetting van die versie naar ${ours}${known.length ? ` (wel van ${known.join(', ')})` : ' (er zijn nog geen oudere versies)'}. Sla het document op in een versie die deze bibliotheek kan lezen.`,
    ),
  migrationFailed: (from: string, to: string, reason: string) =>
    both(
      `converting the document from version ${from} to ${to} failed (${short(reason)}). The document was not changed.`,
      `het omzetten van het document van versie ${from} naar ${to} is mislukt (${short(reason)}). Het document is niet veranderd.`,
    ),
  tooManyErrors: (max: number) =>
    both(
      `there are more than ${max} problems; only the first ${max} are listed. Fix these and check again.`,
      `er zijn meer dan ${max} problemen; alleen de eerste ${max} staan hier. Los deze op en controleer opnieuw.`,
    ),
} as const;

/** What the JSON text needed where it went wrong (see json-syntax.ts). */
export const JSON_EXPECTED = {
  value: both('a value (text in double quotes, a number, true, false, null, a list or an object)', 'een waarde (tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst of een object)'),
  key: both('a field name in double quotes, such as "name"', 'een veldnaam tussen dubbele aanhalingstekens, zoals "name"'),
  colon: both('a colon (:) after the field name', 'een dubbele punt (:) na de veldnaam'),
  'comma-or-object-end': both('a comma (,) or the end of the object (})', 'een komma (,) of het einde van het object (})'),
  'comma-or-list-end': both('a comma (,) or the end of the list (])', 'een komma (,) of het einde van de lijst (])'),
  end: both('nothing more: the document has already ended', 'niets meer: het document is hier al afgelopen'),
  'string-end': both('a closing double quote (")', 'een dubbel aanhalingsteken (") om de tekst af te sluiten'),
  escape: both('a valid escape after the backslash, such as \\n or \\u00e9', 'een geldige code na de backslash, zoals \\n of \\u00e9'),
  'control-character': both('the text to go on without a real line break or tab (write \\n or \\t instead)', 'dat de tekst doorgaat zonder echt regeleinde of tab (schrijf daarvoor \\n of \\t)'),
  digit: both('a digit', 'een cijfer'),
  empty: both('a JSON document, but the text is empty', 'een JSON-document, maar de tekst is leeg'),
} as const;

function foundChar(found: string | undefined): Texts {
  if (found === undefined) return both('the end of the text', 'niets meer (de tekst is afgelopen)');
  if (found === '\n' || found === '\r') return both('a line break', 'een regeleinde');
  if (found === '\t') return both('a tab', 'een tab');
  if (found.charCodeAt(0) < 0x20) return both(`control character ${found.charCodeAt(0)}`, `stuurteken ${found.charCodeAt(0)}`);
  return both(`"${found}"`, `"${found}"`);
}

export const JSON_MESSAGES = {
  syntax: (line: number, column: number, expected: Texts, found: string | undefined) => {
    const f = foundChar(found);
    return both(
      `Line ${line}, column ${column}: this is not valid JSON. Expected ${expected.en}, but found ${f.en}.`,
      `Regel ${line}, kolom ${column}: dit is geen geldige JSON. Hier hoort ${expected.nl}, maar er staat ${f.nl}.`,
    );
  },
  empty: () => both('The text is empty. Expected a JSON document.', 'De tekst is leeg. Hier hoort een JSON-document.'),
  notText: (found: unknown) =>
    both(
      `the input should be text (a JSON document), but it is ${describeValue(found).en}.`,
      `de invoer moet tekst zijn (een JSON-document), maar het is ${describeValue(found).nl}.`,
    ),
} as const;

/** Which date a "is before" message is about: a named date, or a step of a partnership's history. */
export type DateName = 'birth' | 'death' | 'start' | 'end' | { event: string };
/** Why a value is not JSON: a named reason, or a kind of value that is not data. */
export type NotJsonReason = 'cycle' | 'deep' | 'number' | { kind: string };

const dateName = (name: DateName): Texts => (typeof name === 'string' ? DATE_NAMES[name] : DATE_NAMES.event(name.event));

/** Names of dates for the "is before" messages. */
export const DATE_NAMES = {
  birth: both('the date of birth', 'de geboortedatum'),
  death: both('the date of death', 'de sterfdatum'),
  start: both('the start date', 'de begindatum'),
  end: both('the end date', 'de einddatum'),
  event: (status: string) => both(`the step "${status}"`, `de stap "${status}"`),
} as const;

const DUTCH_TYPES: Record<string, string> = { function: 'functie', symbol: 'symbool', bigint: 'BigInt' };

/** Why a value is not JSON. */
export const NOT_JSON = {
  cycle: both('it refers to itself', 'het verwijst naar zichzelf'),
  deep: both('it is nested too deeply', 'het is te diep genest'),
  number: both('numbers must be finite', 'getallen moeten eindig zijn'),
  kind: (type: string) => both(`a ${type} is not data`, `een ${DUTCH_TYPES[type] ?? type} is geen gegeven`),
} as const;
