// Every element class of @bichig/elements keeps DESIGN.md's member order ("Conventions"):
// static styles and properties; declared public properties, then declared internal state;
// private fields, then controllers; the constructor; public getters, then public and static
// methods; lifecycle callbacks; event handlers (#onX arrow fields); private helpers; render() and
// its #renderX parts last. Read from the source with TypeScript's parser, so a class that drifts
// fails here with the member and the one it should come after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const SOURCE = new URL('../../packages/elements/src/', import.meta.url).pathname;

/** The kinds of member, in the order a class must give them. */
export const ORDER = [
  'static',
  'public property',
  'internal state',
  'private field',
  'controller',
  'constructor',
  'public getter',
  'public method',
  'lifecycle',
  'event handler',
  'private helper',
  'render',
] as const;
type Kind = (typeof ORDER)[number];

const LIFECYCLE = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'createRenderRoot',
  'scheduleUpdate',
  'performUpdate',
  'shouldUpdate',
  'willUpdate',
  'update',
  'firstUpdated',
  'updated',
  'getUpdateComplete',
  'formAssociatedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function isPrivate(member: ts.ClassElement): boolean {
  if (member.name && ts.isPrivateIdentifier(member.name)) return true;
  return (
    (ts.getCombinedModifierFlags(member as ts.Declaration) &
      (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) !==
    0
  );
}

function nameOf(member: ts.ClassElement): string {
  if (ts.isConstructorDeclaration(member)) return 'constructor';
  return member.name?.getText() ?? '(unnamed)';
}

export function kindOf(member: ts.ClassElement): Kind | undefined {
  const flags = ts.getCombinedModifierFlags(member as ts.Declaration);
  const name = nameOf(member);
  if (ts.isConstructorDeclaration(member)) return 'constructor';
  if (ts.isClassStaticBlockDeclaration(member) || ts.isSemicolonClassElement(member)) return undefined;
  // render(), its parts, and the column base's render hook (renderColumn).
  if (name === 'render' || /^#?render[A-Z]/.test(name)) return 'render';
  if (ts.isPropertyDeclaration(member)) {
    if (flags & ts.ModifierFlags.Static) return 'static';
    const declared = (flags & ts.ModifierFlags.Ambient) !== 0;
    if (declared) return isPrivate(member) ? 'internal state' : 'public property';
    const init = member.initializer;
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
      return /^#on[A-Z]/.test(name) ? 'event handler' : isPrivate(member) ? 'private helper' : 'public method';
    }
    // A controller is made with its host: `new X(this, …)` (Lit's reactive controllers, Task).
    if (init && ts.isNewExpression(init) && init.arguments?.[0]?.kind === ts.SyntaxKind.ThisKeyword)
      return 'controller';
    return isPrivate(member) ? 'private field' : 'public property';
  }
  if (flags & ts.ModifierFlags.Static) return ts.isMethodDeclaration(member) ? 'public method' : 'static';
  if (ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member))
    return isPrivate(member) ? 'private helper' : 'public getter';
  if (ts.isMethodDeclaration(member)) {
    if (LIFECYCLE.has(name)) return 'lifecycle';
    if (/^#on[A-Z]/.test(name)) return 'event handler';
    return isPrivate(member) ? 'private helper' : 'public method';
  }
  return undefined;
}

interface Finding {
  file: string;
  member: string;
  kind: Kind;
  after: string;
  afterKind: Kind;
}

function check(file: string, text: string): { classes: number; findings: Finding[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  let classes = 0;
  const visit = (node: ts.Node): void => {
    if (
      ts.isClassDeclaration(node) &&
      node.heritageClauses?.some((h) => /LitElement|Element\b|Base\b|List\b/.test(h.getText()))
    ) {
      const isElement = node.heritageClauses.some((h) =>
        /extends (LitElement|BichigColumnElement|VerticalFieldBase|BichigNewsList)\b/.test(h.getText()),
      );
      if (isElement) {
        classes++;
        let last: { name: string; kind: Kind } | undefined;
        for (const member of node.members) {
          const kind = kindOf(member);
          if (!kind) continue;
          if (last && ORDER.indexOf(kind) < ORDER.indexOf(last.kind))
            findings.push({ file, member: nameOf(member), kind, after: last.name, afterKind: last.kind });
          if (!last || ORDER.indexOf(kind) >= ORDER.indexOf(last.kind)) last = { name: nameOf(member), kind };
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { classes, findings };
}

test('every element class keeps the member order of DESIGN.md', () => {
  let classes = 0;
  const findings: Finding[] = [];
  for (const path of files(SOURCE)) {
    const file = path.slice(SOURCE.length);
    const result = check(file, readFileSync(path, 'utf8'));
    classes += result.classes;
    findings.push(...result.findings);
  }
  assert.ok(classes >= 24, `found ${classes} element classes`);
  assert.deepEqual(
    findings.map((f) => `${f.file}: ${f.member} (${f.kind}) comes after ${f.after} (${f.afterKind})`),
    [],
  );
});

test('the checker sees a member out of order', () => {
  const sample = `import { LitElement, html } from 'lit';
export class Sample extends LitElement {
  static override properties = { a: {} };
  declare a: string;
  render() { return html\`\`; }
  connectedCallback(): void { super.connectedCallback(); }
}`;
  const { classes, findings } = check('sample.ts', sample);
  assert.equal(classes, 1);
  assert.deepEqual(
    findings.map((f) => [f.member, f.after]),
    [['connectedCallback', 'render']],
  );
});
