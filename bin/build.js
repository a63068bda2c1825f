#!/usr/bin/env node
// `npm run build` (and `prepare`, so `npm ci` runs it): bundles src/ into dist/, which
// bin/zhoubao.js runs. bin/zhoubao.js also rebuilds by itself when src/ has changed.
import { buildDist } from "./compiled.js";

const started = performance.now();
const r = await buildDist();
console.log(`已编译 ${r.bundles} 个程序包到 ${r.dist}/（${Math.round(performance.now() - started)} 毫秒）。`);
