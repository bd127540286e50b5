import { COMMON_CAPITALISED_WORDS } from './common-words';

/** A stretch of text that reads like a person's name: "Jan de Vries", "Mohammed", "Anne-Marie". */
export interface NameCandidate {
  start: number;
  end: number;
}

interface CapitalisedWord {
  start: number;
  end: number;
  common: boolean;
  sentenceStart: boolean;
  afterPlacePreposition: boolean;
}

// A capital followed by lower case, so acronyms (VR, GGZ, BSN) are never names.
const CAPITALISED_WORD = /\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*/gu;
// Tussenvoegsels that may sit between the parts of a Dutch name.
const PARTICLES = /^\s+(?:(?:van|de|der|den|het|'t|ter|ten|te|in|op|la|le|el|al|da|du|von)\s+)*$/;
// After these a capitalised word is a place ("woont in Oss", "gemeente Maashorst"), not a person.
const PLACE_PREPOSITION = /(?:^|\s)(?:in|te|uit|naar|vanuit|richting|gemeente|regio|provincie)\s+$/i;
// Abbreviations whose full stop does not end a sentence ("mw. Jansen", "geb. 12-03-2009").
const ABBREVIATION_BEFORE_STOP = /(?:^|[\s(])(?:mw|mevr|dhr|hr|mr|dr|drs|ir|ing|geb|bijv|evt|ca|nr|st|o\.a)\.\s+$/i;

/**
 * Names a post might mention. A word pair ("Jan de Vries") counts anywhere; a single word counts
 * when it is not a common word, not a place after "in"/"gemeente", and not merely capitalised
 * because it opens a sentence — unless a comma or bracket follows it ("Mohammed, geboren …").
 */
export function findNameCandidates(text: string): NameCandidate[] {
  const words = capitalisedWords(text);
  const names: NameCandidate[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first) break;
    let last = first;
    let j = i + 1;
    for (let next = words[j]; next; next = words[j]) {
      if (next.common || last.common || !PARTICLES.test(text.slice(last.end, next.start))) break;
      last = next;
      j += 1;
    }
    if (j - i > 1) {
      names.push({ start: first.start, end: last.end });
    } else if (isSingleName(text, first)) {
      names.push({ start: first.start, end: first.end });
    }
    i = j;
  }
  return names;
}

function isSingleName(text: string, word: CapitalisedWord): boolean {
  if (word.common || word.afterPlacePreposition) return false;
  return !word.sentenceStart || /^\s*[,(]/.test(text.slice(word.end));
}

function capitalisedWords(text: string): CapitalisedWord[] {
  const words: CapitalisedWord[] = [];
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    words.push({
      start,
      end,
      common: COMMON_CAPITALISED_WORDS.has(match[0].toLowerCase()),
      sentenceStart: opensSentence(before),
      afterPlacePreposition: PLACE_PREPOSITION.test(before),
    });
  }
  return words;
}

function opensSentence(before: string): boolean {
  if (/^[\s"'“‘(•*-]*$/.test(before)) return true;
  if (ABBREVIATION_BEFORE_STOP.test(before)) return false;
  return /(?:[.!?:;]|\n)[\s"'“‘(•*-]*$/.test(before);
}
