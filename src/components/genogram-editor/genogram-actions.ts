/**
 * The genogram's family edits, each one undo step: pure functions that chain the model's
 * operations (add a person, then link them) into one batch. The element only chooses which
 * one to run; the rules of who may be added where live here, testable without the DOM.
 */
import {
  addChild,
  addPerson,
  addUnion,
  createId,
  updateChild,
  updateUnion,
  OperationError,
} from '../../model/operations/index.js';
import type { CareNetwork, Change, ChildLink, Id, OpResult, Person, Sex, UnionStatus } from '../../model/types.js';
import { genderForm, indexFamily, parentUnion, type FamilyIndex } from './family-graph.js';

export type AddKind = 'mother' | 'father' | 'parents' | 'partner' | 'child' | 'sibling' | 'twin';

/** Actions that can be run on a person: toolbar button, shortcut and menu item alike. */
export type Action = AddKind | 'edit' | 'union' | 'relation' | 'remove' | 'move-left' | 'move-right' | 'focus';

/** The result of a family edit: the operation result plus the id of the person to select next. */
export interface FamilyEdit extends OpResult {
  newPersonId?: Id;
}

type Step = (doc: CareNetwork) => OpResult;

/** Runs steps as one batch change (one undo step, one announcement). */
function batch(doc: CareNetwork, steps: Step[], label?: string): OpResult {
  const changes: Change[] = [];
  let current = doc;
  for (const step of steps) {
    const r = step(current);
    current = r.doc;
    changes.push(r.change);
  }
  const ids = [...new Set(changes.flatMap((c) => c.ids))];
  return { doc: current, change: { type: 'batch', ids, changes, label } };
}

const newPerson = (doc: CareNetwork, sex: Sex | undefined, id = createId('p', doc)): Person => ({
  id,
  kind: 'person',
  name: '',
  sector: 'family',
  ...(sex ? { sex } : {}),
});

/** Sex of a new partner: the other binary sex when known, else unknown (the user edits it). */
function partnerSex(person: Person | undefined): Sex | undefined {
  const g = genderForm(person);
  return g === 'f' ? 'male' : g === 'm' ? 'female' : undefined;
}

const defaultStatus: UnionStatus = 'relationship';

/** Whether an add action makes sense for this person (buttons are disabled otherwise). */
export function canAdd(index: FamilyIndex, personId: Id, kind: AddKind): boolean {
  const person = index.people.get(personId);
  if (!person || person.kind !== 'person') return false;
  if (person.pregnancy && kind !== 'mother' && kind !== 'father' && kind !== 'parents' && kind !== 'sibling' && kind !== 'twin') return false;
  const union = parentUnion(index, personId);
  const parents = union?.partners.map((p) => index.people.get(p));
  switch (kind) {
    case 'mother':
      return !union || (union.partners.length < 2 && !parents?.some((p) => genderForm(p) === 'f'));
    case 'father':
      return !union || (union.partners.length < 2 && !parents?.some((p) => genderForm(p) === 'm'));
    case 'parents':
      return !union;
    default:
      return true;
  }
}

