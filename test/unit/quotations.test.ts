/** Finding quotations, their marks and their speakers: src/lib/quotation-marks.ts, attribution.ts, quotations.ts. */
import { describe, expect, it } from 'vitest';
import { classify, findAttributions, nameOf } from '../../src/lib/attribution';
import { markedSpans, sentenceSpans } from '../../src/lib/quotation-marks';
import { type PlacedCorrection, readQuotations, speakerName } from '../../src/lib/quotations';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { loadSite } from '../helpers/content';

const context = { media: ['CNN', 'Al Jazeera', 'Fox News', 'The Washington Post', 'Axios'] };
const blocksOf = (markdown: string) => textBlocks(markdownTree(markdown));

describe('markedSpans: quotation marks as outlets print them', () => {
  it.each([
    ['curly', 'He said “we will stay” and left.', [['we will stay', false]]],
    ['straight', 'He said "we will stay" and left.', [['we will stay', false]]],
    [
      'curly opened, straight closed',
      'It condemned a “flagrant violation of all norms" as smoke rose.',
      [['flagrant violation of all norms', true]],
    ],
    [
      'two in a sentence',
      'A "blatant violation" and a "serious threat" followed.',
      [
        ['blatant violation', false],
        ['serious threat', false],
      ],
    ],
    ['single marks in a headline', '‘Israel takes full responsibility’', [['Israel takes full responsibility', false]]],
    [
      'a quote within a quote',
      '“They called it ‘a precise strike’ today,” she said.',
      [['They called it ‘a precise strike’ today,', false]],
    ],
  ] as const)('%s', (_, text, expected) => {
    expect(markedSpans(text).map((s) => [s.inner, s.mismatched])).toEqual(expected);
  });

  it('reads apostrophes as apostrophes, not quotation marks', () => {
    expect(markedSpans("Hamas’ chief and Qatar's envoy said it’s over; the leaders' talks went on.")).toEqual([]);
  });

  it('keeps a quotation open to the end of its paragraph when no mark closes it', () => {
    const [span] = markedSpans('He said: “We will go on. We will not stop');
    expect(span).toMatchObject({ inner: 'We will go on. We will not stop', unclosed: true });
  });
});

