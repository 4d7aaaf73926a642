// The custom-elements manifest (custom-elements.json): generated from the elements' JSDoc
// (@summary @slot @csspart @cssprop @event) and Lit's reactive properties by `npm run manifest`
// (part of `prepack`). Storybook reads it for its docs tables and controls; editors read it
// through package.json's "customElements"; the React JSX and Vue typings in dist/ are generated
// from it (custom-element-jsx-integration, custom-element-vuejs-integration).
//
// What ships is the public API only: one module per element entry point (`dist/bichig-x.js`,
// taken from package.json "exports"), each element with its public members, its real attributes
// (no reactive state, nothing private or protected), its events, slots, parts and CSS properties.
// Literal-union type aliases (`RendererMode` → `'shaped' | 'native' | 'auto'`) are written out,
// so framework typings check attribute values without importing our types.

import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `src/text/bichig-text.ts` → `dist/text/bichig-text.js`, for every entry in package.json "exports". */
const distBySource = new Map(
  Object.values(packageJson.exports)
    .filter((entry) => typeof entry === 'object' && entry['@bichig/source'])
    .map((entry) => [entry['@bichig/source'].replace(/^\.\//, ''), entry.default.replace(/^\.\//, '')]),
);

/**
 * Elements are registered with `defineElement('bichig-x', BichigX)` (src/internal/define.ts), which the
 * analyzer does not know: this plugin reads those calls and gives each class its tag name.
 */
function defineElementTagNames() {
  const tagByClass = new Map();
  return {
    name: 'bichig-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag)) return;
      tagByClass.set(cls.getText(), tag.text);
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: cls.getText(), module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const tag = tagByClass.get(declaration.name);
          if (tag) {
            declaration.tagName = tag;
            declaration.customElement = true;
          }
        }
      }
    },
  };
}

/**
 * Cuts the manifest down to the public API and points it at dist/ (see the header). Runs after
 * the analyzer has applied inheritance, so each element carries its inherited members.
 */
function publicApiOnly() {
  /** Class name → names declared `state: true` or `attribute: false` in `static properties`. */
  const noAttribute = new Map();
  /** Type alias name → its text, for aliases that are unions of string/number literals. */
  const literalAliases = new Map();
  /** Class names whose member names are tagged `@internal`. */
  const internal = new Map();
  return {
    name: 'bichig-public-api',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isUnionTypeNode(node.type)) {
        if (node.type.types.every((t) => ts.isLiteralTypeNode(t)))
          literalAliases.set(node.name.text, node.type.getText());
      }
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const className = node.name.text;
      for (const member of node.members) {
        const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
        if (!name) continue;
        if (ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) {
          if (!internal.has(className)) internal.set(className, new Set());
          internal.get(className).add(name);
        }
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || name !== 'properties' || !ts.isPropertyDeclaration(member)) continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const names = new Set();
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const options = property.initializer.properties.filter(ts.isPropertyAssignment);
          const hidden = options.some(
            (o) =>
              (o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword) ||
              (o.name.getText() === 'attribute' && o.initializer.kind === ts.SyntaxKind.FalseKeyword),
          );
          if (hidden) names.add(property.name.getText().replace(/^['"]|['"]$/g, ''));
        }
        noAttribute.set(className, names);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const all = customElementsManifest.modules;
      const declarationsByName = new Map();
      for (const mod of all) for (const d of mod.declarations ?? []) declarationsByName.set(d.name, d);

      /** Every class on the chain from `declaration` up, for properties declared by a superclass. */
      const chain = (declaration) => {
        const names = [];
        for (let d = declaration; d; d = d.superclass && declarationsByName.get(d.superclass.name)) {
          names.push(d.name);
          if (names.length > 20) break;
        }
        return names;
      };
      const expand = (type) => {
        if (!type?.text) return type;
        const text = type.text.replace(/\b[A-Z]\w*\b/g, (word) =>
          literalAliases.has(word) ? literalAliases.get(word) : word,
        );
        return { text };
      };
      const reference = (ref) => (ref ? { name: ref.name } : undefined);

      const publicElement = (declaration) => {
        const classes = chain(declaration);
        const hidden = new Set(classes.flatMap((c) => [...(noAttribute.get(c) ?? [])]));
        const internalNames = new Set(classes.flatMap((c) => [...(internal.get(c) ?? [])]));
        const isPublic = (m) =>
          (!m.privacy || m.privacy === 'public') &&
          !m.static &&
          !m.name.startsWith('#') &&
          !m.name.startsWith('_') &&
          !internalNames.has(m.name);
        const members = (declaration.members ?? []).filter(isPublic).map((m) => {
          const out = { ...m, type: expand(m.type) };
          if (m.inheritedFrom) out.inheritedFrom = reference(m.inheritedFrom);
          if (hidden.has(m.name)) delete out.attribute;
          if (!out.type) delete out.type;
          if (m.return) out.return = { type: expand(m.return.type) };
          if (m.parameters) out.parameters = m.parameters.map((p) => ({ ...p, type: expand(p.type) }));
          return out;
        });
        const publicFields = new Set(members.map((m) => m.name));
        const attributes = (declaration.attributes ?? [])
          .filter((a) => !a.fieldName || (publicFields.has(a.fieldName) && !hidden.has(a.fieldName)))
          .map((a) => {
            const out = { ...a, type: expand(a.type) };
            if (a.inheritedFrom) out.inheritedFrom = reference(a.inheritedFrom);
            if (!out.type) delete out.type;
            return out;
          });
        // `@event name - {Type} description` and events found in dispatchEvent calls: one entry
        // per named event, with its type.
        const events = new Map();
        for (const event of declaration.events ?? []) {
          if (!event.name || event.name === 'detail') continue;
          const match = /^\{([\w.]+)\}\s*(.*)$/s.exec(event.description ?? '');
          const out = { name: event.name };
          if (match) out.type = { text: match[1] };
          else if (event.type) out.type = event.type;
          // A plain CustomEvent is the global type, not one of ours to import.
          if (out.type?.text === 'CustomEvent') delete out.type;
          const description = match ? match[2] : event.description;
          if (description) out.description = description;
          if (event.inheritedFrom) out.inheritedFrom = reference(event.inheritedFrom);
          events.set(event.name, out);
        }
        const out = { ...declaration, members, attributes, events: [...events.values()] };
        if (declaration.superclass)
          out.superclass = declaration.superclass.package ? declaration.superclass : reference(declaration.superclass);
        for (const key of ['members', 'attributes', 'events']) if (!out[key].length) delete out[key];
        return out;
      };

      const modules = [];
      for (const mod of all) {
        const dist = distBySource.get(mod.path);
        if (!dist) continue;
        const definitions = (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
        if (!definitions.length) continue;
        const declarations = [];
        const exports = [];
        for (const definition of definitions) {
          const declaration = declarationsByName.get(definition.declaration.name);
          if (!declaration?.customElement) continue;
          declarations.push(publicElement(declaration));
          exports.push(
            { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: dist } },
            {
              kind: 'custom-element-definition',
              name: definition.name,
              declaration: { name: declaration.name, module: dist },
            },
          );
        }
        modules.push({ kind: 'javascript-module', path: dist, declarations, exports });
      }
      modules.sort((a, b) => a.path.localeCompare(b.path));
      customElementsManifest.modules = modules;
    },
  };
}

