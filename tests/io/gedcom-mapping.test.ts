import { expect } from '@open-wc/testing';
import { exportGedcom, importGedcom, type PersonGedcom } from '../../src/io/index.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { addPerson, addUnion, updatePerson } from '../../src/model/operations/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import type { CareNetwork } from '../../src/model/types.js';
import { readSharedFixture } from '../shared-fixtures.js';
import { ged } from './gedcom-helpers.js';

const person = (doc: CareNetwork, id: string) => doc.people.find((p) => p.id === id)!;

describe('GEDCOM import: what becomes what', () => {
  it('reads names, sex, exact and inexact dates, death without date and the first note', () => {
    const r = importGedcom(
      ged([
        '0 @I1@ INDI', '1 NAME Johanna /van der Berg/ Jr.', '1 SEX F', '1 BIRT', '2 DATE 2 MAR 1950', '1 NOTE Eerste regel', '2 CONT tweede regel',
        '0 @I2@ INDI', '1 NAME Piet', '1 SEX M', '1 BIRT', '2 DATE ABT 1920', '1 DEAT', '2 DATE MAR 1990',
        '0 @I3@ INDI', '1 NAME /Onbekend/', '1 SEX X', '1 DEAT Y',
        '0 @I4@ INDI', '1 BIRT', '2 DATE 31 FEB 1900', '1 SEX U',
      ]),
    );
    const doc = r.network;
    expect(person(doc, 'I1')).to.include({ name: 'Johanna van der Berg Jr.', sex: 'female', birth: '1950-03-02', notes: 'Eerste regel\ntweede regel' });
    expect(person(doc, 'I2')).to.include({ name: 'Piet', sex: 'male', death: '1990-03', deceased: true });
    expect(person(doc, 'I2').birth).to.equal(undefined);
    expect((person(doc, 'I2').extensions!.gedcom as PersonGedcom).dateText).to.deep.equal({ birth: 'ABT 1920' });
    expect(person(doc, 'I3')).to.include({ name: 'Onbekend', gender: 'nonbinary', deceased: true });
    expect(person(doc, 'I3').death).to.equal(undefined);
    expect(person(doc, 'I4')).to.include({ name: '', sex: 'unknown' });
    expect(person(doc, 'I4').birth, '31 FEB is no date').to.equal(undefined);
    expect(r.stats).to.include({ individuals: 4, families: 0 });
  });

  it('reads the SEX variants of the fixture, flagging the odd ones', async () => {
    const r = importGedcom(await readSharedFixture('gedcom/gedcom-go/edge-cases/sex-value-variants.ged'));
    const got = r.network.people.map((p) => [p.sex ?? null, p.gender ?? null]);
    expect(got).to.deep.equal([
      ['male', null], ['female', null], ['unknown', null], [null, 'nonbinary'], ['unknown', null], ['male', null], [null, null],
    ]);
    expect(r.problems.filter((p) => p.code === 'odd-sex').map((p) => p.line)).to.deep.equal([32]);
  });

  it('builds unions with history and child kinds from PEDI, ADOP and vendor tags', () => {
    const r = importGedcom(
      ged([
        '0 @I1@ INDI', '1 NAME Vader', '1 FAMS @F1@',
        '0 @I2@ INDI', '1 NAME Moeder', '1 FAMS @F1@',
        '0 @I3@ INDI', '1 NAME Eigen', '1 FAMC @F1@', '2 PEDI birth',
        '0 @I4@ INDI', '1 NAME Geadopteerd', '1 FAMC @F1@', '1 ADOP', '2 FAMC @F1@', '3 ADOP BOTH',
        '0 @I5@ INDI', '1 NAME Pleeg', '1 FAMC @F1@', '2 PEDI foster',
        '0 @I6@ INDI', '1 NAME Stief',
        '0 @F1@ FAM', '1 HUSB @I1@', '1 WIFE @I2@', '1 CHIL @I3@', '1 CHIL @I4@', '1 CHIL @I5@', '1 CHIL @I6@', '2 _FREL Natural', '2 _MREL Step',
        '1 ENGA', '2 DATE 1999', '1 MARR', '2 DATE 12 JUN 2000', '2 PLAC Utrecht', '1 DIV', '2 DATE ABT 2010',
      ]),
    );
    const [union] = r.network.unions;
    expect(union.partners).to.deep.equal(['I1', 'I2']);
    expect(union.history).to.deep.equal([{ status: 'engaged', date: '1999' }, { status: 'married', date: '2000-06-12' }, { status: 'divorced' }]);
    expect(union.children.map((c) => [c.personId, c.kind])).to.deep.equal([
      ['I3', 'biological'], ['I4', 'adopted'], ['I5', 'foster'], ['I6', 'step'],
    ]);
    expect(validateNetwork(r.network).ok).to.be.true;
  });

  it('reads 7.0 PEDI values and ASSO as ties (RELA text and ROLE/PHRASE give the same kind)', async () => {
    const seven = importGedcom(await readSharedFixture('gedcom/gedcom7code/7/rela_1.ged'));
    const five = importGedcom(await readSharedFixture('gedcom/gedcom7code/5/rela_1.ged'));
    for (const r of [five, seven]) {
      expect(r.network.ties.map((t) => [t.from, t.to, t.kind])).to.deep.equal([['I1', 'I2', 'neighbor'], ['I2', 'I1', 'land-lord']]);
      expect(r.problems.map((p) => p.code)).to.include('self-association');
    }
    const pedi = importGedcom(await readSharedFixture('gedcom/gedcom7code/7/pedi-1.ged'));
    expect(pedi.network.unions[0]).to.deep.include({ partners: [], children: [{ personId: '1', kind: 'biological' }] });
    expect(pedi.problems.map((p) => p.code), 'a family with only a child keeps it, without inventing a parent').to.include('family-without-partners');
  });

  it('reads 555SAMPLE: remarriage and an adopted child in two families', async () => {
    const r = importGedcom(await readSharedFixture('gedcom/gedcom-go/555SAMPLE.GED'));
    expect(r.network.unions.map((u) => [u.id, u.partners, u.children])).to.deep.equal([
      ['F1', ['I1', 'I2'], [{ personId: 'I3', kind: 'biological' }]],
      ['F2', ['I1'], [{ personId: 'I3', kind: 'adopted' }]],
    ]);
    expect(r.network.unions[0].history).to.deep.equal([{ status: 'married', date: '1859-12' }]);
    expect(r.network.egoId).to.equal('I1');
    expect(r.problems.find((p) => p.code === 'ego-chosen')?.messages.nl).to.contain('Robert Eugene Williams');
  });

  it('resolves @@ escapes by version, CONC/CONT and pointers', () => {
    const five = importGedcom(ged(['0 @I1@ INDI', '1 NAME a@@b', '1 NOTE @@start and', '2 CONC  joined', '2 CONT next@@line']));
    expect(person(five.network, 'I1')).to.include({ name: 'a@b', notes: '@start and joined\nnext@line' });
    const seven = importGedcom(ged(['0 @I1@ INDI', '1 NAME a@@b', '1 NOTE @@start', '2 CONT @@next@@'], '7.0'));
    expect(person(seven.network, 'I1')).to.include({ name: 'a@@b', notes: '@start\n@next@@' });
  });

  it('chooses the client from options.egoXref and says so when it falls back', () => {
    const text = ged(['0 @I1@ INDI', '1 NAME Een', '0 @I2@ INDI', '1 NAME Twee']);
    expect(importGedcom(text, { egoXref: '@I2@' }).network.egoId).to.equal('I2');
    expect(importGedcom(text, { egoXref: 'I2' }).network.egoId).to.equal('I2');
    const missing = importGedcom(text, { egoXref: '@I9@' });
    expect(missing.network.egoId).to.equal('I1');
    expect(missing.problems.map((p) => p.code)).to.include.members(['ego-not-found', 'ego-chosen']);
  });
});

