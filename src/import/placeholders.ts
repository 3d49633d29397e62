// Placeholders in one canonical form, the × of GB/T 9704's own examples: ××市, ××公司,
// ×年×月×日, ×次. Contributors' scattered forms (X, XX, x, xx, *, XXXX, full-width Ｘ ＊) are
// rewritten here; the linter can use PLACEHOLDER_VARIANT to flag the same forms.

/** Chinese text around a placeholder: ideographs, digits, and Chinese punctuation (“XX”, 成员*、*). */
const CONTEXT = '\\u4e00-\\u9fa5\\d\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’…—×()';
const RUN = '(?<![A-Za-z])(?:[Xx]+|\\*+|[Ｘｘ＊]+)(?![A-Za-z])';

/** A run of placeholder characters that touches Chinese text or digits (so "Excel" or "a * b" are left alone). */
export const PLACEHOLDER_VARIANT = new RegExp(`${RUN}(?=[${CONTEXT}])|(?<=[${CONTEXT}])${RUN}`, 'g');

/** Units after which a placeholder stands for a number: ×年×月×日, ×次, ×项. */
const COUNTED = /^(?:年|月|日|时|分|次|项|个|名|人|条|家|天|周|期|批|场|件|份|篇|本|元|万|亿|千|百|余|多|%|％|届|轮|中|会|号|批次|类|起|处|所|座)/;
/** Suffixes of names of places and organisations: ××市, ××局, ××公司. */
const NAMED = /^(?:省|市|区|县|镇|乡|村|街道|社区|旗|盟|州|局|厅|委|办|部|处|科|室|组|院|所|站|队|中心|公司|集团|单位|学校|医院|系统|行业|领域|事业|工作|项目)/;
/** A person's name: ×××同志, 局长×××. */
const PERSON_AFTER = /^同志/;
const PERSON_BEFORE = /(?:书记|局长|厅长|处长|科长|主任|部长|组长|队长|院长|所长|经理|董事长|人员|委员|成员|×××[、，])$/;

export interface PlaceholderChange {
  index: number;
  from: string;
  to: string;
}

/** The canonical × form of a placeholder, given the text that follows it. */
export function canonicalPlaceholder(raw: string, after: string, before = ''): string {
  if (COUNTED.test(after)) return '×';
  if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) return '×××';
  if (NAMED.test(after)) return '××';
  return raw.length === 1 ? '×' : '××';
}

/** Rewrites every placeholder variant to the × form. */
export function normalisePlaceholders(text: string): { text: string; changes: PlaceholderChange[] } {
  const changes: PlaceholderChange[] = [];
  let out = '';
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER_VARIANT)) {
    out += text.slice(at, m.index);
    // The rewritten text so far is the context: 成员×××、 then the next * is a name too.
    const to = canonicalPlaceholder(m[0], text.slice(m.index + m[0].length), out);
    changes.push({ index: m.index, from: m[0], to });
    out += to;
    at = m.index + m[0].length;
  }
  return { text: out + text.slice(at), changes };
}
