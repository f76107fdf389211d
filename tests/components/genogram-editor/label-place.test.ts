import { expect } from '@open-wc/testing';
import { boxHitsBox, placeLabels, segmentHitsBox } from '../../../src/components/genogram-editor/genogram-label-place.js';

describe('genogram partnership date placement', () => {
  const request = { id: 'u', lines: ['h. 2004', 'gesch. 2015'], x: 0, y: 0, minX: -65, maxX: 65 };

  it('puts the dates above the middle of the partnership line when that is free', () => {
    const placed = placeLabels([request], { boxes: [], segments: [] }).get('u')!;
    expect(placed.lines.map((l) => l.text)).to.deep.equal(['h. 2004', 'gesch. 2015']);
    expect(placed.box.y + placed.box.h).to.be.at.most(0);
    expect(Math.abs(placed.box.x + placed.box.w / 2)).to.be.lessThan(1);
  });

  it('moves the dates off a line that runs through the usual spot', () => {
    const line = { a: { x: -100, y: -20 }, b: { x: 100, y: -20 }, reach: 10 };
    const box = placeLabels([request], { boxes: [], segments: [line] }).get('u')!.box;
    expect(segmentHitsBox(line.a, line.b, { x: box.x - 10, y: box.y - 10, w: box.w + 20, h: box.h + 20 })).to.be.false;
  });

  it('keeps two labels apart', () => {
    const placed = placeLabels([request, { ...request, id: 'v' }], { boxes: [], segments: [] });
    expect(boxHitsBox(placed.get('u')!.box, placed.get('v')!.box)).to.be.false;
  });

  it('clips segments against boxes exactly', () => {
    const box = { x: 0, y: 0, w: 10, h: 10 };
    expect(segmentHitsBox({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).to.be.true;
    expect(segmentHitsBox({ x: -5, y: -1 }, { x: 15, y: -1 }, box)).to.be.false;
    expect(segmentHitsBox({ x: -5, y: -5 }, { x: 15, y: 15 }, box)).to.be.true;
    expect(segmentHitsBox({ x: 11, y: -5 }, { x: 30, y: 15 }, box)).to.be.false;
  });
});
