/**
 * Boilerplate recognisers: donation appeals, advertisement markers, trailing
 * link lists, social lines and copyright footers. Precision beats recall here:
 * a wrongly kept appeal is a nuisance, a wrongly removed sentence silently
 * changes the article an analyst grades. So every rule looks only at the head
 * or tail of the article (except bare "Advertisement" lines) and every
 * pattern needs unmistakable wording.
 */

/** A run of original paragraphs [start, end) to take out of the body. */
export interface Range {
  start: number;
  end: number;
  reason: string;
}

const AD_LINE =
  /^(?:advertisements?|sponsored(?: content| links?| stories| post)?|paid (?:content|post)|(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)|continue reading (?:below|after) (?:the )?(?:advertisement|ad))$/i;

/** Wording that only a publisher asking its readers for money would use. */
const STRONG_APPEAL = [
  /\breaders like you\b/i,
  /\bsupport (?:from|of) (?:readers|people|listeners|viewers) like you\b/i,
  /\bplease (?:contribute|donate|subscribe|support us|support our|consider (?:supporting|donating|subscribing|a contribution|making a contribution))\b/i,
  /\bwe need your (?:help|support)\b/i,
  /\badvertising revenue\b.*\bour mission\b/i,
  /\bsupport (?:our|independent) journalism\b/i,
  /\bbecome an? (?:member|subscriber|supporter|patron)\b/i,
  /\b(?:subscribe|donate) (?:now|today)\b/i,
  /\bcontribute what you can\b/i,
  /\bkeep(?:s|ing)? (?:these stories|this (?:site|website|journalism|reporting)|our (?:journalism|reporting|site|website|newsroom)) (?:free|open|independent)\b/i,
];

/** Wording that is an appeal only when the outlet is also talking to "you". */
const WEAK_APPEAL = [
  /\bkeeps? paywalls? (?:away|down)\b|\bwithout a paywall\b/i,
  /\bmonthly (?:payment|contribution|donation|gift)\b/i,
  /\b(?:once|one)-off (?:donation|contribution|payment|gift)\b/i,
  /\bsupport us\b/i,
  /\bmake a (?:donation|contribution)\b/i,
];

const SOCIAL = [
  /^follow .{1,60}? on (?:facebook|twitter|x|instagram|threads|bluesky|linkedin|telegram|youtube|tiktok|mastodon|google news)\b.{0,60}$/i,
  /^(?:follow|find|like|join) us on\b.{0,80}$/i,
  /^read the (?:full|original|complete|whole|rest of the) (?:article|story|report|interview|piece)\b.{0,60}$/i,
  /^share (?:this|the) (?:article|story|post|page)\b.{0,40}$/i,
  /^(?:share|tweet|email|print)(?: this(?: article| story| page)?)?(?: on (?:facebook|twitter|x|whatsapp|linkedin))?:?$/i,
  /^(?:facebook|twitter|x|instagram|whatsapp|linkedin|telegram|email|reddit|copy link)(?:\s*[|·,/]\s*(?:facebook|twitter|x|instagram|whatsapp|linkedin|telegram|email|reddit|copy link))*$/i,
  /^sign up for (?:our|the) (?:free |daily |weekly )?newsletters?\b.{0,80}$/i,
];

