import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

let cached: readonly string[] | undefined;

/**
 * Paths of the DejaVu Sans TTFs (regular, bold, oblique) shipped by the `dejavu-fonts-ttf` package,
 * resolved once on first use. Throws if a file is missing, because resvg without fonts renders no
 * text at all, silently.
 */
export function dejavuFontFiles(): readonly string[] {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const files = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((name) =>
    require.resolve(`dejavu-fonts-ttf/ttf/${name}`),
  );
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`dejavuFontFiles: font files not found: ${missing.join(', ')}`);
  cached = files;
  return cached;
}
