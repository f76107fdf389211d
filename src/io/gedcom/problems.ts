/**
 * Problems found while reading a GEDCOM file, in English and plain Dutch.
 * `error` means data was skipped or may be wrong: the user should be asked before the
 * import is used. `warning` means the import is complete but something was unusual.
 */
export type ProblemSeverity = 'error' | 'warning';

export interface GedcomProblem {
  /** 1-based line number in the file, when the problem belongs to a line. */
  line?: number;
  severity: ProblemSeverity;
  /** Stable machine code, e.g. `level-jump`. */
  code: string;
  /** The English message (same as `messages.en`). */
  message: string;
  messages: { en: string; nl: string };
}

type Params = Record<string, string | number>;
type Texts = { severity: ProblemSeverity; en: string; nl: string };

/** Every message the importer can give. `{x}` is replaced by the parameter x. */
const MESSAGES = {
  'file-too-large': {
    severity: 'error',
    en: 'The file is {size} MB; the limit is {limit} MB. Nothing was imported.',
    nl: 'Het bestand is {size} MB; de grens is {limit} MB. Er is niets ingelezen.',
  },
  'too-many-lines': {
    severity: 'error',
    en: 'The file has more than {limit} lines. Only the first {limit} lines were read.',
    nl: 'Het bestand heeft meer dan {limit} regels. Alleen de eerste {limit} regels zijn gelezen.',
  },
  'too-many-people': {
    severity: 'error',
    en: 'The file has more than {limit} people. Only the first {limit} were imported.',
    nl: 'Het bestand heeft meer dan {limit} personen. Alleen de eerste {limit} zijn ingelezen.',
  },
  'line-too-long': {
    severity: 'error',
    en: 'This line has {length} characters; the limit is {limit}. The rest of the line was left out.',
    nl: 'Deze regel heeft {length} tekens; de grens is {limit}. De rest van de regel is weggelaten.',
  },
  'too-deep': {
    severity: 'error',
    en: 'Level {level} is deeper than the limit of {limit}. This line and the lines under it were skipped.',
    nl: 'Niveau {level} is dieper dan de grens van {limit}. Deze regel en de regels eronder zijn overgeslagen.',
  },
  'level-jump': {
    severity: 'error',
    en: 'Level {level} follows level {previous}: a level may go up by one at most. This line and the lines under it were skipped.',
    nl: 'Niveau {level} volgt op niveau {previous}: een niveau mag maar één hoger zijn. Deze regel en de regels eronder zijn overgeslagen.',
  },
  'bad-line': {
    severity: 'error',
    en: 'This line is not a GEDCOM line ("{text}"). It was skipped, with the lines under it.',
    nl: 'Deze regel is geen GEDCOM-regel ("{text}"). Hij is overgeslagen, met de regels eronder.',
  },
  'blank-line': {
    severity: 'warning',
    en: 'Empty line skipped.',
    nl: 'Lege regel overgeslagen.',
  },
  'under-continuation': {
    severity: 'warning',
    en: 'This line is written under a CONC/CONT line, which cannot have lines under it. It was read as belonging to the line that is continued.',
    nl: 'Deze regel staat onder een CONC/CONT-regel, die geen regels eronder kan hebben. Hij is gelezen als onderdeel van de regel die wordt voortgezet.',
  },
  'orphan-continuation': {
    severity: 'warning',
    en: '{tag} has no line to continue. It was skipped.',
    nl: '{tag} heeft geen regel om voort te zetten. Hij is overgeslagen.',
  },
  'missing-header': {
    severity: 'warning',
    en: 'The file does not start with a HEAD record.',
    nl: 'Het bestand begint niet met een HEAD-record.',
  },
  'missing-trailer': {
    severity: 'warning',
    en: 'The file does not end with TRLR: it may be incomplete.',
    nl: 'Het bestand eindigt niet met TRLR: misschien is het niet compleet.',
  },
  'after-trailer': {
    severity: 'warning',
    en: 'There are lines after TRLR (the end mark). They were read too.',
    nl: 'Er staan regels na TRLR (het eindteken). Die zijn ook gelezen.',
  },
  'duplicate-xref': {
    severity: 'error',
    en: 'The identifier {xref} is used twice. This record got the new id "{id}"; links to {xref} go to the first record.',
    nl: 'De code {xref} komt twee keer voor. Dit record kreeg de nieuwe code "{id}"; verwijzingen naar {xref} gaan naar het eerste record.',
  },
  'dangling-pointer': {
    severity: 'warning',
    en: '{tag} points to {xref}, which is not in the file. The link was left out.',
    nl: '{tag} verwijst naar {xref}, maar die staat niet in het bestand. De verwijzing is weggelaten.',
  },
  'xref-case': {
    severity: 'warning',
    en: '{xref} is written in other capitals than its record; it was linked anyway.',
    nl: '{xref} is met andere hoofdletters geschreven dan het record; de verwijzing is toch gelegd.',
  },
  'family-without-partners': {
    severity: 'warning',
    en: 'Family {xref} names children but no parents. The children are kept together as brothers and sisters.',
    nl: 'Gezin {xref} noemt kinderen maar geen ouders. De kinderen blijven bij elkaar als broers en zussen.',
  },
  'partner-and-child': {
    severity: 'error',
    en: '{name} is both a partner and a child in this family. The child link was left out of the drawing (it is kept in the file data).',
    nl: '{name} is in dit gezin zowel partner als kind. De kind-koppeling is niet getekend (hij blijft bewaard in de bestandsgegevens).',
  },
  'death-before-birth': {
    severity: 'warning',
    en: 'The death date of {name} is before the birth date. The death date is kept as text only.',
    nl: 'De sterfdatum van {name} ligt vóór de geboortedatum. De sterfdatum is alleen als tekst bewaard.',
  },
  'empty-family': {
    severity: 'warning',
    en: 'Family {xref} has no partners and no children. It is kept in the file data but not drawn.',
    nl: 'Gezin {xref} heeft geen partners en geen kinderen. Het blijft bewaard, maar wordt niet getekend.',
  },
  'self-partner': {
    severity: 'warning',
    en: 'Family {xref} names the same person twice as partner. The person was kept once.',
    nl: 'Gezin {xref} noemt dezelfde persoon twee keer als partner. De persoon staat er nu één keer in.',
  },
  'extra-partner': {
    severity: 'warning',
    en: 'Family {xref} has more than two partners. The extra partner is kept in the file data but not drawn.',
    nl: 'Gezin {xref} heeft meer dan twee partners. De extra partner blijft bewaard, maar wordt niet getekend.',
  },
  'own-ancestor': {
    severity: 'error',
    en: 'With family {family}, {name} would be their own ancestor. That child link was left out of the drawing (it is kept in the file data); please check it.',
    nl: 'Met gezin {family} zou {name} zijn of haar eigen voorouder zijn. Die kind-koppeling is niet getekend (hij blijft bewaard in de bestandsgegevens); controleer hem.',
  },
  'self-association': {
    severity: 'warning',
    en: 'ASSO links a person to themselves. It is kept in the file data but not drawn.',
    nl: 'ASSO koppelt een persoon aan zichzelf. Dit blijft bewaard, maar wordt niet getekend.',
  },
  'odd-sex': {
    severity: 'warning',
    en: 'SEX "{value}" is not M, F, U or X. It was read as {meaning}.',
    nl: 'SEX "{value}" is geen M, F, U of X. Het is gelezen als {meaningNl}.',
  },
  'ego-chosen': {
    severity: 'warning',
    en: 'The client (the centre of the network) is {name}: {why}. You can choose another person.',
    nl: 'De cliënt (het midden van het netwerk) is {name}: {whyNl}. U kunt een andere persoon kiezen.',
  },
  'ego-not-found': {
    severity: 'warning',
    en: 'The person {xref} asked for as client is not in the file.',
    nl: 'De persoon {xref} die als cliënt is gevraagd, staat niet in het bestand.',
  },
  'no-individuals': {
    severity: 'warning',
    en: 'The file holds no people. An empty network with only the client was made.',
    nl: 'Het bestand bevat geen personen. Er is een leeg netwerk gemaakt met alleen de cliënt.',
  },
  'charset-label': {
    severity: 'warning',
    en: 'The file says its character set is {label}, but it is {actual}. It was read as {actual}.',
    nl: 'Volgens het bestand is de tekenset {label}, maar het is {actual}. Het is gelezen als {actual}.',
  },
  'charset-unknown': {
    severity: 'warning',
    en: 'Unknown character set "{label}". The file was read as {actual}.',
    nl: 'Onbekende tekenset "{label}". Het bestand is gelezen als {actual}.',
  },
  'bad-bytes': {
    severity: 'error',
    en: '{count} bytes could not be read as {encoding} and were replaced by "\uFFFD".',
    nl: '{count} bytes konden niet gelezen worden als {encoding} en zijn vervangen door "\uFFFD".',
  },
  'not-gedcom': {
    severity: 'error',
    en: 'This does not look like a GEDCOM file: no line could be read.',
    nl: 'Dit lijkt geen GEDCOM-bestand: geen enkele regel kon gelezen worden.',
  },
  'more-problems': {
    severity: 'warning',
    en: '{count} more problems of the kind "{code}" were found; only the first {shown} are listed.',
    nl: 'Er zijn nog {count} problemen van de soort "{code}" gevonden; alleen de eerste {shown} staan in de lijst.',
  },
  'internal-error': {
    severity: 'error',
    en: 'The import stopped because of an unexpected error ({detail}). What was read so far was kept.',
    nl: 'Het inlezen is gestopt door een onverwachte fout ({detail}). Wat al gelezen was, is bewaard.',
  },
} satisfies Record<string, Texts>;

export type ProblemCode = keyof typeof MESSAGES;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Builds a problem from its code; the message texts come from the table above. */
export function problem(code: ProblemCode, line: number | undefined, params: Params = {}): GedcomProblem {
  const texts: Texts = MESSAGES[code];
  const en = fill(texts.en, params);
  const nl = fill(texts.nl, params);
  const out: GedcomProblem = { severity: texts.severity, code, message: en, messages: { en, nl } };
  if (line !== undefined) out.line = line;
  return out;
}

/** Collects problems, capped so a file with a million bad lines does not make a million objects. */
export class ProblemList {
  readonly items: GedcomProblem[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly perCode = 200) {}

  add(code: ProblemCode, line?: number, params?: Params): void {
    const seen = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, seen);
    if (seen <= this.perCode) this.items.push(problem(code, line, params));
  }

  /** Adds one summary line per code that went over the cap. */
  summarise(): void {
    for (const [code, seen] of this.counts)
      if (seen > this.perCode) this.items.push(problem('more-problems', undefined, { count: seen - this.perCode, code, shown: this.perCode }));
  }

  /** How many problems of this code were found (also the ones not kept). */
  count(code: string): number {
    return this.counts.get(code) ?? 0;
  }
}
