/** The evidence rules: an answer says no more than its quote; a claim keeps its quote's attribution. */
import { describe, expect, it } from 'vitest';
import { attributionProblems, unsupportedTerms } from '../../src/lib/grounding';

const ALIASES = [
  ['IDF', 'Israel Defense Forces', 'Israeli military'],
  ['US', 'United States', 'Washington'],
];

describe('unsupportedTerms: an answer may reword, never add a number, a negation or a name', () => {
  it.each([
    ['Tuesday', 'in Qatar on Tuesday'],
    ['US proposal', 'to consider a U.S. proposal for a ceasefire'],
    ['harms the talks', 'risked upending talks aimed at winding down the war'],
    ['five Hamas members', 'five lower-level members were killed, including the son of Hamas’ leader'],
    ['5 killed', 'five people were killed'],
    ['eight F-15s and four F-35s', 'eight F-15 fighter jets and four F-35 stealth aircraft'],
    ['IDF and Shin Bet', 'the Israel Defense Forces and the Shin Bet'],
    ['Israeli military', 'the IDF said'],
    ['al-Thani', 'Sheikh Mohammed bin Abdulrahman Al Thani'],
    ['not killed', 'was not killed in the strike'],
    ['no proof', 'offered no immediate proof'],
    ['did not advance peace', 'that didn’t advance peace in the region'],
    ['yes', 'The United States said Israel alerted it before the strike.'],
    ['Qataris warned', 'passed along a warning to the Qataris'],
    ['responsible for October 7', 'directly responsible for the brutal October 7th massacre'],
  ])('%j is supported by %j', (value, quote) => expect(unsupportedTerms(value, quote, ALIASES)).toEqual([]));

  it.each([
    [
      'five Hamas members and a Qatari security officer',
      'it killed the son of Hamas leader Khalil al-Hayya, three of his associates and a Qatari security officer',
      [{ kind: 'number', term: 'five' }],
    ],
    ['not ended', 'he stopped short of saying Qatar would end its mediation efforts', [{ kind: 'negation', term: 'not' }]],
    ['Trump', 'the administration had been notified', [{ kind: 'name', term: 'Trump' }]],
    ['IDF and Shin Bet', 'in a joint operation with the Shin Bet security agency', [{ kind: 'name', term: 'IDF' }]],
    ['1,200 killed', 'killed about 1,300 people', [{ kind: 'number', term: '1200' }]],
  ])('%j is not supported by %j', (value, quote, missing) => expect(unsupportedTerms(value, quote, ALIASES)).toEqual(missing));
});

describe('attributionProblems: attribution kept, no source added', () => {
  const AP = ['AP', 'The Associated Press'];
  it.each([
    [
      'Hamas said in a statement that its top leaders survived the strike.',
      'Hamas said in a statement its top leaders survived the strike',
    ],
    ['AP reports that the strike in Qatar happened on Tuesday.', 'in Qatar on Tuesday'],
    ['According to Hamas, five lower-level members were killed.', 'five lower-level members were killed, Hamas said'],
    [
      'AP reports that Mossad Director David Barnea reportedly opposed the strike.',
      'Mossad Director David Barnea reportedly opposed the strike',
    ],
    [
      'Citing CNN, AP reports that two Israeli officials confirmed the strike targeted Hamas leaders.',
      'Two Israeli officials confirmed to CNN that the strike targeted Hamas leaders',
    ],
    ['AP reports that the Israeli military said it struck.', 'the IDF said it struck'],
    [
      'A senior Israeli official told CNN that al-Hayya was among those targeted.',
      'A senior Israeli official told CNN that among those targeted was al-Hayya.',
    ],
    ['Citing The Washington Post, AP reports that the Mossad declined.', 'According to reporting by The Washington Post, Mossad declined'],
    [
      'AP reports that Secretary of State Marco Rubio said Washington was “not happy”.',
      'Rubio said Saturday that Washington was “not happy”',
    ],
    ['Israel’s military said it struck, according to the IDF.', 'the Israel Defense Forces said it struck'],
  ])('%j keeps the attribution of %j', (text, quote) => expect(attributionProblems(text, quote, AP, ALIASES)).toEqual([]));

  it.each([
    ['AP reports that the leaders survived.', 'Hamas said in a statement its top leaders survived the strike', [{ kind: 'dropped' }]],
    ['AP reports that Barnea opposed the strike.', 'Barnea reportedly opposed the strike', [{ kind: 'dropped' }]],
    [
      'AP reports that the strikes were approved by the Trump administration.',
      'Israeli media reported that the strikes were approved by the Trump administration.',
      [{ kind: 'dropped' }],
    ],
    [
      'Leavitt told reporters that Witkoff passed along a warning.',
      'She also told reporters that Witkoff passed along a warning.',
      [{ kind: 'added-source', source: 'Leavitt' }],
    ],
    [
      'Majed Al Ansari said the attack targeted residential buildings.',
      'targeted residential buildings in Doha',
      [{ kind: 'added-source', source: 'Majed Al Ansari' }],
    ],
    ['According to Qatar, the warning came late.', 'the warning came late, officials said', [{ kind: 'added-source', source: 'Qatar' }]],
  ])('%j mistreats the attribution of %j', (text, quote, problems) =>
    expect(attributionProblems(text, quote, AP, ALIASES)).toEqual(problems),
  );
});
