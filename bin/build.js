#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` runs it): compiles src/ into dist/, which
// bin/zhoubao.js runs. bin/zhoubao.js also rebuilds by itself when src/ has changed.
import { buildDist } from "./compiled.js";

const started = performance.now();
const r = await buildDist();
console.log(`已编译 ${r.files} 个文件到 ${r.dist}/（${Math.round(performance.now() - started)} 毫秒）。`);
