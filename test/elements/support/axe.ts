import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

type Axe = { run(context: ElementContext, options: RunOptions): Promise<AxeResults> };

let loading: Promise<Axe> | undefined;

/**
 * axe-core is CommonJS. Depending on how the dev server wraps it, `run` is on the module's default
 * export, on the module itself, or (the UMD bundle's side effect) on `window.axe`.
 */
function loadAxe(): Promise<Axe> {
  loading ??= import('axe-core').then((loaded) => {
    const module = loaded as unknown as Partial<Axe> & { default?: Partial<Axe> };
    const found = [module.default, module, (window as unknown as { axe?: Partial<Axe> }).axe].find(
      (candidate) => typeof candidate?.run === 'function',
    );
    if (!found) throw new Error('axe-core loaded, but no axe.run was found on it');
    return found as Axe;
  });
  return loading;
}

/** Runs axe-core on `context` (violations only, unless `options` says otherwise). */
export async function runAxe(
  context: ElementContext,
  options: RunOptions = { resultTypes: ['violations'] },
): Promise<AxeResults> {
  return (await loadAxe()).run(context, options);
}

/** The axe-core violations inside `context`. */
export async function axeViolations(context: Element): Promise<AxeResults['violations']> {
  return (await runAxe(context)).violations;
}

/**
 * axe-core violations inside `element`, as readable lines. `exclude` lists shadow-piercing
 * selectors of parts tested by their own suites (e.g. a nested <bichig-keyboard>).
 */
export async function axeProblems(
  element: Element,
  exclude: Array<[host: string, ...inside: [string, ...string[]]]> = [],
): Promise<string[]> {
  const result = await runAxe({ include: [element], exclude: exclude.map((path) => ({ fromShadowDom: path })) });
  return result.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
