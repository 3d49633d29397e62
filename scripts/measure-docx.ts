// npm run measure:docx -- [content file …]
// Renders Word downloads with LibreOffice Writer and prints their layout as measured from the
// PDF (scripts/lib/pdf-layout.ts, the same measurement as tests/unit/export-libreoffice.test.ts):
// characters on full lines, lines per page, margins and the page number's position. Default:
// every template and exemplar in content/. Needs soffice and poppler-utils (pdftotext, pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseMarkdown } from '../src/docmodel/index.ts';
import { buildDocx } from '../src/export/docx.ts';
import { exemplarExport } from '../src/export/exemplar.ts';
import { templateExport } from '../src/export/template.ts';
import { TemplateSpec } from '../src/schemas/content.ts';
import { splitFrontmatter } from '../src/schemas/frontmatter.ts';
import { readContentFiles } from '../src/content-files.ts';
import { firstStrokeTop, readPdfLayout, type PdfLine } from './lib/pdf-layout.ts';

const MARGIN = { top: 37, left: 28, right: 184, bottom: 262 };
const PITCH = 225 / 22;
const PAGE_NUMBER = /^—\d+—$/;
const chars = (l: PdfLine) => [...l.text.replace(/\s/g, '')].length;
const fullLine = (l: PdfLine) => /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…×]+$/.test(l.text) && l.left < MARGIN.left + 1 && l.right > MARGIN.right - 1;
const mm = (n: number) => n.toFixed(1);

const wanted = process.argv.slice(2).map((p) => resolve(p));
const files = readContentFiles(resolve(import.meta.dirname, '../content')).filter((f) => (wanted.length ? wanted.includes(resolve(f.path)) : f.data.templateSpec || f.data.exemplar));
const dir = mkdtempSync(join(tmpdir(), 'jj-measure-'));
try {
  const docs: string[] = [];
  for (const f of files) {
    const title = String(f.data.title ?? f.id);
    const body = splitFrontmatter(f.source).body;
    const input = f.data.templateSpec ? templateExport(TemplateSpec.parse(f.data.templateSpec), title, body) : exemplarExport(title, Object.assign(parseMarkdown(f.source), { title }));
    const out = join(dir, `${f.id.replace(/\//g, '--')}.docx`);
    writeFileSync(out, await buildDocx(input));
    docs.push(out);
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs], { stdio: 'pipe' });
  console.log('文件 | 页数 | 满行字数（最少/众数/最多） | 每页行数（不含末页） | 左/右边距 mm | 首行格顶 mm | 页码：单页右端/双页左端 mm | 一字线距版心 mm');
  for (const doc of docs) {
    const pdf = doc.replace(/\.docx$/, '.pdf');
    const pages = readPdfLayout(pdf);
    const text = pages.map((p) => p.lines.filter((l) => !PAGE_NUMBER.test(l.text)));
    const full = text.flat().filter(fullLine).map(chars);
    const mode = [...new Set(full)].sort((a, b) => full.filter((n) => n === b).length - full.filter((n) => n === a).length)[0];
    const perPage = text.slice(0, -1).map((lines) => Math.round((lines.at(-1)!.bottom - lines[0]!.bottom) / PITCH) + 1);
    const left = Math.min(...text.flat().map((l) => l.left));
    const right = Math.max(...text.flat().filter(fullLine).filter((l) => chars(l) === 28).map((l) => l.right));
    const top = Math.min(...text.map((lines) => lines[0]!.bottom - PITCH));
    const number = (n: number) => pages[n - 1]?.lines.find((l) => PAGE_NUMBER.test(l.text));
    const stroke = firstStrokeTop(pdf, 1, { from: MARGIN.bottom, to: 290 }, 3);
    console.log(
      [
        basename(doc, '.docx').replace('--', '/'),
        pages.length,
        `${Math.min(...full)}/${mode}/${Math.max(...full)}`,
        [...new Set(perPage)].join('、') || '—',
        `${mm(left)}/${mm(210 - right)}`,
        mm(top),
        `${mm(number(1)?.right ?? NaN)}/${mm(number(2)?.left ?? NaN)}`,
        stroke === null ? '—' : mm(stroke - MARGIN.bottom),
      ].join(' | '),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