const LINK_LIST_HEADER = [
  /^(?:the )?latest(?: news| stories| headlines| articles)?$/i,
  /^related(?: articles| stories| news| content| posts| coverage| reading| topics)?$/i,
  /^read (?:more|next|also)(?: (?:on|about|from) .{1,40})?$/i,
  /^more (?:from|on|in|about) .{1,50}$/i,
  /^more (?:news|stories|articles|headlines)$/i,
  /^most (?:read|popular|commented|viewed|shared|recent)(?: articles| stories| news)?(?: (?:today|this week|now))?$/i,
  /^trending(?: now| stories| news| topics)?$/i,
  /^(?:top|popular|recommended|editor'?s? picks?)(?: stories| articles| news| for you| now)?$/i,
  /^you (?:may|might) (?:also )?(?:like|be interested in|have missed)$/i,
];

const COPYRIGHT_LINE = /^(?:copyright\s*)?(?:©|\(c\))|^copyright\s+(?:\d{4}|by\b)|\ball rights reserved\b/i;
const DISCLAIMER =
  /\b(?:not (?:be )?(?:held )?responsible|no responsibility|assumes no|(?:educational|informational|entertainment) purposes|trademarks?|terms of (?:use|service)|privacy policy|all rights reserved|may not be (?:reproduced|republished|redistributed|copied)|without (?:prior )?(?:written )?permission|protected under|not intended as a substitute|fair use)\b/i;

const SECOND_PERSON = /\b(?:you|your)\b/i;
const FIRST_PERSON_PLURAL = /\b(?:we|us|our)\b/i;

export function wordCount(p: string): number {
  return p.split(/\s+/).filter(Boolean).length;
}

function bare(p: string): string {
  return p.replace(/^[\s\-–—•*]+|[\s:.\-–—…]+$/gu, '');
}

export function isAdvertisement(p: string): boolean {
  return AD_LINE.test(bare(p));
}

/** Reported speech ("“We need your help,” the mayor said") is article text, whatever it asks for. */
const REPORTED = /^["“‘'«„]|\b(?:said|says|told|tells reporters|according to|wrote|writes)\b/i;

export function isAppeal(p: string): boolean {
  if (REPORTED.test(p)) return false;
  if (STRONG_APPEAL.some((re) => re.test(p))) return true;
  return WEAK_APPEAL.some((re) => re.test(p)) && SECOND_PERSON.test(p) && FIRST_PERSON_PLURAL.test(p);
}

/** A short line that is not a sentence: a button label, a widget title, a menu entry. */
function isShortLine(p: string): boolean {
  return wordCount(p) <= 8 && !/[.!?]["”’')\]]*$/u.test(p);
}

const isSocial = (p: string) => wordCount(p) <= 20 && SOCIAL.some((re) => re.test(p.trim()));
const isLinkListHeader = (p: string) => wordCount(p) <= 6 && LINK_LIST_HEADER.some((re) => re.test(bare(p)));
const isCopyright = (p: string) => wordCount(p) <= 25 && COPYRIGHT_LINE.test(p);

function runReason(paras: readonly string[], start: number, end: number): string {
  let ads = false;
  let appeals = false;
  for (let i = start; i < end; i++) {
    const p = paras[i] ?? '';
    if (isAdvertisement(p)) ads = true;
    else if (isAppeal(p)) appeals = true;
  }
  if (ads && appeals) return 'advertisement and donation appeal';
  return appeals ? 'donation appeal' : 'advertisement';
}

/**
 * Appeals and ad markers at the very top. The run must begin with one; short
 * lines are absorbed only when an appeal follows them, so a short headline
 * after the appeal is never swallowed.
 */
export function leadingBoilerplate(paras: readonly string[]): Range | undefined {
  let lastStrong = -1;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] ?? '';
    if (isAdvertisement(p) || isAppeal(p)) lastStrong = i;
    else if (i === 0 || !isShortLine(p)) break;
  }
  if (lastStrong < 0) return undefined;
  return { start: 0, end: lastStrong + 1, reason: runReason(paras, 0, lastStrong + 1) };
}

type TailDetector = (paras: readonly string[], lower: number, end: number) => Range | undefined;

/** A copyright line near the end, with only legal small print or footer links after it. */
const copyrightFooter: TailDetector = (paras, lower, end) => {
  for (let k = Math.max(lower, end - 12); k < end; k++) {
    if (!isCopyright(paras[k] ?? '')) continue;
    const after = paras.slice(k + 1, end);
    if (after.every((p) => isCopyright(p) || DISCLAIMER.test(p) || isShortLine(p))) {
      const reason = after.some((p) => DISCLAIMER.test(p) && !isCopyright(p)) ? 'copyright notice and legal disclaimer' : 'copyright notice';
      return { start: k, end, reason };
    }
  }
  return undefined;
};

/** "THE LATEST NEWS", "Most Commented"… followed only by headline-sized lines. */
const linkList: TailDetector = (paras, lower, end) => {
  let header = -1;
  for (let k = end - 1; k >= lower && k >= end - 80; k--) {
    const p = paras[k] ?? '';
    if (wordCount(p) > 20) break;
    if (isLinkListHeader(p)) header = k;
  }
  return header >= 0 ? { start: header, end, reason: 'trailing link list' } : undefined;
};

const socialLines: TailDetector = (paras, lower, end) => {
  let k = end;
  while (k > lower && isSocial(paras[k - 1] ?? '')) k--;
  return k < end ? { start: k, end, reason: 'social links' } : undefined;
};

/** Appeals at the bottom plus the widget debris after them ("Close", "News in 60 seconds"). */
const trailingAppeal: TailDetector = (paras, lower, end) => {
  let firstStrong = -1;
  for (let k = end - 1; k >= lower; k--) {
    const p = paras[k] ?? '';
    if (isAdvertisement(p) || isAppeal(p)) firstStrong = k;
    else if (!isShortLine(p)) break;
  }
  return firstStrong >= 0 ? { start: firstStrong, end, reason: runReason(paras, firstStrong, end) } : undefined;
};

const TAIL_DETECTORS: TailDetector[] = [copyrightFooter, socialLines, linkList, trailingAppeal];

/**
 * Peels boilerplate off the end, one recognised layer at a time (a footer can
 * stack a link list above social lines above a copyright notice). Never
 * reaches above `lower`, the end of the leading boilerplate.
 */
export function trailingBoilerplate(paras: readonly string[], lower: number): Range[] {
  const ranges: Range[] = [];
  let end = paras.length;
  for (let found = true; found && end > lower; ) {
    found = false;
    for (const detect of TAIL_DETECTORS) {
      const range = detect(paras, lower, end);
      if (range) {
        ranges.push(range);
        end = range.start;
        found = true;
        break;
      }
    }
  }
  return ranges;
}

/** Bare "Advertisement" markers inside the body, one range per contiguous run. */
export function inlineAdvertisements(paras: readonly string[], from: number, to: number): Range[] {
  const ranges: Range[] = [];
  for (let k = from; k < to; k++) {
    if (!isAdvertisement(paras[k] ?? '')) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.end === k) last.end = k + 1;
    else ranges.push({ start: k, end: k + 1, reason: 'advertisement' });
  }
  return ranges;
}

const KEEPS_OPEN = /\bkeeps? ((?:[Tt]he )?\p{Lu}[\p{L}\d.&'’-]*(?: \p{Lu}[\p{L}\d.&'’-]*){0,4}) (?:open|going|alive|independent|running)\b/u;

/** "Support from readers like you keeps The Journal open." → "The Journal". */
export function outletFromAppeal(text: string): string | undefined {
  return KEEPS_OPEN.exec(text)?.[1];
}

export function isCopyrightLine(p: string): boolean {
  return isCopyright(p);
}
