// The importer's text rules, each as a contributor meets it: the encoding a file was saved in,
// placeholders in the × form, full-width punctuation in Chinese text, identifying names
// replaced, safe MDX, and the frontmatter guessed from the outline and the text.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseText } from '../../src/docmodel/index.ts';
import { decodeText } from '../../src/import/decode.ts';
import { deidentify, findIdentifyingNames } from '../../src/text/identifying-names.ts';
import { escapeMdxText, writeExemplarMdx } from '../../src/import/mdx.ts';
import { inferMeta } from '../../src/import/meta.ts';
import { normaliseOutline } from '../../src/import/normalise.ts';
import { normalisePlaceholders } from '../../src/text/placeholders.ts';
import { normalisePunctuation } from '../../src/text/punctuation.ts';

const SAMPLE = '一、存在的问题\n（一）理论学习不够深入。“两个确立”学得不透。\n';

describe('encoding detection', () => {
  const cases: Array<[string, Buffer, string]> = [
    ['UTF-8', Buffer.from(SAMPLE, 'utf8'), 'UTF-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]), 'UTF-8 (BOM)'],
    ['UTF-16LE with BOM (Notepad "Unicode")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]), 'UTF-16LE'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE, 'utf16le').swap16()]), 'UTF-16BE'],
    ['UTF-16LE without BOM', Buffer.from(`Report 2022\n${SAMPLE}`, 'utf16le'), 'UTF-16LE'],
    // Chinese-only text has almost no zero bytes in UTF-16; it was refused as binary.
    ['Chinese UTF-16LE without BOM', Buffer.from(SAMPLE, 'utf16le'), 'UTF-16LE'],
    ['Chinese UTF-16BE without BOM', Buffer.from(SAMPLE, 'utf16le').swap16(), 'UTF-16BE'],
    ['GBK (Notepad "ANSI" on Chinese Windows)', iconv.encode(SAMPLE, 'gbk'), 'GB18030'],
    ['a short GBK line', iconv.encode('一、存在的问题', 'gbk'), 'GB18030'],
    ['GB18030 with a four-byte character', iconv.encode('（一）䶮字与𠀀字的问题。\n', 'gb18030'), 'GB18030'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`reads ${name} from the bytes, whatever the file name`, () => {
      const { text, encoding: found } = decodeText('any-name.md', bytes);
      expect(found).toBe(encoding);
      expect(text.replace(/^Report 2022\n/, '')).toBe(name.startsWith('a short') ? '一、存在的问题' : name.includes('four-byte') ? '（一）䶮字与𠀀字的问题。\n' : SAMPLE);
    });
  }

  it('refuses text with control characters as binary, naming line and column', () => {
    expect(() => decodeText('notes.txt', Buffer.from('第一行\n第二\u0007行', 'utf8'))).toThrow(
      'notes.txt:2:3：不是文本文件：含有控制字符 U+0007，看来是二进制文件。请导入 Word（.docx）、纯文本（.txt）或 Markdown（.md）文件。',
    );
  });

  it('drops the Ctrl-Z end-of-file mark old DOS tools append', () => {
    expect(decodeText('old.txt', Buffer.from('一、问题\n\u001a', 'utf8')).text).toBe('一、问题\n');
  });
});

describe('placeholders', () => {
  it.each([
    ['共开展谈心谈话X次', '共开展谈心谈话×次'],
    ['*年*月31日至*月20日', '×年×月31日至×月20日'],
    ['中共XX省纪委', '中共××省纪委'],
    ['市x局在深入推进', '市××局在深入推进'],
    ['十九届X中X会', '十九届×中×会'],
    ['成立xx周年', '成立×周年'],
    ['高效推动XXXX事业', '高效推动××事业'],
    ['局长*当场表态', '局长×××当场表态'],
    ['派驻人员*同志参加会议', '派驻人员×××同志参加会议'],
    ['看待“XX”的高度', '看待“××”的高度'],
    ['班子成员*、*、*）', '班子成员×××、×××、×××）'],
    ['用Excel表格，a * b', '用Excel表格，a * b'],
  ])('rewrites %s as %s', (from, to) => {
    expect(normalisePlaceholders(from).text).toBe(to);
  });
});

describe('punctuation width', () => {
  it.each([
    ['感悟"两个确立",增强', '感悟“两个确立”，增强'],
    ['如下:一是...二是', '如下：一是……二是'],
    ['条例(试行)和(2021年)', '条例（试行）和（2021年）'],
    ['目标--任务', '目标——任务'],
    ["他说'好'", '他说‘好’'],
    ['认识“偏面″的问题', '认识“偏面”的问题'],
    ['“甲”和"乙"', '“甲”和“乙”'],
  ])('makes %s full-width: %s', (from, to) => {
    expect(normalisePunctuation(from).text).toBe(to);
  });

  it.each(['时间10:30, 比例2.5', '1.不断提高政治站位', "don't (a, b)", '已经……完成——好'])('leaves %s alone', (text) => {
    expect(normalisePunctuation(text)).toEqual({ text, changed: 0, unpairedQuotes: false });
  });

  it('reports unpaired quotes instead of guessing', () => {
    expect(normalisePunctuation('他说"好，然后走了')).toEqual({ text: '他说"好，然后走了', changed: 0, unpairedQuotes: true });
  });
});

describe('de-identification', () => {
  it('replaces full and short place names, keeping the kind of division', () => {
    const { text, replacements } = deidentify('确保大同市应急管理事业，赶赴河南郑州、山西新绛，学习《黑龙江省安全生产条例》。');
    expect(text).toBe('确保××市应急管理事业，赶赴××省××市、××省××县，学习《××省安全生产条例》。');
    expect(replacements.map((r) => [r.text, r.kind])).toEqual([
      ['大同市', 'city'],
      ['河南', 'province'],
      ['郑州', 'city'],
      ['山西', 'province'],
      ['新绛', 'county'],
      ['黑龙江省', 'province'],
    ]);
  });

  it('replaces companies, people and numbers', () => {
    expect(deidentify('针对查处汇洋公司严重违法违规事件；局长张三，王小明同志；电话13912345678').text).toBe('针对查处××公司严重违法违规事件；局长×××，×××同志；电话××××');
  });

  it('replaces addresses, landlines and e-mail addresses, as the linter reports them', () => {
    expect(deidentify('地址是光明路18号，座机010-12345678，邮箱 zhang@example.com。').text).toBe('地址是××路××号，座机××××，邮箱 ××××。');
  });

  it('keeps the organ after a place name it replaces, and the kind of a province named alone', () => {
    expect(deidentify('向大同应急管理局汇报，赴山西调研，广西壮族自治区').text).toBe('向××应急管理局汇报，赴××省调研，××自治区');
  });

  it('leaves ordinary words, set phrases and public figures alone', () => {
    const text = '以习近平同志为核心的党中央，弘扬延安精神，学习遵义会议，长治久安，文山会海，有的同志、任何同志，该公司、物业公司，环城区县，局长高度重视。';
    expect(findIdentifyingNames(text)).toEqual([]);
  });
});

describe('MDX output', () => {
  it('escapes what MDX or Markdown would read as code or syntax', () => {
    expect(escapeMdxText('a<b>{c}')).toBe('a＜b＞｛c｝');
    expect(escapeMdxText('- 不是列表')).toBe('\\- 不是列表');
    expect(escapeMdxText('仿宋_GB2312 *号')).toBe('仿宋\\_GB2312 \\*号');
    const outline = parseMarkdown(`---\ntitle: t\n---\n\n${escapeMdxText('- a<b>{c} *x* 2. 项')}\n`);
    expect(outline.preamble[0]!.text).toBe('- a＜b＞｛c｝ *x* 2. 项');
  });

  it('writes corrections and de-identification as annotations after their paragraph', () => {
    const doc = normaliseOutline(parseText('材料\n开头，大同市。\n一、问题\n(一)学习不够。\n'));
    const meta = inferMeta(parseText('材料'), '', { title: '材料', specs: [] });
    const mdx = writeExemplarMdx(doc, meta);
    expect(mdx).toContain('开头，××市。\n\n<Annotation kind="deid" was="（原文为真实市级地名）" now="××市">导入时把本段1处可识别的名称换成了“×”形式，请核对有无遗漏。</Annotation>');
    expect(mdx).toContain('（一）学习不够。\n\n<Annotation kind="correction" was="(一)" now="（一）">编号“(一)”使用了半角括号，应使用全角括号“（一）”。</Annotation>');
    expect(mdx).not.toContain('大同');
  });
});

describe('frontmatter inference', () => {
  const meta = (text: string) => inferMeta(parseText(text), text, { specs: [] });

  it('recognises an inspection report by its outline and takes the latest year', () => {
    const m = meta('按照区委统一部署，2022年10月开展巡察，2023年1月反馈。\n一、主要负责人组织落实巡察整改情况\n二、整改总体情况\n');
    expect(m.exemplar).toMatchObject({ docType: 'inspection', year: 2023, follows: 'inspection-rectification', subject: '班子', status: 'experimental' });
  });

  it('recognises personal material and the 2021 党史学习教育 meeting', () => {
    const m = meta('个人发言材料\n本人认真学习党史，对照“两个确立”查摆问题。\n一、存在的问题\n二、个人有关事项说明\n');
    expect(m.exemplar).toMatchObject({ docType: 'personal', year: 2021, theme: '党史学习教育专题民主生活会', follows: 'personal-2021-dangshi', subject: '个人' });
  });

  it('says when it had to guess the year', () => {
    const m = meta('一、存在的问题\n二、原因\n');
    expect(m.guesses.some((g) => g.includes('正文中找不到年份'))).toBe(true);
  });
});
