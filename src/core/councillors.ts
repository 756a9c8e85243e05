// Rules about councillors that several parts of the product check.

/** Data Protection / UK GDPR training is required before a visit (seed 000 para 48); empty = not done. */
export function lacksDataProtectionTraining(councillor: { dataProtectionTrainingDate?: string }): boolean {
  return !councillor.dataProtectionTrainingDate;
}
