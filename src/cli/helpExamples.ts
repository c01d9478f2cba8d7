/**
 * A help example as yargs shows it on lines of their own: the description as a shell comment, then
 * the command alone on the next line, so it is never broken across two columns and copies as it is.
 */
export function oneLine(command: string, description: string): [string, string][] {
  return [[`# ${description}`, ''], [command, '']];
}
