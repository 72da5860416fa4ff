// The scanner behind untranslated.test.ts: finds screen text that does not go through i18next,
// `t('…')` keys missing from the locale files, and en/es files that disagree. It reads the
// TypeScript syntax tree (not regular expressions), so JSX text, attributes and calls are told
// apart exactly. Not part of the web bundle: only the test imports it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type Finding = { file: string; line: number; rule: string; text: string };
export type Catalogs = Record<string, Record<string, Record<string, string>>>; // lng → ns → key → text

/** JSX attributes a user reads (or hears, for aria-*). Names ending as in USER_FACING_SUFFIX count too. */
const USER_FACING_ATTRIBUTES = new Set([
  'label',
  'placeholder',
  'title',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'description',
  'alt',
  'error',
  'message',
  'summary',
  'intro',
  'note',
  'empty',
  'legend',
  'consequence',
  'caption',
  'heading',
  'tooltip',
]);
const USER_FACING_SUFFIX = /(Label|Title|Message|Description|Placeholder|Text|Caption|Heading|Tooltip|Hint)$/;
/** Object-literal properties that end up on screen: notifications, select options, column lists. */
const USER_FACING_PROPERTIES = new Set(['label', 'title', 'message', 'description', 'placeholder', 'error', 'text']);
/** Setters whose string argument is shown: setError('…'), setMessage('…'). */
const USER_FACING_SETTER =
  /^set[A-Z]\w*(Error|Message|Notice|Status|Warning)$|^set(Error|Message|Notice|Status|Warning)$/;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** The plural forms i18next looks up (Intl.PluralRules) for each language. */
export const PLURAL_FORMS: Record<string, string[]> = { en: ['one', 'other'], es: ['one', 'many', 'other'] };

const hasLetter = (s: string) => /\p{L}/u.test(s);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function readCatalogs(localesDir: string): Catalogs {
  const out: Catalogs = {};
  for (const lng of readdirSync(localesDir)) {
    const dir = path.join(localesDir, lng);
    if (!statSync(dir).isDirectory()) continue;
    out[lng] = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      out[lng][file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    }
  }
  return out;
}

/** Every .ts/.tsx under `root` except tests and declaration files, as paths relative to `root`. */
export function sourceFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'locales' && name !== 'node_modules') out.push(...sourceFiles(root, full));
    } else if (/\.tsx?$/.test(name) && !/\.(test|e2e)\.tsx?$/.test(name) && !name.endsWith('.d.ts')) {
      out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  }
  return out.sort();
}

/** The folder of a file relative to src/web ('clients'), or '.' for main.tsx and routes.tsx. */
export function folderOf(relFile: string): string {
  const parts = relFile.split('/');
  return parts.length > 1 ? (parts[0] as string) : '.';
}

/** The namespace a folder's strings live in: the folder's name; top-level files use `common`. */
export function namespaceOf(relFile: string): string {
  const folder = folderOf(relFile);
  return folder === '.' ? 'common' : folder;
}

/** The literal text an expression would put on screen: both arms of `a ? 'x' : 'y'`, `c && 'x'`, templates. */
function shownLiterals(expr: ts.Expression): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [{ node: expr, text: expr.text }];
  if (ts.isTemplateExpression(expr)) {
    const text = [expr.head.text, ...expr.templateSpans.map((s) => s.literal.text)].join(' ');
    // shown as `Row {n}`: the literal parts with the expressions in braces
    return hasLetter(text) ? [{ node: expr, text: expr.getText().slice(1, -1).replaceAll('${', '{') }] : [];
  }
  if (ts.isConditionalExpression(expr)) return [...shownLiterals(expr.whenTrue), ...shownLiterals(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(expr.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...shownLiterals(expr.left), ...shownLiterals(expr.right)];
    }
    return [];
  }
  if (
    ts.isParenthesizedExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isNonNullExpression(expr)
  ) {
    return shownLiterals(expr.expression);
  }
  return [];
}

