/** The tool's name, version and declared dependencies, from its package.json. */
export interface ToolInfo {
  name: string;
  version: string;
  dependencies: Record<string, string>;
}