describe('sentenceSpans', () => {
  const sentences = (text: string) => sentenceSpans(text, markedSpans(text)).map(([s, e]) => text.slice(s, e));
  it.each([
    ['ends at a full stop before a capital', 'One thing. Another thing.', ['One thing.', 'Another thing.']],
    ['not after an abbreviation', 'The U.S. Embassy said so. It closed.', ['The U.S. Embassy said so.', 'It closed.']],
    [
      'not inside a quotation',
      '“I am afraid. It could be over,” she wrote. “Why?”',
      ['“I am afraid. It could be over,” she wrote.', '“Why?”'],
    ],
    ['after a quotation that ends one', '“It is over.” The rest followed.', ['“It is over.”', 'The rest followed.']],
  ] as const)('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('findAttributions: who a sentence says is speaking', () => {
  it.each([
    [
      'X said',
      'Press secretary Karoline Leavitt said Trump spoke to Netanyahu.',
      'Press secretary Karoline Leavitt',
      'named',
      'said',
      undefined,
    ],
    [
      'said X, after a quotation',
      '⁠⁠⁠⁠ said Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari.',
      'Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari',
      'named',
      'said',
      undefined,
    ],
    [
      'according to X',
      'The plan moved ahead, according to an official familiar with the meeting.',
      'an official familiar with the meeting',
      'anonymous',
      'according to',
      undefined,
    ],
    ['X wrote on X', 'Zangauker wrote on X.', 'Zangauker', 'named', 'wrote', undefined],
    [
      'X told an outlet',
      'A senior Israeli official told CNN that the talks were over.',
      'A senior Israeli official',
      'anonymous',
      'told',
      'CNN',
    ],
    [
      'X confirmed to an outlet',
      'Two Israeli officials confirmed to CNN that the strike targeted leaders.',
      'Two Israeli officials',
      'anonymous',
      'confirmed to',
      'CNN',
    ],
    [
      'an apposition',
      'The Qatari foreign ministry’s spokesperson, Majed Al Ansari, said the attack was cowardly.',
      'The Qatari foreign ministry’s spokesperson, Majed Al Ansari',
      'named',
      'said',
      undefined,
    ],
    [
      'an aside between commas',
      'Qatar, which has hosted talks for years, announced it was suspending its role.',
      'Qatar',
      'named',
      'announced',
      undefined,
    ],
    [
      'a relative clause',
      'The Israeli source who spoke to CNN said the US was informed.',
      'The Israeli source',
      'anonymous',
      'said',
      'CNN',
    ],
    [
      'a participle',
      'But Qatari Foreign Ministry spokesperson Majed al-Ansari derided the warning, saying it came late.',
      'Qatari Foreign Ministry spokesperson Majed al-Ansari',
      'named',
      'derided',
      undefined,
    ],
    [
      'words between speaker and verb',
      'Israeli officials have repeatedly said Hamas leaders abroad direct operations.',
      'Israeli officials',
      'anonymous',
      'said',
      undefined,
    ],
    [
      'an outlet reporting',
      'According to reporting by The Washington Post, Mossad declined.',
      'The Washington Post',
      'media',
      'According to',
      undefined,
    ],
    [
      'a journalist of an outlet',
      'Axios’s Barak Ravid, citing a U.S. official, said that Israel notified the U.S.',
      'Axios’s Barak Ravid',
      'media',
      'said',
      undefined,
    ],
    ['a pronoun', 'She also told reporters that an envoy passed along a warning.', 'She', 'unnamed', 'told', undefined],
  ] as const)('%s', (_, sentence, speaker, kind, verb, via) => {
    const found = findAttributions(sentence, context);
    const attribution = found.find((a) => a.speaker === speaker);
    expect(attribution, JSON.stringify(found.map((a) => a.speaker))).toMatchObject({ kind, verb });
    expect(attribution?.via).toBe(via);
  });

  it.each([
    ['a proposal calling on someone', 'The proposal called on Hamas to release all hostages.'],
    ['a noun that looks like a verb', 'Witkoff passed along a warning to the Qataris.'],
    ['no speech at all', 'Loud explosions were heard in the capital city.'],
    ['a promise of an act, not of words', 'Saudi Arabia and the United Arab Emirates promised their support to Qatar.'],
  ])('finds no speaker in %s', (_, sentence) => {
    expect(findAttributions(sentence, context)).toEqual([]);
  });

  it.each([
    ['A senior Israeli official', 'anonymous'],
    ['Two US officials', 'anonymous'],
    ['a UN spokesperson', 'anonymous'],
    ['Foreign Ministry spokesperson Majed Al Ansari', 'named'],
    ['The White House', 'named'],
    ['Israeli media', 'media'],
    ['the network', 'media'],
    ['Fox News', 'media'],
    ['he', 'unnamed'],
    ['his office', 'unnamed'],
    ['the military', 'unnamed'],
  ] as const)('classifies “%s” as %s', (speaker, kind) => {
    expect(classify(speaker, context)).toBe(kind);
  });

  it.each([
    ['Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari', 'Majed Al Ansari'],
    ['Antonio Guterres, the Secretary-General of the United Nations', 'Antonio Guterres'],
    ["Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani", 'Sheikh Mohammed bin Abdulrahman Al Thani'],
    ['the Israeli Prime Minister’s Office', 'Israeli Prime Minister’s Office'],
    ['a senior Israeli official', 'senior Israeli official'],
  ])('names “%s” as “%s”', (speaker, name) => {
    expect(nameOf(speaker)).toBe(name);
  });
});

describe('readQuotations: quotations with their speakers', () => {
  const read = (markdown: string, corrections: PlacedCorrection[] = []) =>
    readQuotations(blocksOf(markdown), context, corrections).quotations.map((q) => ({
      text: q.text,
      kind: q.kind,
      speaker: q.speaker?.name,
      resolved: q.speaker?.refersTo?.name,
      verb: q.speaker?.verb,
      continues: q.continues,
    }));

  it('takes the speaker after the quotation first, then the one before', () => {
    expect(read('“We are awaiting the results,” the official said.\n\nIn a statement, the Office said, “It is done.”')).toEqual([
      {
        text: 'We are awaiting the results,',
        kind: 'quotation',
        speaker: 'the official',
        resolved: undefined,
        verb: 'said',
        continues: false,
      },
      { text: 'It is done.', kind: 'quotation', speaker: 'the Office', resolved: undefined, verb: 'said', continues: false },
    ]);
  });

  it('gives both parts of a quotation broken by “he said” to its speaker', () => {
    const [first, second] = read('“I am trembling with fear,” Zangauker wrote on X. “Why is he insisting on this?”');
    expect(first).toMatchObject({ speaker: 'Zangauker', verb: 'wrote', continues: false });
    expect(second).toMatchObject({ text: 'Why is he insisting on this?', speaker: 'Zangauker', continues: true });
  });

  it('prefers the one saying the words to the one relaying them', () => {
    const [q] = read(
      'Antonio Guterres condemned the attack, saying “Qatar has been playing a very positive role,” according to a UN spokesperson.',
    );
    expect(q).toMatchObject({ speaker: 'Antonio Guterres', verb: 'saying' });
  });

  it('tells scare quotes (one to three words, no speaker) from quotations', () => {
    expect(
      read('The council’s “temporary” shelters stay. The White House called it an “unfortunate incident”.').map((q) => [q.text, q.kind]),
    ).toEqual([
      ['temporary', 'scare'],
      ['unfortunate incident', 'quotation'],
    ]);
  });

  it('reads a pronoun as the speaker named before it, and says so', () => {
    const [, second] = read(
      '“The State of Qatar condemns this,” Foreign Ministry spokesperson Majed Al Ansari said. He added that it was a "blatant violation of international laws".',
    );
    expect(second).toMatchObject({ speaker: 'He', resolved: 'Foreign Ministry spokesperson Majed Al Ansari' });
  });

  it('reads “the official” as the unnamed official of the paragraph before', () => {
    const quotations = read(
      'A senior Israeli official told CNN that the leaders were targeted.\n\n“We are awaiting the results of the strike,” the official said.',
    );
    expect(quotations[0]).toMatchObject({ speaker: 'the official', resolved: 'A senior Israeli official' });
  });

  it('reads a trailing “it said” as its sentence’s subject', () => {
    const quotations = read(
      'Following the strike, the US embassy in Qatar instituted a shelter-in-place order, it said in a post on X.\n\n“We have seen reports of missile strikes,” it said.',
    );
    expect(quotations[0]).toMatchObject({ speaker: 'it', resolved: 'the US embassy' });
  });

  it('leaves a pronoun with nothing before it unresolved, as such', () => {
    expect(read('It condemned what it referred to as a “flagrant violation of all international laws and norms".')[0]).toMatchObject({
      speaker: 'it',
      resolved: undefined,
      verb: 'referred to as',
    });
  });

  it('applies an editor’s correction where the finder cannot know', () => {
    const text = 'It condemned what it referred to as a “flagrant violation of all international laws and norms".';
    const start = text.indexOf('It condemned');
    const correction: PlacedCorrection = {
      block: 0,
      start,
      end: start + 'It condemned what it referred to as'.length,
      source: 'Qatar',
      kind: 'named',
      note: 'It is Qatar.',
    };
    const [q] = readQuotations(blocksOf(text), context, [correction]).quotations;
    expect(q?.speaker).toMatchObject({ name: 'it', refersTo: { name: 'Qatar', kind: 'named' }, corrected: 'It is Qatar.' });
    expect(speakerName(q!.speaker!)).toBe('Qatar');
  });

  it('carries an unclosed quotation into the next paragraph', () => {
    const quotations = read('“We will go on,” the mayor said. “We will not stop\n\n“until every home is rebuilt.”');
    expect(quotations.map((q) => [q.speaker, q.continues])).toEqual([
      ['the mayor', false],
      ['the mayor', true],
      ['the mayor', true],
    ]);
  });
});

describe('the quotations of the Doha story', () => {
  const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
  const quotations = (outlet: string) => readQuotations(story.articles.find((a) => a.outlet.id === outlet)!.blocks, context).quotations;
  const find = (outlet: string, start: string) => quotations(outlet).find((q) => q.text.startsWith(start));

  it.each([
    ['cnn', 'We are awaiting', 'A senior Israeli official', 'anonymous'],
    ['cnn', 'While strongly condemning', 'Al Ansari', 'named'],
    ['cnn', 'Why is he insisting', 'Zangauker', 'named'],
    ['cnn', 'Summit of Fire', 'the IDF', 'named'],
    ['cnn', 'respond positively', 'an official familiar with the meeting', 'anonymous'],
    ['ap', 'we will do whatever', 'Sheikh Mohammed', 'named'],
    ['ap', 'made his thoughts', 'Press secretary Karoline Leavitt', 'named'],
    ['business-times', 'serious threat', 'Foreign Ministry spokesperson Majed Al Ansari', 'named'],
    ['business-times', 'precise munitions', 'the IDF', 'named'],
    ['truthout', 'Today’s action', 'Israeli Prime Minister Benjamin Netanyahu’s office', 'named'],
    ['truthout', 'While the State of Qatar', 'Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari', 'named'],
    ['interbellum', 'not happy', 'Rubio', 'named'],
  ])('%s: “%s…” is attributed to %s', (outlet, start, name, kind) => {
    const q = find(outlet, start);
    expect(q?.speaker && speakerName(q.speaker)).toBe(name);
    expect(q?.speaker?.refersTo?.kind ?? q?.speaker?.kind).toBe(kind);
  });

  it('finds every quotation CNN prints, and no scare quote', () => {
    expect(quotations('cnn')).toHaveLength(14);
    expect(quotations('cnn').every((q) => q.kind === 'quotation')).toBe(true);
  });

  it('reads AP’s “…" as one quotation with mismatched marks', () => {
    expect(find('ap', 'flagrant violation')).toMatchObject({
      mismatched: true,
      text: 'flagrant violation of all international laws and norms',
    });
  });
});