/** Adds a relative of `personId`; the new person gets a fresh id returned as `newPersonId`. */
export function addRelative(doc: CareNetwork, personId: Id, kind: AddKind, label?: string): FamilyEdit {
  const index = indexFamily(doc);
  const person = index.people.get(personId);
  if (!person) throw new OperationError(`No person with id "${personId}".`, 'unknown-id');
  if (!canAdd(index, personId, kind)) throw new OperationError(`Cannot add ${kind} here.`, 'genogram-cannot-add');
  switch (kind) {
    case 'mother':
    case 'father':
      return addParent(doc, index, personId, kind === 'mother' ? 'female' : 'male', label);
    case 'parents': {
      const mother = newPerson(doc, 'female');
      const father = newPerson(doc, 'male', createId('p', doc) + 'f');
      const r = batch(
        doc,
        [
          (d) => addPerson(d, father),
          (d) => addPerson(d, mother),
          (d) =>
            addUnion(d, {
              partners: [father.id, mother.id],
              history: [{ status: defaultStatus }],
              children: [{ personId, kind: 'biological' }],
            }),
        ],
        label,
      );
      return { ...r, newPersonId: mother.id };
    }
    case 'partner': {
      const partner = newPerson(doc, partnerSex(person));
      const r = batch(
        doc,
        [
          (d) => addPerson(d, partner),
          (d) => addUnion(d, { partners: [personId, partner.id], history: [{ status: defaultStatus }], children: [] }),
        ],
        label,
      );
      return { ...r, newPersonId: partner.id };
    }
    case 'child': {
      const child = newPerson(doc, undefined);
      const unions = index.partnerIn.get(personId) ?? [];
      // The most recent partnership (last in the list) gets the child; without one, a single-parent union.
      const union = unions[unions.length - 1];
      const link: ChildLink = { personId: child.id, kind: 'biological' };
      const r = batch(
        doc,
        [
          (d) => addPerson(d, child),
          union
            ? (d) => addChild(d, union.id, link)
            : (d) => addUnion(d, { partners: [personId], history: [{ status: defaultStatus }], children: [link] }),
        ],
        label,
      );
      return { ...r, newPersonId: child.id };
    }
    case 'sibling':
    case 'twin':
      return addSibling(doc, index, personId, kind === 'twin', label);
  }
}

function addParent(doc: CareNetwork, index: FamilyIndex, personId: Id, sex: Sex, label?: string): FamilyEdit {
  const parent = newPerson(doc, sex);
  const union = parentUnion(index, personId);
  const link = union ? undefined : { personId, kind: 'biological' as const };
  const r = batch(
    doc,
    [
      (d) => addPerson(d, parent),
      union
        ? (d) => updateUnion(d, union.id, { partners: sex === 'male' ? [parent.id, ...union.partners] : [...union.partners, parent.id] })
        : (d) => addUnion(d, { partners: [parent.id], history: [{ status: defaultStatus }], children: [link!] }),
    ],
    label,
  );
  return { ...r, newPersonId: parent.id };
}

function addSibling(doc: CareNetwork, index: FamilyIndex, personId: Id, twin: boolean, label?: string): FamilyEdit {
  const sibling = newPerson(doc, undefined);
  // Twins are born the same day.
  const birth = index.people.get(personId)?.birth;
  if (twin && birth) sibling.birth = birth;
  const steps: Step[] = [(d) => addPerson(d, sibling)];
  let unionId: Id;
  const existing = parentUnion(index, personId);
  const ownLink = existing?.children.find((c) => c.personId === personId);
  if (existing) {
    unionId = existing.id;
  } else {
    // Siblings need parents to hang from: two unnamed parents are added, to be filled in later.
    const mother = newPerson(doc, 'female');
    const father = newPerson(doc, 'male', createId('p', doc) + 'f');
    unionId = createId('u', doc);
    steps.push(
      (d) => addPerson(d, father),
      (d) => addPerson(d, mother),
      (d) =>
        addUnion(d, {
          id: unionId,
          partners: [father.id, mother.id],
          history: [{ status: defaultStatus }],
          children: [{ personId, kind: 'biological' }],
        }),
    );
  }
  const link: ChildLink = { personId: sibling.id, kind: ownLink?.kind ?? 'biological' };
  if (twin) {
    const group = ownLink?.twinGroup ?? `twins-${personId}`;
    link.twinGroup = group;
    link.twinType = ownLink?.twinType ?? 'fraternal';
    if (!ownLink?.twinGroup) steps.push((d) => updateChild(d, unionId, personId, { twinGroup: group, twinType: link.twinType }));
  }
  steps.push((d) => addChild(d, unionId, link));
  const r = batch(doc, steps, label);
  return { ...r, newPersonId: sibling.id };
}
