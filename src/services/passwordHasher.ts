import { randomBytes, randomInt, scrypt, timingSafeEqual } from "node:crypto";
import { ZhoubaoError } from "../domain/errors.js";

type Params = { N: number; r: number; p: number };

/** OWASP's scrypt setting N=2^15, r=8, p=3 (about 32 MiB and a few hundred ms here). */
export const PRODUCTION_SCRYPT_PARAMS: Params = { N: 2 ** 15, r: 8, p: 3 };

/**
 * The parameters new hashes get: production's, unless ZHOUBAO_SCRYPT_N names a lower
 * cost (or a higher one, up to 2^20). Only the test suite lowers it (vitest.config.ts): its hundreds of logins would
 * otherwise spend about a second of CPU each. Hashes name their parameters, so a store
 * written with a lower cost is rehashed at production cost on the next login without it.
 */
export function scryptParams(env: NodeJS.ProcessEnv = process.env): Params {
  const v = env.ZHOUBAO_SCRYPT_N;
  if (v === undefined || v === "") return PRODUCTION_SCRYPT_PARAMS;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2 ** 10 || n > 2 ** 20 || (n & (n - 1)) !== 0)
    throw new ZhoubaoError("input.invalid", `环境变量 ZHOUBAO_SCRYPT_N 应为 1024 到 1048576 之间的 2 的幂，收到“${v}”。`, { field: "ZHOUBAO_SCRYPT_N" });
  return { ...PRODUCTION_SCRYPT_PARAMS, N: n };
}

export const SCRYPT_PARAMS: Params = scryptParams();
const KEYLEN = 32;
const maxmem = (q: Params) => 256 * q.N * q.r;

function derive(password: string, salt: Buffer, q: Params): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEYLEN, { ...q, maxmem: maxmem(q) }, (e, key) => (e ? reject(e) : resolve(key))),
  );
}

/**
 * Hashes a password with scrypt and a fresh 16-byte salt; the result names its
 * parameters, so they can be raised later without invalidating stored hashes.
 *
 * @example
 * await hashPassword("Zhoubao2026!") // "scrypt$32768$8$3$<salt>$<hash>"
 */
export async function hashPassword(password: string, q: Params = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, q);
  return ["scrypt", q.N, q.r, q.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

function parse(stored: string): { q: Params; salt: Buffer; key: Buffer } | null {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!m) return null;
  return { q: { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) }, salt: Buffer.from(m[4], "base64url"), key: Buffer.from(m[5], "base64url") };
}

/**
 * Compares a password with a stored hash in constant time. A malformed hash never matches.
 *
 * @example
 * await verifyPassword("Zhoubao2026!", hash) // true
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const h = parse(stored);
  if (!h) return false;
  const key = await derive(password, h.salt, h.q);
  return key.length === h.key.length && timingSafeEqual(key, h.key);
}

/** True when a hash was made with weaker parameters than today's (rehash it at the next login). */
export function needsRehash(stored: string): boolean {
  const h = parse(stored);
  return !h || h.q.N < SCRYPT_PARAMS.N || h.q.r < SCRYPT_PARAMS.r || h.q.p < SCRYPT_PARAMS.p;
}

let dummy: Promise<string> | null = null;
/** Spends the time of one verification, so an unknown username answers as slowly as a wrong password. */
export async function verifyNothing(password: string): Promise<false> {
  await verifyPassword(password, await (dummy ??= hashPassword("zhoubao-timing-equaliser")));
  return false;
}

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/**
 * A random password from an alphabet without look-alike characters (no 0/O, 1/l/I),
 * always with upper case, lower case and digits.
 *
 * @example
 * generatePassword() // "m7Rk2xQp9VwT4hZs"
 */
export function generatePassword(length = 16): string {
  for (;;) {
    const pw = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    if (/[A-Z]/.test(pw) && /[a-z]/.test(pw) && /\d/.test(pw)) return pw;
  }
}

/**
 * Refuses a password a government system should not accept: shorter than 10, longer
 * than 128, fewer than three of upper case / lower case / digits / symbols, or
 * containing the username. Throws input.invalid with the reason in Chinese.
 */
export function assertStrongPassword(password: string, username: string): void {
  const classes = [/[A-Z]/, /[a-z]/, /\d/, /[^A-Za-z\d]/].filter((r) => r.test(password)).length;
  const problem =
    password.length < 10
      ? "密码至少 10 位"
      : password.length > 128
        ? "密码不能超过 128 位"
        : classes < 3
          ? "密码须包含大写字母、小写字母、数字、符号中的至少三类"
          : username && password.toLowerCase().includes(username.toLowerCase())
            ? "密码不能包含用户名"
            : null;
  if (problem) throw new ZhoubaoError("input.invalid", `${problem}。`, { field: "password" });
}
