// Finds every message the server can send a user, by reading src/server with the TypeScript
// compiler: the message and field arguments of `new AppError(…)` (so every helper in errors.ts and
// every caller of those helpers), values written into a `FieldErrors` map, and zod's custom messages.
// An argument that is not a literal is followed back to what it can be: a constant's value, a
// function's returns, a parameter's arguments at every call. Template literals become patterns:
// `${x}` → `{x}`; a part that cannot be followed stays a blank.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export type FoundMessage = { text: string; where: string };

const ROOT = join(import.meta.dirname, '../../../..');
const SERVER = join(ROOT, 'src/server');
const MAX_VARIANTS = 64;
// zod checks whose only argument may be the message (`.email('…')`), and those taking a value first
// (`.min(1, '…')`): the trailing string or {message|error} argument is the message of the check.
const ONE_ARGUMENT_CHECKS = new Set([
  'email',
  'url',
  'uuid',
  'int',
  'positive',
  'nonnegative',
  'negative',
  'nonpositive',
  'nonempty',
]);
const VALUE_CHECKS = [
  'refine',
  'min',
  'max',
  'length',
  'regex',
  'gt',
  'gte',
  'lt',
  'lte',
  'multipleOf',
  'startsWith',
  'endsWith',
  'includes',
];
const ZOD_CHECKS = new Set([...ONE_ARGUMENT_CHECKS, ...VALUE_CHECKS]);

/** `z.string().min(…)…`: the chain of calls starts at the identifier `name`. */
function rootIs(expr: ts.Expression, name: string): boolean {
  if (ts.isIdentifier(expr)) return expr.text === name;
  if (ts.isPropertyAccessExpression(expr) || ts.isCallExpression(expr)) return rootIs(expr.expression, name);
  return false;
}

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return serverFiles(path);
    return /\.ts$/.test(e.name) && !/\.(test|test-support|e2e)\.ts$/.test(e.name) ? [path] : [];
  });
}

type Piece = { text: string; node: ts.Node };