/**
 * The generated typings are finished here: the JSX plugin types a handler's argument as
 * `CustomEvent<T>` with T the event's type, but our events are classes extending CustomEvent, so
 * the handler gets T itself; `@bichig/elements/react` also puts the elements into React's JSX
 * namespace (React 19 reads `JSX` from the `react` module). Each typing gets an empty JS module
 * beside it, so that `import '@bichig/elements/react'` also resolves at run time.
 */
function finishFrameworkTypings() {
  return {
    name: 'bichig-framework-typings',
    packageLinkPhase() {
      const eventHandler = (text) =>
        text
          .replace(/CustomEvent<(Bichig\w*Event)>/g, '$1')
          // An event without a declared type: ours carry an unknown detail, the fields' native
          // input/change/select are plain events.
          .replace(/"?on([\w-]+)"?\?: \(e: CustomEvent<never>\)/g, (_, name) =>
            name.startsWith('bichig-') ? `"on${name}"?: (e: CustomEvent<unknown>)` : `"on${name}"?: (e: Event)`,
          )
          // The plugins import each element's event types once per element: once is enough.
          .replace(/import type \{([^}]*)\} from "\.\/index\.js";/, (_, names) => {
            const unique = [...new Set(names.split(',').map((n) => n.trim()))].filter(Boolean);
            return `import type { ${unique.join(', ')} } from './index.js';`;
          });
      const react = readFileSync('dist/react.d.ts', 'utf8');
      writeFileSync(
        'dist/react.d.ts',
        `${eventHandler(react)}
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
      );
      // Vue compiles `@bichig-fallback` to the handler prop `onBichigFallback`: name them so.
      const vueHandlerNames = (text) =>
        text.replace(
          /"?on([\w-]+)"?\?: (?=\(e:)/g,
          (_, name) => `on${name.replace(/(?:^|-)(\w)/g, (__, c) => c.toUpperCase())}?: `,
        );
      // Every tag also takes the global HTML attributes (id, lang, class, aria-*), as in vue-tsc's strictTemplates.
      const vueGlobalAttributes = (text) =>
        text
          .replace(
            'import type { DefineComponent } from "vue";',
            'import type { DefineComponent, HTMLAttributes } from "vue";',
          )
          .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & HTMLAttributes>');
      writeFileSync(
        'dist/vue.d.ts',
        vueGlobalAttributes(vueHandlerNames(eventHandler(readFileSync('dist/vue.d.ts', 'utf8')))),
      );
      const stub = '// Types only: see react.d.ts / vue.d.ts beside this file.\nexport {};\n';
      writeFileSync('dist/react.js', stub);
      writeFileSync('dist/vue.js', stub);
    },
  };
}

/** The classes and their event types, for the typings (type-only imports, relative to dist/). */
const globalTypePath = './index.js';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    defineElementTagNames(),
    publicApiOnly(),
    customElementJsxPlugin({ outdir: './dist', fileName: 'react.d.ts', globalTypePath, hideLogs: true }),
    customElementVuejsPlugin({ outdir: './dist', fileName: 'vue.d.ts', globalTypePath, hideLogs: true }),
    finishFrameworkTypings(),
  ],
};