describe('GEDCOM export', () => {
  it('writes a 7.0 header, people, families and a trailer, stable and UTF-8 text', () => {
    let doc = createEmptyNetwork({ name: 'Noor Bakker', sex: 'female', birth: '2012-05-01' });
    let op = addPerson(doc, { kind: 'person', name: 'Sanne Bakker', sex: 'female', birth: '1985' });
    doc = op.doc;
    const mother = op.change.ids[0];
    op = addPerson(doc, { kind: 'person', name: 'Karim El Amrani', sex: 'male', deceased: true });
    doc = op.doc;
    const father = op.change.ids[0];
    doc = addUnion(doc, { partners: [mother, father], history: [{ status: 'married', date: '2008-09' }, { status: 'separated', date: '2015' }], children: [{ personId: doc.egoId, kind: 'biological' }] }).doc;
    doc = addPerson(doc, { kind: 'organisation', name: 'Wijkteam' }).doc;

    const text = exportGedcom(doc);
    expect(text.startsWith('0 HEAD\n1 GEDC\n2 VERS 7.0\n')).to.be.true;
    expect(text.endsWith('0 TRLR\n')).to.be.true;
    expect(text).to.contain('1 NAME Noor Bakker\n1 SEX F\n1 BIRT\n2 DATE 1 MAY 2012');
    expect(text).to.contain('1 DEAT Y');
    expect(text).to.contain('1 MARR\n2 DATE SEP 2008\n1 EVEN\n2 DATE 2015\n2 TYPE separated');
    expect(text).not.to.contain('Wijkteam');
    expect(exportGedcom(doc)).to.equal(text);

    const back = importGedcom(text);
    expect(back.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(back.network.people.map((p) => [p.name, p.sex, p.birth ?? null])).to.deep.equal([
      ['Noor Bakker', 'female', '2012-05-01'], ['Sanne Bakker', 'female', '1985'], ['Karim El Amrani', 'male', null],
    ]);
    expect(back.network.unions[0].history).to.deep.equal([{ status: 'married', date: '2008-09' }, { status: 'separated', date: '2015' }]);
    expect(back.network.people[back.network.people.findIndex((p) => p.id === back.network.egoId)].name).to.equal('Noor Bakker');
  });

  it('writes 5.5.1 with CHAR, a submitter, escaped @ and CONC for long lines', () => {
    const long = 'woord '.repeat(120).trim();
    const doc = createEmptyNetwork({ name: 'a@b', notes: long });
    const text = exportGedcom(doc, { version: '5.5.1' });
    expect(text).to.contain('2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8\n1 SUBM @SUBM_CNE@');
    expect(text).to.contain('1 NAME a@@b');
    expect(Math.max(...text.split('\n').map((l) => l.length))).to.be.lessThan(255);
    expect(text).to.contain('2 CONC ');
    const back = importGedcom(text).network;
    expect(back.people[0]).to.include({ name: 'a@b', notes: long });
    expect(back.extensions, 'our own submitter is not kept').to.equal(undefined);
  });

  it('writes edits back into the kept structures (place and source stay with the birth)', async () => {
    const r = importGedcom(await readSharedFixture('gedcom/gedcom-go/555SAMPLE.GED'));
    let doc = updatePerson(r.network, 'I1', { name: 'Robert Williams', birth: '1823-01-05' }).doc;
    doc = updatePerson(doc, 'I3', { deceased: true }).doc;
    const text = exportGedcom(doc);
    expect(text).to.contain('1 NAME Robert Williams\n1 SEX M\n1 BIRT\n2 DATE 5 JAN 1823\n2 PLAC Weston, Madison');
    expect(text).not.to.contain('2 GIVN Robert Eugene');
    const back = importGedcom(text).network;
    expect(person(back, 'I1')).to.include({ name: 'Robert Williams', birth: '1823-01-05' });
    expect(person(back, 'I3').deceased).to.be.true;
    expect(text.split('\n').filter((l) => l.startsWith('0 @')).length, '3 INDI, 2 FAM, SUBM, SOUR, REPO').to.equal(8);
  });
});
