/**
 * The redline layout: the steps of the reading order as paragraphs. A moved clause is shown with
 * its word edits at its destination, where it is noted where it came from; at its origin its
 * text stands deleted, noted where it went, so that rejecting every change gives the base.
 */
import { referenceOf, roleOf, type Clause } from '../model/clauses.js';
import type { RedlineParagraph, Segment } from '../model/redline.js';
import { whole, type ChangeMaker } from './changes.js';
import type { Step } from './order.js';

function labelSegments(b: Clause, r: Clause): Segment[] {
  return b.labelText === r.labelText ? whole('equal', r.labelText) : [...whole('delete', b.labelText), ...whole('insert', r.labelText)];
}

export function layout(steps: readonly Step[], bs: readonly Clause[], rs: readonly Clause[], maker: ChangeMaker): RedlineParagraph[] {
  const baseById = new Map(bs.map((c) => [c.id, c]));
  const revisedById = new Map(rs.map((c) => [c.id, c]));
  const paragraph = (c: Clause, mark: RedlineParagraph['mark'], label: Segment[], text: Segment[]): RedlineParagraph => ({ role: roleOf(c), id: c.id, depth: c.depth, label, text, mark });
  return steps.map((s) => {
    switch (s.kind) {
      case 'pair':
        return paragraph(s.r, null, labelSegments(s.b, s.r), maker.wordsOf(s.b, s.r));
      case 'sup':
        return paragraph(s.b, 'delete', whole('delete', s.b.labelText), whole('delete', s.b.text));
      case 'add':
        return paragraph(s.r, 'insert', whole('insert', s.r.labelText), whole('insert', s.r.text));
      case 'origin':
        return {
          ...paragraph(s.b, 'delete', whole('delete', s.b.labelText), whole('delete', s.b.text)),
          move: { end: 'origin', id: s.r.id, reference: referenceOf(s.r, revisedById) },
        };
      case 'destination':
        return {
          ...paragraph(s.r, 'insert', labelSegments(s.b, s.r), maker.wordsOf(s.b, s.r)),
          move: { end: 'destination', id: s.b.id, reference: referenceOf(s.b, baseById) },
        };
    }
  });
}
