import type { EmployerRecord } from '../../utils/employers/record';
import type { RightsRecord } from '../../utils/store';

export function elevenProofNumber(i: number): string;
export function generateEmployer(i: number, seed?: number): EmployerRecord;
export function generateEmployers(n: number, seed?: number): Record<string, EmployerRecord>;
export function generateRights(records: Record<string, EmployerRecord>): Record<string, RightsRecord>;
export function legacyStore(
  records: Record<string, EmployerRecord>,
  rights?: Record<string, RightsRecord>,
): { employers: Record<string, EmployerRecord>; employers$: { v: 2 }; rights: Record<string, RightsRecord> };
export function seedThroughMigration(
  worker: import('@playwright/test').Worker,
  items: Record<string, unknown>,
  options?: { timeoutMs?: number },
): Promise<void>;
