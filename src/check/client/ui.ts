// The check page (自查/起草): wires the input, the template choice, the views, fixes with undo,
// downloads and the skeleton to <base>check/api.js, the same module automation uses. Nothing
// here sends the draft anywhere; it is kept in localStorage only when the user ticks the box.
import type { CheckResult } from '../engine.ts';
import { renderConformance } from './conformance-view.ts';
import { guidanceUrl, renderDraft, renderList } from './render.ts';

type Api = typeof import('./api.ts');
const STORE_KEY = 'jingjian-check-draft';
const RECHECK_MS = 300;

const $ = <T extends HTMLElement>(root: ParentNode, sel: string) => root.querySelector<T>(sel)!;

function download(bytes: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function mountCheckPage(root: HTMLElement, base: string): Promise<void> {
  const input = $<HTMLTextAreaElement>(root, '[data-input]');
  const status = $<HTMLElement>(root, '[data-status]');
  const error = $<HTMLElement>(root, '[data-error]');
  const select = $<HTMLSelectElement>(root, '[data-template]');
  const remember = $<HTMLInputElement>(root, '[data-remember]');
  const results = $<HTMLElement>(root, '[data-results]');
  const say = (text: string) => (status.textContent = text);
  const fail = (text: string) => {
    error.textContent = text;
    error.hidden = !text;
  };

  let api: Api;
  try {
    api = (await import(/* @vite-ignore */ `${base}check/api.js`)) as Api;
  } catch {
    say('');
    fail('无法加载检查程序：请刷新页面；若仍不行，请确认站点文件完整（check/ 文件夹）。');
    return;
  }
  const templates = await api.templates();
  for (const type of [...new Set(templates.map((t) => t.docTypeLabel))]) {
    const group = Object.assign(document.createElement('optgroup'), { label: type });
    for (const t of templates.filter((x) => x.docTypeLabel === type)) group.append(new Option(t.variant, t.id));
    select.insertBefore(group, select.querySelector('option[value="none"]'));
    $<HTMLSelectElement>(root, '[data-skeleton-template]').append(group.cloneNode(true));
  }

  let result: CheckResult | undefined;
  let checked = '';
  const undo: string[] = [];
  const undoButton = $<HTMLButtonElement>(root, '[data-undo]');

  const show = (i: number) => {
    const mark = root.querySelector<HTMLElement>(`#jj-f-${i}`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark?.focus({ preventScroll: true });
  };
  const showLine = (line: number) => {
    const p = root.querySelector<HTMLElement>(`[data-draft] [data-line="${line}"]`);
    p?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const setText = (text: string, record = true) => {
    if (record && text !== input.value) undo.push(input.value);
    undoButton.disabled = undo.length === 0;
    input.value = text;
    void run();
  };
  const actions = {
    show,
    guidance: (f: CheckResult['findings'][number]) => guidanceUrl(base, f, result?.template),
    fix: (i: number) => {
      const f = result?.findings[i];
      if (f?.fix && input.value === checked) setText(api.applyFixes(input.value, [f]).output);
    },
  };

  let latest = 0;
  async function run(): Promise<void> {
    const text = input.value;
    const template = select.value;
    const seq = ++latest;
    if (remember.checked) localStorage.setItem(STORE_KEY, text);
    if (!text.trim()) {
      results.hidden = true;
      say('请粘贴材料全文，或打开 Word（.docx）、文本（.txt）文件。');
      return;
    }
    say('正在检查…');
    const started = performance.now();
    // Just after the page opened, the misspelling model may still be loading: show every other
    // finding at once, then the complete result when it comes.
    const current = () => seq === latest && input.value === text;
    let r: CheckResult;
    try {
      r = await api.check(text, { template, onPartial: (partial) => current() && showResult(text, partial, false, started) });
    } catch (e) {
      if (current()) fail((e as Error).message);
      return;
    }
    if (current()) showResult(text, r, true, started);
  }

  function showResult(text: string, r: CheckResult, complete: boolean, started: number): void {
    result = r;
    checked = text;
    fail('');
    results.hidden = false;
    renderDraft($(root, '[data-draft]'), text, r.findings);
    renderList($(root, '[data-list]'), r.findings, actions, complete ? [] : ['spelling']);
    renderConformance($(root, '[data-conformance]'), r.conformance, showLine);
    const fixable = r.findings.filter((f) => f.fix).length;
    const fixAll = $<HTMLButtonElement>(root, '[data-fix-all]');
    fixAll.disabled = fixable === 0;
    fixAll.textContent = `应用全部安全修复（${fixable} 处）`;
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    const name = templates.find((t) => t.id === r.template);
    $(root, '[data-template-used]').textContent = name ? `${name.docTypeLabel} · ${name.variant}${r.detected ? '（按标题和提纲自动选择，可在上方更改）' : ''}` : '不对照模板';
    $(root, '[data-spelling-pending]').hidden = complete;
    const counts = `${errors} 个错误，${r.findings.length - errors} 个警告（用时 ${Math.round(performance.now() - started)} 毫秒）`;
    say(complete ? `检查完成：${counts}。` : `已检查：${counts}；错别字检查正在载入…`);
    root.dataset.checked = String(r.findings.length);
    if (complete) {
      delete root.dataset.partial;
      root.dataset.runs = String(Number(root.dataset.runs ?? 0) + 1);
    } else root.dataset.partial = 'true';
    // For the benchmark (scripts/bench-check.ts): when a result was painted, from navigation start.
    requestAnimationFrame(() => setTimeout(() => performance.mark('jj-check-shown', { detail: { complete } })));
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (e) => {
    clearTimeout(timer);
    // A pasted or dropped text is checked at once; typing is checked after a pause.
    const whole = /^insertFrom(Paste|Drop)$/.test((e as InputEvent).inputType ?? '');
    timer = setTimeout(() => void run(), whole ? 0 : RECHECK_MS);
  });
  select.addEventListener('change', () => void run());
  $(root, '[data-run]').addEventListener('click', () => void run());
  $(root, '[data-fix-all]').addEventListener('click', () => {
    if (result && input.value === checked) setText(api.applyFixes(input.value, result.findings).output);
  });
  undoButton.addEventListener('click', () => {
    const previous = undo.pop();
    if (previous !== undefined) setText(previous, false);
  });
  $(root, '[data-draft]').addEventListener('click', (e) => {
    const mark = (e.target as HTMLElement).closest<HTMLElement>('[data-finding]');
    if (!mark) return;
    const item = root.querySelector<HTMLElement>(`#jj-fl-${mark.dataset.finding}`);
    item?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    item?.focus({ preventScroll: true });
  });
  $(root, '[data-draft]').addEventListener('keydown', (e) => {
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).dataset.finding) {
      e.preventDefault();
      (e.target as HTMLElement).click();
    }
  });

  mountFiles(root, api, (text) => setText(text), fail, say);
  mountDownloads(root, api, () => input.value, fail);
  mountSkeleton(root, api, (text) => setText(text), fail);

  remember.addEventListener('change', () => {
    if (remember.checked) localStorage.setItem(STORE_KEY, input.value);
    else localStorage.removeItem(STORE_KEY);
  });
  const stored = localStorage.getItem(STORE_KEY);
  if (stored !== null) {
    remember.checked = true;
    input.value = stored;
  }
  root.dataset.ready = 'true';
  if (input.value.trim()) await run();
  else say('请粘贴材料全文，或打开 Word（.docx）、文本（.txt）文件。');
  // After the page is usable, fetch the parts loaded on first use, so that the page keeps
  // working (opening .docx, downloads) when the network is gone.
  await api.warm();
  root.dataset.warm = 'true';
}

function mountFiles(root: HTMLElement, api: Api, load: (text: string) => void, fail: (m: string) => void, say: (m: string) => void): void {
  const open = async (file: File | undefined) => {
    if (!file) return;
    fail('');
    say(`正在读取“${file.name}”…`);
    try {
      const r = await api.readFile(file);
      fail('');
      const how = r.format === 'docx' ? 'Word 文档' : r.format === 'odt' ? 'OpenDocument 文本' : `文本（${r.encoding ?? 'UTF-8'}）`;
      load(r.text);
      if (r.warnings.length) say(`已读取“${file.name}”（${how}）；有 ${r.warnings.length} 处内容（如图片、嵌入对象）未读入。`);
    } catch (e) {
      fail(`无法打开“${file.name}”：${(e as Error).message}`);
      say('');
    }
  };
  const picker = $<HTMLInputElement>(root, '[data-file]');
  picker.addEventListener('change', () => {
    void open(picker.files?.[0]);
    picker.value = '';
  });
  const zone = $<HTMLElement>(root, '[data-drop]');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('jj-drag');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('jj-drag'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('jj-drag');
    void open(e.dataTransfer?.files[0]);
  });
}

