// Browser loader of the misspelling model: fetches the compact data file the build writes
// beside the check page's worker (<base>check/spelling.json, ~0.8 MB gzipped), compiles it and
// registers it for the rules. Called once, lazily, before the first check; if the file cannot
// be loaded, the spelling rule says so in its one message instead of silently finding nothing.
import { compileSpellingModel, setSpellingModel, spellingModel, type RawSpellingData, type SpellingModel } from './data.ts';

let loading: Promise<SpellingModel | undefined> | undefined;

export function loadSpellingModelFrom(url: string): Promise<SpellingModel | undefined> {
  const loaded = spellingModel();
  if (loaded) return Promise.resolve(loaded);
  loading ??= fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<RawSpellingData>) : Promise.reject(new Error(String(r.status)))))
    .then((raw) => {
      const model = compileSpellingModel(raw);
      setSpellingModel(model);
      return model;
    })
    .catch(() => {
      loading = undefined; // try again on the next check
      return undefined;
    });
  return loading;
}