export function scanServerMessages(): FoundMessage[] {
  const roots = serverFiles(SERVER);
  // Only Hearth's own files are read: the messages are ours, and the libraries' types would cost
  // most of the time (zod, drizzle); calls into them become blanks.
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (file, ...rest) =>
    file.includes('/node_modules/') && !file.includes('/typescript/lib/')
      ? ts.createSourceFile(file, '', ts.ScriptTarget.ES2022)
      : read(file, ...rest);
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const sources = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !f.fileName.includes('node_modules'));

  // Every call and every write, indexed once: calls by the function they call, writes by the variable.
  const callsOf = new Map<ts.Node, ts.CallExpression[]>();
  const writesTo = new Map<ts.Symbol, ts.Expression[]>();
  const fieldWrites: ts.Expression[] = [];
  const messageSites: { expr: ts.Expression; wrap?: (s: string) => string }[] = [];
  const fieldObjects: ts.Expression[] = [];

  const declOf = (node: ts.Node): ts.Declaration | undefined => {
    let sym = checker.getSymbolAtLocation(node);
    if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
    return sym?.valueDeclaration ?? sym?.declarations?.[0];
  };
  const symbolOf = (node: ts.Node) => checker.getSymbolAtLocation(node);
  const isFieldErrors = (node: ts.Node) => {
    const type = checker.getTypeAtLocation(node);
    return type.aliasSymbol?.name === 'FieldErrors';
  };
  const isAppError = (node: ts.NewExpression) =>
    declOf(node.expression)?.getSourceFile().fileName.endsWith('http/errors.ts');

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) {
      // Only plain calls `f(…)`: resolving a method's object (`db.select()…`) costs the checker dearly.
      const decl = ts.isIdentifier(node.expression) ? declOf(node.expression) : undefined;
      if (decl) callsOf.set(decl, [...(callsOf.get(decl) ?? []), node]);
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const name = callee.name.text;
        const args = node.arguments;
        if (name === 'addIssue') {
          for (const a of args) zodOptionMessages(a);
        } else if (ZOD_CHECKS.has(name) && args.length >= (ONE_ARGUMENT_CHECKS.has(name) ? 1 : 2)) {
          zodMessageArg(args[args.length - 1] as ts.Expression);
        } else if (args.some(hasMessageOption) && rootIs(callee, 'z')) {
          for (const a of args) zodOptionMessages(a);
        }
      }
    } else if (ts.isNewExpression(node) && isAppError(node)) {
      const [, , message, fields] = node.arguments ?? [];
      if (message) messageSites.push({ expr: message });
      if (fields) fieldObjects.push(fields);
    } else if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) {
      const target = node.left;
      if (ts.isIdentifier(target)) {
        const sym = symbolOf(target);
        if (sym) writesTo.set(sym, [...(writesTo.get(sym) ?? []), node.right]);
      } else if (
        (ts.isElementAccessExpression(target) || ts.isPropertyAccessExpression(target)) &&
        ts.isIdentifier(target.expression) &&
        isFieldErrors(target.expression)
      ) {
        fieldWrites.push(node.right);
      }
    } else if (ts.isObjectLiteralExpression(node) && !isMethodArgument(node) && node.properties.some(hasTextValue)) {
      const contextual = checker.getContextualType(node);
      if (contextual?.aliasSymbol?.name === 'FieldErrors') fieldObjects.push(node);
    }
    ts.forEachChild(node, visit);
  };

  function zodMessageArg(arg: ts.Expression) {
    if (ts.isObjectLiteralExpression(arg)) zodOptionMessages(arg);
    else if (ts.isStringLiteralLike(arg) || ts.isTemplateExpression(arg)) messageSites.push({ expr: arg });
  }
  function zodOptionMessages(arg: ts.Expression) {
    if (!ts.isObjectLiteralExpression(arg)) return;
    for (const p of arg.properties) {
      if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && ['message', 'error'].includes(p.name.text)) {
        messageSites.push({ expr: p.initializer });
      }
    }
  }

  for (const f of sources) visit(f);

  // What an expression can be, as message texts with `{blank}`s; memoised, cycles become blanks.
  const memo = new Map<ts.Node, Piece[]>();
  const blank = (node: ts.Node, name = blankName(node)): Piece[] => [{ text: `{${name}}`, node }];
  function resolve(expr: ts.Node): Piece[] {
    const known = memo.get(expr);
    if (known) return known;
    memo.set(expr, blank(expr));
    const out = limit(resolveUncached(expr));
    memo.set(expr, out);
    return out;
  }
  function resolveUncached(expr: ts.Node): Piece[] {
    if (ts.isStringLiteralLike(expr)) return [{ text: expr.text, node: expr }];
    if (ts.isTemplateExpression(expr)) {
      let acc: Piece[] = [{ text: expr.head.text, node: expr }];
      for (const span of expr.templateSpans) {
        const parts = resolveData(span.expression);
        acc = acc.flatMap((a) => parts.map((p) => ({ text: a.text + p.text + span.literal.text, node: expr })));
      }
      return acc;
    }
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr))
      return resolve(expr.expression);
    if (ts.isSatisfiesExpression(expr)) return resolve(expr.expression);
    if (ts.isConditionalExpression(expr)) return [...resolve(expr.whenTrue), ...resolve(expr.whenFalse)];
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken)
        return [...resolve(expr.left), ...resolve(expr.right)];
      if (op === ts.SyntaxKind.PlusToken) {
        const left = resolveData(expr.left);
        const right = resolveData(expr.right);
        return left.flatMap((l) => right.map((r) => ({ text: l.text + r.text, node: expr })));
      }
    }
    if (ts.isIdentifier(expr) || (ts.isPropertyAccessExpression(expr) && isPlainChain(expr.expression))) {
      const decl = declOf(ts.isPropertyAccessExpression(expr) ? expr.name : expr);
      if (!decl) return blank(expr);
      if (ts.isVariableDeclaration(decl)) {
        const sym = symbolOf(decl.name);
        const writes = sym ? (writesTo.get(sym) ?? []) : [];
        const values = [...(decl.initializer ? [decl.initializer] : []), ...writes];
        return values.length ? values.flatMap(resolve) : blank(expr);
      }
      if (ts.isPropertyAssignment(decl)) return resolve(decl.initializer);
      if (ts.isParameter(decl)) return resolveParameter(decl, expr);
      return blank(expr);
    }
    if (ts.isCallExpression(expr) && isTextReplace(expr)) {
      // `problem.replace(/^Password/, 'The validation file password')`: the messages it makes.
      const [pattern, by] = expr.arguments as unknown as [ts.RegularExpressionLiteral, ts.StringLiteral];
      const [, source = '', flags = ''] = /^\/(.*)\/(\w*)$/s.exec(pattern.text) ?? [];
      const re = new RegExp(source, flags);
      return resolve((expr.expression as ts.PropertyAccessExpression).expression).map((p) => ({
        text: p.text.replace(re, by.text),
        node: p.node,
      }));
    }
    if (ts.isCallExpression(expr)) {
      const decl = declOf(expr.expression);
      const body = decl && functionBody(decl);
      if (!body || decl.getSourceFile().fileName.includes('node_modules')) return blank(expr);
      return returnsOf(body).flatMap(resolve);
    }
    return blank(expr);
  }
  /** A part inside a template or concatenation: text as far as it can be followed, a number a blank. */
  function resolveData(expr: ts.Expression): Piece[] {
    const type = checker.getTypeAtLocation(expr);
    if (type.flags & ts.TypeFlags.NumberLike) return blank(expr);
    // Data that may be anything (a name, or "Client 12" when there is none) is one blank.
    const parts = resolve(expr);
    return parts.some((p) => /^\{\w+\}$/.test(p.text)) ? blank(expr) : parts;
  }
  function resolveParameter(param: ts.ParameterDeclaration, use: ts.Node): Piece[] {
    const fn = param.parent;
    const index = fn.parameters.indexOf(param);
    const owner = ts.isVariableDeclaration(fn.parent) ? fn.parent : fn;
    const calls = callsOf.get(owner) ?? [];
    const args = calls.map((c) => c.arguments[index]);
    const given = args.filter((a): a is ts.Expression => Boolean(a));
    const pieces = given.flatMap(resolve);
    if (param.initializer && (args.some((a) => !a) || calls.length === 0)) pieces.push(...resolve(param.initializer));
    return pieces.length ? pieces : blank(use);
  }

  /** Every message a FieldErrors-shaped expression can hold (its values). */
  function fieldValues(expr: ts.Expression, seen = new Set<ts.Node>()): Piece[] {
    if (seen.has(expr)) return [];
    seen.add(expr);
    if (ts.isObjectLiteralExpression(expr)) {
      return expr.properties.flatMap((p) => {
        if (ts.isPropertyAssignment(p)) return resolve(p.initializer);
        if (ts.isShorthandPropertyAssignment(p)) return resolve(p.name);
        if (ts.isSpreadAssignment(p)) return fieldValues(p.expression, seen);
        return [];
      });
    }
    // Identifiers and calls: their literal parts are already collected where they are written.
    return [];
  }

  const found: FoundMessage[] = [];
  const add = (pieces: Piece[]) => {
    for (const p of pieces) {
      const sf = p.node.getSourceFile();
      const { line } = sf.getLineAndCharacterOfPosition(p.node.getStart());
      found.push({ text: p.text, where: `${relative(ROOT, sf.fileName)}:${line + 1}` });
    }
  };
  for (const site of messageSites) add(resolve(site.expr));
  for (const obj of fieldObjects) add(fieldValues(obj));
  for (const w of fieldWrites) add(resolve(w));
  // Messages whose only text is data (a blank passed along) are not words to translate.
  const seen = new Set<string>();
  return found.filter((m) => {
    const key = `${m.text}\u0000${m.where}`;
    if (seen.has(key) || !/[A-Za-z]/.test(m.text.replace(/\{\w+\}/g, ''))) return false;
    seen.add(key);
    return true;
  });
}

