import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../asl/parse.ts';
import { validate } from '../../asl/validate.ts';
import { closestName, editDistance, quickFixesFor, rankByCloseness } from './quickFixes.ts';

describe('closest name', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['Next', 'Next', 0],
    ['checkOrder', 'CheckOrder', 0.5],
    ['', 'abc', 3],
  ])('editDistance(%s, %s) = %s', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('ranks candidates by distance, ties in their order, without the name itself', () => {
    expect(closestName('SendNotifcation', ['CreateUser', 'SendNotification', 'PlaceOrder'])).toBe('SendNotification');
    expect(closestName('checkorder', ['CheckOrders', 'CheckOrder'])).toBe('CheckOrder');
    expect(rankByCloseness('A', ['A', 'B', 'C', 'AB'])).toEqual(['B', 'C', 'AB']);
    expect(closestName('X', [])).toBeUndefined();
  });
});

/** The fixes (as new texts) for the first diagnostic with a code. */
function fixes(text: string, code: string) {
  const parsed = parseDocument(text);
  const diagnostic = validate(parsed).find((d) => d.code === code);
  if (!diagnostic) throw new Error(`no ${code} in ${text}`);
  return quickFixesFor({ text, format: parsed.format, definition: parsed.value }, diagnostic);
}

// Deliberately odd formatting: 4-space and 2-space indentation mixed, a compact array, keys on one line.
const ODD = `{
    "StartAt": "First",
    "States": {
      "First": { "Type": "Pass", "Next": "Secnod" },
        "Second": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "Third"}]},
      "Third": {
          "Type": "Wait", "Seconds": 1
      }
    }
}
`;

describe('quick fixes', () => {
  it('points a dangling Next to the closest existing name, changing nothing else', () => {
    const [best, ...rest] = fixes(ODD, 'state.next.unknown');
    expect(best).toMatchObject({ title: "Change Next to 'Second'", preferred: true });
    expect(best!.text).toBe(ODD.replace('"Secnod"', '"Second"'));
    expect(rest.every((f) => !f.preferred)).toBe(true);
  });

  it('adds End: true to a state with neither Next nor End', () => {
    const [fix] = fixes(ODD, 'state.next.missing');
    expect(fix!.title).toBe('Add "End": true');
    const value = JSON.parse(fix!.text) as { States: { Third: unknown } };
    expect(value.States.Third).toEqual({ Type: 'Wait', Seconds: 1, End: true });
    expect(fix!.text.split('\n').slice(0, 5)).toEqual(ODD.split('\n').slice(0, 5));
  });

  it("adds a Default to a Choice, offering the rules' targets first", () => {
    const all = fixes(ODD, 'choice.default.none');
    expect(all.map((f) => f.title)).toEqual([`Add "Default": 'Third'`, `Add "Default": 'First'`]);
    const value = JSON.parse(all[0]!.text) as { States: { Second: { Default?: string } } };
    expect(value.States.Second.Default).toBe('Third');
  });

  it('fixes StartAt and keeps YAML comments', () => {
    const yaml = '# my machine\nStartAt: Frist # start here\nStates:\n  First:\n    Type: Succeed # done\n';
    const [fix] = fixes(yaml, 'machine.startAt.unknown');
    expect(fix!.text).toBe(yaml.replace('Frist', 'First'));
  });

  it('offers nothing for other problems', () => {
    const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "Bogus": 1}}}';
    const parsed = parseDocument(text);
    const diagnostic = validate(parsed).find((d) => d.code === 'field.unknown')!;
    expect(quickFixesFor({ text, format: 'json', definition: parsed.value }, diagnostic)).toEqual([]);
  });
});

describe('an unreachable state (an error: AWS refuses it)', () => {
  const TEXT = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "End": true },
    "Orphan": { "Type": "Pass", "End": true },
    "LoopX": { "Type": "Pass", "Next": "LoopY" },
    "LoopY": { "Type": "Pass", "Next": "LoopX" }
  }
}`;

  it('is reported for single states and for loops that nothing reaches', () => {
    const parsed = parseDocument(TEXT);
    const found = validate(parsed).filter((d) => d.code === 'state.unreachable');
    expect(found.map((d) => [d.path.at(-1), d.severity])).toEqual([
      ['Orphan', 'error'],
      ['LoopX', 'error'],
      ['LoopY', 'error'],
    ]);
  });

  it('connects it from a state that ends (preferred), or deletes it; each fix leaves it reachable or gone', () => {
    const list = fixes(TEXT, 'state.unreachable');
    expect(list.map((f) => [f.title, f.preferred])).toEqual([
      ["Connect 'A' to 'Orphan'", true],
      ["Delete state 'Orphan'", false],
    ]);
    const connected = JSON.parse(list[0]!.text) as { States: Record<string, Record<string, unknown>> };
    expect(connected.States.A).toEqual({ Type: 'Pass', Next: 'Orphan' });
    expect(validate(parseDocument(list[0]!.text)).some((d) => d.code === 'state.unreachable' && d.path.at(-1) === 'Orphan')).toBe(false);
    const deleted = JSON.parse(list[1]!.text) as { States: Record<string, unknown> };
    expect(Object.keys(deleted.States)).toEqual(['A', 'LoopX', 'LoopY']);
  });
});
