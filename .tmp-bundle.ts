import { bundleApi } from './src/search/build-index.ts';
import { readdirSync, writeFileSync } from 'node:fs';
const dir = process.argv[2]!;
const shards = readdirSync(dir + '/search').filter((d) => /^pagefind(-\d+)?$/.test(d)).length;
console.log(shards, await bundleApi(dir + '/search/api.js', shards));
writeFileSync(dir + '/bench-search.html', '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>b</title></head><body></body></html>');