function mountDownloads(root: HTMLElement, api: Api, text: () => string, fail: (m: string) => void): void {
  const guard = async (work: () => Promise<void>) => {
    if (!text().trim()) return fail('没有可下载的内容：请先粘贴或打开材料。');
    try {
      await work();
    } catch (e) {
      fail((e as Error).message);
    }
  };
  $(root, '[data-download-docx]').addEventListener('click', () =>
    guard(async () => download((await api.toDocx(text())) as BlobPart, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '自查后的材料.docx')),
  );
  $(root, '[data-download-txt]').addEventListener('click', () => guard(async () => download(text().replace(/\r?\n/g, '\r\n'), 'text/plain;charset=utf-8', '自查后的材料.txt')));
  $(root, '[data-download-mdx]').addEventListener('click', () =>
    guard(async () => {
      const draft = await api.toMdx(text());
      download(draft.mdx, 'text/markdown;charset=utf-8', draft.fileName);
      const list = $<HTMLElement>(root, '[data-mdx-report]');
      list.hidden = false;
      $(list, '[data-replacements]').textContent = draft.replacements.length ? draft.replacements.join('；') : '没有发现可识别的地名、单位名、人名或号码。';
    }),
  );
}

function mountSkeleton(root: HTMLElement, api: Api, load: (text: string) => void, fail: (m: string) => void): void {
  const form = $<HTMLFormElement>(root, '[data-skeleton]');
  const options = () => {
    const data = new FormData(form);
    return { template: String(data.get('template')), notice: String(data.get('notice') ?? ''), unit: String(data.get('unit') ?? ''), year: String(data.get('year') ?? '') };
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      load(await api.skeleton(options()));
      $(root, '[data-input]').focus();
    } catch (err) {
      fail((err as Error).message);
    }
  });
  $(root, '[data-skeleton-docx]').addEventListener('click', async () => {
    try {
      download((await api.skeletonDocx(options())) as BlobPart, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '起草提纲.docx');
    } catch (err) {
      fail((err as Error).message);
    }
  });
}
