import type { RegistryProblem } from './registryTypes';

/** `line 14 › phone › "12345" is not a Vietnamese phone number › use 0xxx xxx xxxx or +84 …` */
export function formatProblem(p: RegistryProblem): string {
  const at = p.line !== undefined ? `line ${p.line}` : p.item !== undefined ? `item ${p.item}` : 'file';
  return `${at} › ${p.field} › ${p.reason} › ${p.fix}`;
}
