/**
 * Throws when a chart input mentions a scenario missing from its run-ordered scenario list, since the
 * scenario would otherwise be drawn without its fixed colour. `chart` names the caller in the message.
 */
export function assertScenarios(chart: string, scenarios: readonly string[], used: Iterable<string>): void {
  const known = new Set(scenarios);
  for (const scenario of used) {
    if (!known.has(scenario)) {
      throw new Error(`${chart}: scenario ${JSON.stringify(scenario)} is not in scenarios ${JSON.stringify(scenarios)}`);
    }
  }
}
