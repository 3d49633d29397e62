// Punctuation width in Chinese text (GB/T 15834-2011): half-width , ; : ? ! ( ) " ' next to
// Chinese characters become their full-width forms, ASCII quotes pair up as “” and ‘’, and
// ... / 。。。 / -- become …… and ——. Marks between Latin letters or digits (10:30, 2.5, don't)
// are left alone. No library does this for Chinese; the rules are few and local.

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》…—×';
const CJK_CHAR = new RegExp(`[${CJK}]`);
const isCjk = (c: string | undefined) => !!c && CJK_CHAR.test(c);

const SIMPLE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

export interface PunctuationResult {
  text: string;
  /** How many marks were changed. */
  changed: number;
  /** Quotes left unpaired (an odd number of ASCII double quotes). */
  unpairedQuotes: boolean;
}

/** Full-width punctuation in Chinese context. */
export function normalisePunctuation(input: string): PunctuationResult {
  let changed = 0;
  let text = input
    .replace(/\.{3,}|。{3,}|…(?!…)/g, (m, i: number, s: string) => {
      // "……" already canonical; a lone "…" is half of it.
      if (m === '…' && (s[i - 1] === '…')) return m;
      changed++;
      return '……';
    })
    .replace(/(?<=[\u4e00-\u9fff，。；：”’）])(?:-{2,}|—(?!—)|－{1,2}|─{1,2})(?=[\u4e00-\u9fff“‘（])/g, (m, i: number, s: string) => {
      if (m === '—' && s[i - 1] === '—') return m;
      changed++;
      return '——';
    });

  // Brackets are converted as pairs: a pair with Chinese inside or next to it is Chinese.
  const chars = [...text];
  const open: number[] = [];
  const convert = new Set<number>();
  chars.forEach((c, i) => {
    if (c === '(') open.push(i);
    else if (c === ')') {
      const start = open.pop();
      if (start === undefined) {
        if (isCjk(chars[i - 1]) || isCjk(chars[i + 1])) convert.add(i);
        return;
      }
      const inner = chars.slice(start + 1, i).join('');
      if (/[\u4e00-\u9fff]/.test(inner) || isCjk(chars[start - 1]) || isCjk(chars[i + 1])) convert.add(start).add(i);
    }
  });
  for (const i of open) if (isCjk(chars[i - 1]) || isCjk(chars[i + 1])) convert.add(i);
  chars.forEach((c, i) => {
    if (c === '(' || c === ')') {
      if (convert.has(i)) {
        chars[i] = SIMPLE[c]!;
        changed++;
      }
      return;
    }
    const full = SIMPLE[c];
    if (full && (isCjk(chars[i - 1]) || isCjk(chars[i + 1]))) {
      chars[i] = full;
      changed++;
    }
  });
  text = chars.join('');

  // Straight quotes (and look-alikes: ″ ＂ for ", ′ ＇ for ') become “ ” and ‘ ’ by where they
  // stand among the paragraph's quotes, curly ones included (“两个确立″ closes with ”). When the
  // result would not pair, the paragraph is left as it is and reported.
  let unpairedQuotes = false;
  if (/[\u4e00-\u9fff]/.test(text)) {
    for (const [straight, left, right] of [['"″＂', '“', '”'], ["'′＇", '‘', '’']] as const) {
      const chars = [...text];
      let open = false;
      let balanced = true;
      let count = 0;
      chars.forEach((c, i) => {
        let role: 'open' | 'close' | undefined;
        if (c === left) role = 'open';
        else if (c === right) role = 'close';
        else if (straight.includes(c) && !(c === "'" && /[A-Za-z]/.test(chars[i - 1] ?? '') && /[A-Za-z]/.test(chars[i + 1] ?? ''))) {
          role = open ? 'close' : 'open';
          chars[i] = role === 'open' ? left : right;
          count++;
        }
        if (role === 'open') {
          if (open) balanced = false;
          open = true;
        } else if (role === 'close') {
          if (!open) balanced = false;
          open = false;
        }
      });
      if (!count) continue;
      if (open || !balanced) {
        unpairedQuotes = true;
        continue;
      }
      changed += count;
      text = chars.join('');
    }
  }
  return { text, changed, unpairedQuotes };
}
