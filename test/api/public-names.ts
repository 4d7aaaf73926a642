// Lists the public names of a package entry point as TypeScript sees them (values and types), so
// the API tests can pin each package's face: a change to it is then a deliberate edit of a list.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

export interface PublicNames {
  /** Names with a runtime value: functions, classes, constants. */
  readonly values: string[];
  /** Names that exist only as types: interfaces, type aliases, type-only re-exports. */
  readonly types: string[];
}

/**
 * The public names of the modules that `specifiers` (e.g. '@bichig/core/format') resolve to, keyed
 * by specifier. One program for all of them: parsing is the slow part.
 */
export function publicNames(specifiers: readonly string[]): Record<string, PublicNames> {
  const files = specifiers.map((specifier) => fileURLToPath(import.meta.resolve(specifier)));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@bichig/source'],
    experimentalDecorators: true,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  });
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    specifiers.map((specifier, i) => [specifier, namesOf(checker, program, specifier, files[i]!)]),
  );
}

function namesOf(checker: ts.TypeChecker, program: ts.Program, specifier: string, file: string): PublicNames {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`${specifier} (${file}) is not a module`);
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const typeOnlyExport = symbol.declarations?.some(
      (declaration) =>
        ts.isExportSpecifier(declaration) && (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly),
    );
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!typeOnlyExport && target.flags & ts.SymbolFlags.Value) values.push(symbol.name);
    else types.push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}
