import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { LoggerInterface, Spec as VegaSpec } from 'vega';

/**
 * Compiles a Vega-Lite spec to Vega, collecting the compiler's warnings and errors instead of letting
 * them go to the console; throws if there are any, listing every message, so a chart never silently
 * drops an encoding.
 */
export function compileChecked(spec: TopLevelSpec): VegaSpec {
  const messages: string[] = [];
  let level = 0;
  const record =
    (kind: string) =>
    (...args: readonly unknown[]): LoggerInterface => {
      messages.push(`${kind}: ${args.map(String).join(' ')}`);
      return logger;
    };
  const logger: LoggerInterface = {
    level: ((value?: number) => {
      if (value === undefined) return level;
      level = value;
      return logger;
    }) as LoggerInterface['level'],
    error: record('error'),
    warn: record('warning'),
    info: () => logger,
    debug: () => logger,
  };
  const { spec: vegaSpec } = compile(spec, { logger });
  if (messages.length > 0) {
    const what = spec.description ?? '(spec without description)';
    throw new Error(`compileChecked: Vega-Lite reported ${messages.length} problem(s) for "${what}":\n${messages.join('\n')}`);
  }
  return vegaSpec;
}
