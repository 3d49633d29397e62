// Wide screens show each phrase's group in the margin, on the line where the phrase ends
// (CSS, gongwen.css). Two phrases ending on the same line would put their notes on top of each
// other; this pushes each later note just below the one before it. Browser-only helper.
const WIDE = '(min-width: 72rem)';
const FALLBACK_NOTE_HEIGHT = 18;

function stackParagraph(p: Element, wide: boolean): void {
  let lastBottom = -Infinity;
  for (const mark of p.querySelectorAll<HTMLElement>('.jj-phrase')) {
    mark.style.removeProperty('--jj-note-shift');
    if (!wide) continue;
    const rects = mark.getClientRects();
    const end = rects[rects.length - 1];
    if (!end) continue;
    const height = parseFloat(getComputedStyle(mark, '::after').height) || FALLBACK_NOTE_HEIGHT;
    const shift = Math.max(0, lastBottom - end.top);
    if (shift > 0) mark.style.setProperty('--jj-note-shift', `${Math.ceil(shift)}px`);
    lastBottom = end.top + shift + height + 2;
  }
}

export function stackPhraseNotes(): void {
  const wide = matchMedia(WIDE).matches;
  for (const p of document.querySelectorAll('.jj-exemplar p')) stackParagraph(p, wide);
}

export function keepPhraseNotesStacked(): void {
  let timer: number | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = window.setTimeout(stackPhraseNotes, 100);
  };
  stackPhraseNotes();
  void document.fonts?.ready.then(stackPhraseNotes);
  addEventListener('resize', later);
  addEventListener('load', stackPhraseNotes);
}
