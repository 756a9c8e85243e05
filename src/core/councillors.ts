// Rules about councillors that several parts of the product check.

/** Data Protection / UK GDPR training is required before a visit (seed 000 para 48); empty = not done. */
export function lacksDataProtectionTraining(councillor: { dataProtectionTrainingDate?: string }): boolean {
  return !councillor.dataProtectionTrainingDate;
}

/** How messages name a councillor: `Cllr Sarah Bennett-Wake` (a name already titled is kept as it is). */
export function cllr(name: string): string {
  const trimmed = name.trim();
  return /^(cllr|councillor)\b/i.test(trimmed) ? trimmed : `Cllr ${trimmed}`;
}