function nameText(name: ts.PropertyName | ts.JsxAttributeName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isJsxNamespacedName(name)) return `${name.namespace.text}:${name.name.text}`;
  return undefined;
}

function isUserFacingAttribute(name: string): boolean {
  return USER_FACING_ATTRIBUTES.has(name) || USER_FACING_SUFFIX.test(name);
}

type KeyUse = { node: ts.Node; key: string; namespaces: string[]; plural: boolean };

/** Names bound to a `t` from useTranslation in this file, with their namespaces: `const { t: tc } = useTranslation('common')`. */
function translatorBindings(source: ts.SourceFile): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.initializer &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === 'useTranslation' &&
      ts.isObjectBindingPattern(node.name)
    ) {
      const arg = node.initializer.arguments[0];
      const namespaces =
        arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))
          ? [arg.text]
          : arg && ts.isArrayLiteralExpression(arg)
            ? arg.elements.filter(ts.isStringLiteral).map((e) => e.text)
            : [];
      for (const el of node.name.elements) {
        const prop = el.propertyName ? nameText(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
        if (prop === 't' && ts.isIdentifier(el.name)) out.set(el.name.text, namespaces);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function optionsOf(arg: ts.Expression | undefined): { ns?: string; plural: boolean } {
  if (!arg || !ts.isObjectLiteralExpression(arg)) return { plural: false };
  let ns: string | undefined;
  let plural = false;
  for (const p of arg.properties) {
    const name = p.name ? nameText(p.name as ts.PropertyName) : undefined;
    if (name === 'count') plural = true;
    if (name === 'ns' && ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer)) ns = p.initializer.text;
  }
  return { ns, plural };
}

/** `t('…')`, `i18n.t('…')`, `props.t('…')`, a renamed `t` from useTranslation, or `tKey('…', ns?)`. */
function keyUse(call: ts.CallExpression, bindings: Map<string, string[]>, folderNs: string): KeyUse | undefined {
  const callee = call.expression;
  const calleeName = ts.isIdentifier(callee)
    ? callee.text
    : ts.isPropertyAccessExpression(callee)
      ? callee.name.text
      : undefined;
  if (!calleeName) return undefined;
  const isTKey = calleeName === 'tKey';
  const bound = ts.isIdentifier(callee) ? bindings.get(calleeName) : undefined;
  if (!isTKey && calleeName !== 't' && !bound) return undefined;
  const [first, second] = call.arguments;
  if (!first || !(ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) return undefined;
  if (isTKey) {
    const ns = second && ts.isStringLiteral(second) ? second.text : undefined;
    return { node: call, key: first.text, namespaces: ns ? [ns] : [folderNs, 'common'], plural: false };
  }
  const options = optionsOf(second);
  const declared = bound && bound.length > 0 ? bound : [folderNs];
  return {
    node: call,
    key: first.text,
    namespaces: options.ns ? [options.ns] : [...declared, 'common'],
    plural: options.plural,
  };
}

function hasKey(catalogs: Catalogs, lng: string, use: KeyUse): boolean {
  return use.namespaces.some((ns) => {
    const cat = catalogs[lng]?.[ns];
    if (!cat) return false;
    if (!use.plural) return typeof cat[use.key] === 'string';
    return (PLURAL_FORMS[lng] ?? ['other']).every((form) => typeof cat[`${use.key}_${form}`] === 'string');
  });
}

/** Rules (a), (b) and (c) over one file; `relFile` is relative to src/web. */
export function scanSource(relFile: string, text: string, catalogs: Catalogs, allowed: Set<string>): Finding[] {
  const source = ts.createSourceFile(
    relFile,
    text,
    ts.ScriptTarget.Latest,
    true,
    relFile.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const bindings = translatorBindings(source);
  const folderNs = namespaceOf(relFile);
  const findings: Finding[] = [];
  const add = (node: ts.Node, rule: string, shown: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    findings.push({ file: relFile, line, rule, text: squash(shown) });
  };
  const checkShown = (expr: ts.Expression, rule: string) => {
    for (const lit of shownLiterals(expr)) {
      if (hasLetter(lit.text) && !allowed.has(squash(lit.text))) add(lit.node, rule, lit.text);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasLetter(node.text) && !allowed.has(squash(node.text))) add(node, 'JSX text not in t()', node.text);
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      checkShown(node.expression, 'JSX text not in t()');
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = nameText(node.name);
      if (name && isUserFacingAttribute(name)) {
        const init = node.initializer;
        if (ts.isStringLiteral(init)) checkShown(init, `attribute ${name} not in t()`);
        else if (ts.isJsxExpression(init) && init.expression)
          checkShown(init.expression, `attribute ${name} not in t()`);
      }
    } else if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
      const name = nameText(node.name);
      if (name && USER_FACING_PROPERTIES.has(name)) checkShown(node.initializer, `property ${name} not in t()`);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      node.left.getText(source) === 'document.title'
    ) {
      checkShown(node.right, 'document.title not in t()');
    } else if (ts.isCallExpression(node)) {
      const use = keyUse(node, bindings, folderNs);
      if (use) {
        for (const lng of ['en', 'es']) {
          if (!hasKey(catalogs, lng, use)) {
            const forms = use.plural ? ` (plural: _${(PLURAL_FORMS[lng] ?? []).join(', _')})` : '';
            add(use.node, `key missing from ${lng}/${use.namespaces.join('|')}.json${forms}`, use.key);
          }
        }
        return; // the arguments of t() are translated already (interpolation values are data)
      }
      const callee = node.expression;
      if (ts.isIdentifier(callee) && USER_FACING_SETTER.test(callee.text) && node.arguments[0]) {
        checkShown(node.arguments[0], `${callee.text}() text not in t()`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Rule (d): each namespace has an en and an es file with the same keys, the plural forms each language needs, the same placeholders. */
export function compareCatalogs(catalogs: Catalogs, skip: (ns: string) => boolean): string[] {
  const problems: string[] = [];
  const en = catalogs.en ?? {};
  const es = catalogs.es ?? {};
  const namespaces = [...new Set([...Object.keys(en), ...Object.keys(es)])].filter((ns) => !skip(ns)).sort();
  for (const ns of namespaces) {
    const enCat = en[ns];
    const esCat = es[ns];
    if (!enCat || !esCat) {
      problems.push(`${ns}: only in ${enCat ? 'en' : 'es'}/ (add locales/${enCat ? 'es' : 'en'}/${ns}.json)`);
      continue;
    }
    const files = { en: enCat, es: esCat };
    const all = [...Object.keys(files.en), ...Object.keys(files.es)];
    const bases = new Set(all.filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
    const plain = new Set(all.filter((k) => !PLURAL_SUFFIX.test(k)));
    for (const lng of ['en', 'es'] as const) {
      const cat = files[lng];
      const expected = [...plain, ...[...bases].flatMap((b) => (PLURAL_FORMS[lng] ?? []).map((f) => `${b}_${f}`))];
      for (const key of expected) {
        if (typeof cat[key] !== 'string' || cat[key] === '') problems.push(`${lng}/${ns}.json: missing "${key}"`);
      }
    }
    for (const key of plain) {
      const enText = files.en[key];
      if (enText !== undefined && enText !== key)
        problems.push(`en/${ns}.json: "${key}" must map to itself, not "${enText}"`);
      const esText = files.es[key];
      if (enText !== undefined && esText !== undefined && placeholders(esText) !== placeholders(enText)) {
        problems.push(
          `es/${ns}.json: "${key}" has placeholders ${placeholders(esText) || 'none'}, English has ${placeholders(enText) || 'none'}`,
        );
      }
    }
  }
  return problems;
}

const placeholders = (s: string) =>
  [...new Set([...s.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]))].sort().join(', ');

/** The allow-list: true non-words that may appear untranslated, each with its reason. */
export function readAllowList(file: string): { text: string; reason: string }[] {
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8'));
}
