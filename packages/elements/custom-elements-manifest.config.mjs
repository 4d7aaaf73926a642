// The custom-elements manifest (custom-elements.json): generated from the elements' JSDoc
// (@summary @slot @csspart @cssprop @event) and Lit's decorators. Storybook reads it for its
// docs tables and controls; editors and framework wrappers read it for types.

/**
 * Elements are registered with `defineElement('bichig-x', BichigX)` (src/shared/define.ts), which the
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
        declaration: { name: cls.getText(), module: moduleDoc.path.replace(/\/bichig-[^/]+\.ts$/, (m) => m) },
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
        for (const exp of mod.exports ?? []) {
          if (exp.kind !== 'custom-element-definition') continue;
          const owner = customElementsManifest.modules.find((m) =>
            (m.declarations ?? []).some((d) => d.name === exp.declaration.name),
          );
          if (owner) exp.declaration.module = owner.path;
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [defineElementTagNames()],
};
