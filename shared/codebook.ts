/**
 * The codebook a new library starts with: the bias cues of DESIGN.md §2, each
 * with a working definition and an example, plus a few neutral tags. Analysts
 * can rename, recolour, nest and extend it; these are only the defaults.
 */
import { SCHEMA_VERSION, type Code, type Codebook } from './model';

const cues: Omit<Code, 'group'>[] = [
  {
    path: 'loaded-language',
    label: 'Loaded language',
    color: '#d9480f',
    description: 'Words chosen for their emotional charge rather than their accuracy, nudging the reader to a judgement.',
    example: '“the communist dictator” where “North Korea’s leader” would do.',
    shortcut: 'l',
  },
  {
    path: 'framing',
    label: 'Framing',
    color: '#ae3ec9',
    description: 'Selecting and ordering facts so one interpretation seems natural and others are not considered.',
    example: 'Opening a casualty report with one side’s losses only.',
    shortcut: 'f',
  },
  {
    path: 'omission',
    label: 'Omission',
    color: '#868e96',
    description: 'Leaving out context that other reports carry and that would change how the claim reads.',
    example: 'Reporting a figure without saying who estimated it.',
    shortcut: 'm',
  },
  {
    path: 'unsourced',
    label: 'Unsourced',
    color: '#f08c00',
    description: 'A factual claim with no attribution, or attributed only vaguely (“reports say”, “experts believe”).',
    example: '“It is widely reported that thousands have died.”',
    shortcut: 'u',
  },
  {
    path: 'speculation',
    label: 'Speculation',
    color: '#1c7ed6',
    description: 'Conjecture presented in the flow of reporting, often marked by “could”, “may”, “presumably”.',
    example: '“…presumably critically of the country they escaped.”',
    shortcut: 'p',
  },
  {
    path: 'sensationalism',
    label: 'Sensationalism',
    color: '#e03131',
    description: 'Exaggeration, alarm or spectacle beyond what the facts support (capitals, superlatives, “WWIII”).',
    example: '“Putin foresees Russian VICTORY”.',
    shortcut: 's',
  },
  {
    path: 'opinion-as-fact',
    label: 'Opinion as fact',
    color: '#5f3dc4',
    description: 'A value judgement stated as if it were an established fact, without marking it as opinion.',
    example: '“The sanctions have obviously failed.”',
    shortcut: 'o',
  },
  {
    path: 'propaganda-label',
    label: 'Propaganda label',
    color: '#c2255c',
    description: 'A stock label from a propaganda repertoire used to discredit a person, group or source.',
    example: '“Anti-Putin propaganda: NATO says…”.',
    shortcut: 'g',
  },
  {
    path: 'whataboutism',
    label: 'Whataboutism',
    color: '#0c8599',
    description: 'Deflecting a charge by pointing to another party’s wrongdoing instead of answering it.',
    example: '“And what about the West’s own wars?”',
    shortcut: 'w',
  },
  {
    path: 'false-balance',
    label: 'False balance',
    color: '#2b8a3e',
    description: 'Presenting a fringe position as an equal counterpart to well-established evidence.',
    example: 'Giving a denial equal weight to confirmed intelligence from several states.',
    shortcut: 'b',
  },
];

const tags: Omit<Code, 'group'>[] = [
  { path: 'numbers', label: 'Numbers', color: '#1971c2', description: 'Counts, estimates and quantities.' },
  { path: 'numbers/casualties', label: 'Casualties', color: '#1864ab', description: 'Killed, wounded, captured.' },
  { path: 'numbers/troops', label: 'Troop numbers', color: '#1c7ed6', description: 'Deployed forces and estimates.' },
  { path: 'actors', label: 'Actors', color: '#495057', description: 'Who does or says what.' },
  { path: 'dates', label: 'Dates', color: '#5c940d', description: 'When things happened, per the source.' },
];

export function defaultCodebook(): Codebook {
  return {
    schemaVersion: SCHEMA_VERSION,
    codes: [
      ...cues.map((c) => ({ ...c, group: 'bias-cue' as const })),
      ...tags.map((c) => ({ ...c, group: 'tag' as const })),
    ],
  };
}
