import { Command, CommanderError } from "commander";
import { isZhoubaoError } from "../domain/errors.js";
import { createContext, type CliContext } from "./context.js";
import * as db from "./commands/db.js";
import * as issue from "./commands/issue.js";
import * as department from "./commands/department.js";
import * as serve from "./commands/serve.js";
import * as render from "./commands/render.js";
import * as check from "./commands/check.js";
import * as user from "./commands/user.js";
import * as token from "./commands/token.js";
import * as importReports from "./commands/import.js";
// After commands/import.ts (when present): ledger adds `import cases|desk` to its `import` command.
import * as ledger from "./commands/ledger.js";
import * as mail from "./commands/mail.js";
import * as center from "./commands/center.js";

/**
 * Command groups, each `register(program, ctx)`. Add new ones here. Registering a group
 * must stay cheap (commander options only): each action imports what it needs, so that
 * `zhoubao --help` or `zhoubao issue list` do not load the server, the renderers, exceljs….
 */
const COMMANDS: { register(program: Command, ctx: CliContext): void }[] = [serve, db, center, issue, department, check, render, user, token, importReports, ledger, mail];

export function buildProgram(ctx: CliContext): Command {
  const program = new Command("zhoubao")
    .description("窗口工作周报：报送、汇编、校核、签发、排版、发布与归档")
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) })
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助");
  for (const c of COMMANDS) c.register(program, ctx);
  withCenterOption(program);
  // Every command works on one center: --center (before or after the command) or ZHOUBAO_CENTER names it.
  program.hook("preAction", (root, action) => {
    let code: string | undefined;
    for (let c: Command | null = action; c && code === undefined; c = c.parent) code = c.opts<{ center?: string }>().center;
    if (code !== undefined) ctx.useCenter(code);
  });
  return program;
}

const CENTER_OPTION = "操作哪个中心（行政区划代码，如 510100；默认取 ZHOUBAO_CENTER，再默认第一个中心）";

/** Declares --center on the program and each command, so that commander accepts it in any position. */
function withCenterOption(c: Command): void {
  c.option("--center <编码>", CENTER_OPTION);
  for (const sub of c.commands) withCenterOption(sub);
}

/**
 * Runs the CLI. Errors print `错误 [code]：message` and exit non-zero.
 *
 * @example
 * await main(["node", "zhoubao", "issue", "next"]);
 */
export async function main(argv: string[], ctx: CliContext = createContext()): Promise<number> {
  // `zhoubao issue list | head` closes the pipe early: that is not an error. (Once per
  // process: tests run main() many times in one.)
  if (!process.stdout.listeners("error").includes(exitOnEpipe)) process.stdout.on("error", exitOnEpipe);
  const program = buildProgram(ctx);
  let code = 0;
  try {
    await program.parseAsync(argv);
  } catch (e) {
    code = report(e, ctx);
  }
  const keepRunning = program.args[0] === "serve" && code === 0;
  if (!keepRunning) {
    await ctx.close();
    process.exitCode = code || process.exitCode || 0;
  }
  return code;
}

function exitOnEpipe(e: NodeJS.ErrnoException): void {
  if (e.code === "EPIPE") process.exit(0);
}

function report(e: unknown, ctx: CliContext): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (isZhoubaoError(e)) {
    ctx.err(`错误 [${e.code}]：${e.message}`);
    return 1;
  }
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  ctx.err(`错误 [internal]：程序内部错误。${msg}`);
  return 1;
}