/** `a.b.c`: a property whose declaration is the one it reads (not one of many, as `list[i].code`). */
function isPlainChain(expr: ts.Expression): boolean {
  if (ts.isIdentifier(expr)) return true;
  return ts.isPropertyAccessExpression(expr) && isPlainChain(expr.expression);
}

function hasMessageOption(arg: ts.Expression) {
  return (
    ts.isObjectLiteralExpression(arg) &&
    arg.properties.some((p) => p.name && ts.isIdentifier(p.name) && ['message', 'error'].includes(p.name.text))
  );
}

/** `db.insert(…).values({…})`: not a field-error map, and costly to type. */
function isMethodArgument(node: ts.Node) {
  const parent = node.parent;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression);
}

/** A property that may hold a message: text, a choice of texts, or another map spread in. */
function hasTextValue(p: ts.ObjectLiteralElementLike) {
  if (ts.isSpreadAssignment(p) || ts.isShorthandPropertyAssignment(p)) return true;
  if (!ts.isPropertyAssignment(p)) return false;
  const v = p.initializer;
  return (
    ts.isStringLiteralLike(v) ||
    ts.isTemplateExpression(v) ||
    ts.isConditionalExpression(v) ||
    ts.isCallExpression(v) ||
    ts.isIdentifier(v)
  );
}

function isTextReplace(call: ts.CallExpression) {
  const [pattern, by] = call.arguments;
  return (
    ts.isPropertyAccessExpression(call.expression) &&
    call.expression.name.text === 'replace' &&
    pattern !== undefined &&
    ts.isRegularExpressionLiteral(pattern) &&
    by !== undefined &&
    ts.isStringLiteralLike(by)
  );
}

function isAssignment(kind: ts.SyntaxKind) {
  return (
    kind === ts.SyntaxKind.EqualsToken ||
    kind === ts.SyntaxKind.QuestionQuestionEqualsToken ||
    kind === ts.SyntaxKind.BarBarEqualsToken
  );
}

function functionBody(decl: ts.Node): ts.Node | undefined {
  if (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl)) return decl.body;
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = decl.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init.body;
  }
  return undefined;
}

function returnsOf(body: ts.Node): ts.Expression[] {
  if (!ts.isBlock(body)) return [body as ts.Expression];
  const out: ts.Expression[] = [];
  const walk = (n: ts.Node) => {
    if (ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
    ts.forEachChild(n, walk);
  };
  ts.forEachChild(body, walk);
  return out;
}

function blankName(node: ts.Node): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isCallExpression(node)) return blankName(node.expression);
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) return blankName(node.expression);
  return 'value';
}

function limit(pieces: Piece[]): Piece[] {
  const unique = [...new Map(pieces.map((p) => [p.text, p])).values()];
  return unique.slice(0, MAX_VARIANTS);
}
