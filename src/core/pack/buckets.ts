// Which answers feed which part of the committee summary, per form template. The 2025 form has the
// four parts as questions. The 2018 Signs of Safety grid has none of them, so its rows and columns
// are mapped: Performance and Other rows are practice, Staffing is the experience of working there;
// "working well" are strengths, worries and "needs to happen" are areas for development.
import type { PackSummary } from './types';

export type SummaryBuckets = Record<keyof PackSummary, string[]>;

export const SUMMARY_BUCKETS: Readonly<Record<string, SummaryBuckets>> = {
  'frontline-2025': {
    qualityStrengths: ['qualityStrengths'],
    qualityDevelopment: ['qualityDevelopment'],
    experienceStrengths: ['experienceStrengths'],
    experienceDevelopment: ['experienceDevelopment']
  },
  'signs-of-safety-2018': {
    qualityStrengths: ['performance.workingWell', 'other.workingWell'],
    qualityDevelopment: ['performance.worried', 'performance.needsToHappen', 'other.worried', 'other.needsToHappen'],
    experienceStrengths: ['staffing.workingWell'],
    experienceDevelopment: ['staffing.worried', 'staffing.needsToHappen']
  }
};

export const SUMMARY_PARTS: (keyof PackSummary)[] = [
  'qualityStrengths',
  'qualityDevelopment',
  'experienceStrengths',
  'experienceDevelopment'
];
