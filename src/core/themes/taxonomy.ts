// The default theme taxonomy: what keeps coming up in councillor frontline visits across the seed
// papers (2017-18 annual report, 2023-24 themes, July 2025 forms). Rules were written from each
// description in the vocabulary a council officer would use (with explicit variants instead of
// stemming), then checked against hand-labelled statements; phrases that only fit one sentence were
// not added. A council may replace the whole taxonomy with its own JSON: see validateTaxonomy.
import { ConfigError } from '../errors';
import { tokens } from './tagger';
import type { Taxonomy, Theme } from './types';

// Bare "accommodation" is office space in the 2017-18 paper but housing for care leavers in 2025.
const NOT_HOUSING = ['care leaver', 'care leavers', 'young people', 'young person', 'housing', 'providers', 'unsuitable accommodation', 'tenancy', 'independent living'];

const THEMES: Theme[] = [
  {
    id: 'workload',
    name: 'Workloads and caseloads',
    description:
      'Caseload numbers, workload pressure, long hours and paperwork. Seed 001 (caseloads under 25, caseloads increased), ' +
      'seed 000 paras 24, 28, 37, 42 (workloads high, caseloads too high), seed 004 (caseloads of 21 and 25, 50+ hour weeks, less paperwork).',
    rules: [
      {
        phrases: ['workload', 'workloads', 'work load', 'work loads', 'caseload', 'caseloads', 'case load', 'case loads', 'casework load',
          'number of cases', 'long hours', 'working hours', 'extra hours', 'hours per week', 'overtime', 'own time',
          'lack of time', 'enough time', 'pressures of time', 'time pressure', 'time pressures', 'paperwork', 'admin burden', 'administrative burden']
      }
    ]
  },
  {
    id: 'recruitment-retention',
    name: 'Recruitment, retention and pay',
    description:
      'Staffing levels, vacancies, reliance on agency staff, staff leaving, and pay (including the gap with agency pay). ' +
      'Seed 001 (agency staff numbers, recruiting experienced social workers, retention), seed 000 paras 24, 28, 29, 31, 37, 42 ' +
      '(pay less than neighbouring councils, understaffed), seed 004 (agency staff paid more, half the team have left).',
    rules: [
      {
        phrases: ['recruitment', 'recruit', 'recruits', 'recruiting', 'recruited', 'retention', 'retain', 'retaining', 'staffing',
          'understaffed', 'fully staffed', 'short staffed', 'vacancy', 'vacancies', 'vacant posts', 'staff shortages', 'have left',
          'staff leaving', 'leaving the service', 'more staff', 'agency staff', 'agency worker', 'agency workers', 'agency social worker',
          'agency social workers', 'agency team manager', 'agency work', 'work for agencies', 'permanent staff',
          'permanent social workers', 'permanent positions', 'grow your own', 'pay', 'pay gap', 'salary', 'salaries', 'paid more']
      },
      // Turnover of managers is its own theme (management-stability).
      { phrases: ['turnover', 'churn'], unless: ['senior management', 'management turnover', 'senior managers'] }
    ]
  },
  {
    id: 'office-conditions',
    name: 'Office space and working conditions',
    description:
      'Desks and space to work, office accommodation, meeting rooms and private space, heat and facilities, including at court. ' +
      'Seed 001 (desk space, the move from Sandbach House, facilities at court), seed 000 paras 29, 32 (no space to work, ' +
      'office space in Crewe), seed 004 (not enough room in Delamere House, too hot, meeting rooms used by others).',
    rules: [
      {
        phrases: ['office space', 'office accommodation', 'office environment', 'working environment', 'working conditions',
          'desk', 'desks', 'desk space', 'hot desk', 'hot desking', 'space to work', 'no space', 'lack of space', 'enough room',
          'enough space', 'meeting room', 'meeting rooms', 'private space', 'too hot', 'too cold', 'fans', 'water cooler',
          'facilities', 'parking', 'work from home', 'working from home', 'home working', 'hybrid working']
      },
      { phrases: ['accommodation'], unless: NOT_HOUSING }
    ]
  },
  {
    id: 'training-time',
    name: 'Training and time for it',
    description:
      'The training offer and whether staff have time to attend it. Seed 001 (Signs of Safety training, fully trained in ' +
      'Liquid Logic), seed 000 paras 24, 28, 42 (no time for training, the training offer, practice weeks), seed 004 ' +
      '(lunchtime training sessions, specific time for training, training on AI).',
    rules: [
      {
        phrases: ['training', 'trainings', 'fully trained', 'training offer', 'practice week', 'practice weeks', 'learning and development',
          'professional development', 'cpd', 'courses', 'e-learning', 'workshop', 'workshops']
      }
    ]
  },
  {
    id: 'supervision',
    name: 'Supervision',
    description:
      "Staff supervision by managers, its regularity and quality, clinical or reflective supervision (not supervised family time). " +
      'Seed 001 (monthly supervision sessions), seed 000 para 41 (happy with the supervision they receive), seed 004 ' +
      '(preparing for supervision, regular and focused supervision, invest in clinical supervision).',
    rules: [
      {
        phrases: ['supervision', 'supervisions', 'supervise', 'supervised', 'supervising', 'clinical supervision', 'reflective supervision'],
        unless: ['supervised contact', 'family time', 'contact supervision', 'supervised family time']
      }
    ]
  },
  {
    id: 'foster-carers',
    name: 'Foster carers and placement sufficiency',
    description:
      'Enough good, local foster carers and care or accommodation providers for children. Seed 001 (lack of sufficient foster ' +
      'carers), seed 004 (more local foster carers required, quality of foster carers, not enough good care providers; ' +
      'Fostering Service annual report).',
    rules: [
      {
        phrases: ['foster carer', 'foster carers', 'foster care', 'fostering', 'foster placement', 'foster placements', 'sufficiency',
          'placement sufficiency', 'care providers', 'accommodation providers', 'placement providers']
      }
    ]
  },
  {
    id: 'it-systems',
    name: 'IT and systems',
    description:
      'Case-recording systems, IT equipment and digital tools (including AI). Seed 001 (Liquid Logic down nearly every day, ' +
      'new ICT systems, Wi-Fi at court), seed 000 para 37 (technology to communicate with non-verbal children), seed 004 ' +
      '(monitors, mobile phones, AI and Copilot, the Junction 16 app).',
    rules: [
      {
        // "IT" is not a phrase: matching is case-insensitive and "it" is everywhere.
        phrases: ['it systems', 'it system', 'it equipment', 'it support', 'ict', 'liquid logic', 'liquidlogic', 'case recording system',
          'laptop', 'laptops', 'computer', 'computers', 'monitors', 'screens', 'mobile phone', 'mobile phones', 'phones', 'technology',
          'software', 'wi fi', 'wifi', 'broadband', 'ai', 'copilot', 'co pilot', 'app', 'apps', 'digital', 'video conferencing']
      }
    ]
  },
  {
    id: 'partnership',
    name: 'Partnership and multi-agency working',
    description:
      'Working with police, health, schools, CAMHS and other agencies, information sharing and co-location. Seed 001 (LSCB, ' +
      'safeguarding staff in schools, CAMHS appointments, co-location of FACT 22), seed 000 paras 23-25 (multi-agency working, ' +
      'police moving out of Delamere House), seed 004 (other agencies do not understand the role, joined up working).',
    rules: [
      {
        phrases: ['multi agency', 'multiagency', 'partner agencies', 'partner agency', 'partners', 'partnership working', 'partnership agencies',
          'other agencies', 'joined up', 'joint working', 'work collaboratively', 'collaborative working', 'police', 'camhs', 'schools',
          'health colleagues', 'lscb', 'safeguarding partnership', 'information sharing', 'co location', 'co located', 'collocated']
      }
    ]
  },
  {
    id: 'travel-placements',
    name: 'Travel and out-of-area placements',
    description:
      'Travel time and mileage to children placed far away and to courts. Seed 001 (time spent travelling to Liverpool court), ' +
      'seed 004 (out of area placements, 500 miles in two days, placements in rural Wales and East Anglia, travel time not paid back).',
    rules: [
      {
        phrases: ['travel', 'travelling', 'traveling', 'travel time', 'distance', 'distances', 'mileage', 'milage', 'miles', 'out of area',
          'out of borough', 'far away', 'long way']
      }
    ]
  },
  {
    id: 'morale-support',
    name: 'Morale and feeling supported',
    description:
      'Team morale and culture, support from managers and peers, feeling valued. Seed 001 (positive atmosphere, a thriving ' +
      'team in good heart, agency staff well supported; staff feel valued, para 8.5.1), seed 000 paras 23, 28, 41, 53 (good ' +
      'management support and team morale), seed 004 (peer and management support, staff feel supported at all levels).',
    rules: [
      {
        phrases: ['morale', 'feel supported', 'felt supported', 'feeling supported', 'well supported', 'management support', 'peer support',
          'support from managers', 'support from their managers', 'support from the team', 'supportive', 'feel valued', 'felt valued',
          'feeling valued', 'is valued', 'are valued', 'atmosphere', 'good heart', 'team spirit', 'team culture', 'strong team', 'praise',
          'enjoyed their work', 'enjoy their work', 'good management', 'good team management']
        // Not bare "happy" or "valued": they describe children ("happy, healthy young people") and verbs ("valued the opportunity").
      }
    ]
  },
  {
    id: 'career-progression',
    name: 'Career progression and grow-your-own routes',
    description:
      'Routes for staff to progress: career paths, apprenticeships and Step Up for existing staff, grow-your-own schemes. ' +
      "Seed 001 (a clear career path, the 'grow your own' model), seed 000 paras 28, 29, 42, 43 (Step Up to Social Work, " +
      'no clear route for advancement), seed 004 (progression in their careers, stepping up into management).',
    rules: [
      { phrases: ['career', 'careers', 'career path', 'career progression', 'progression routes', 'advancement', 'grow your own', 'step up to social work'] },
      // Apprenticeships for care leavers are a service, not a staff route.
      { phrases: ['apprenticeship', 'apprenticeships'], unless: ['care leaver', 'care leavers', 'young people', 'young person'] }
    ]
  },
  {
    id: 'management-stability',
    name: 'Management capacity and stability',
    description:
      'Changes, vacancies and turnover in the management structure and its effect on staff. Seed 001 (managers reduced ' +
      'from 3 to 2 after the redesign), seed 004 (turnover of senior management, delay in appointing a head of service, ' +
      'a senior head of service welcomed).',
    rules: [
      {
        phrases: ['senior management', 'senior managers', 'senior leadership', 'management turnover', 'turnover of managers',
          'changes in management', 'management changes', 'interim manager', 'interim managers', 'head of service post',
          'appointing a head of service', 'new head of service', 'reduction in managers']
      }
    ]
  }
];

export const DEFAULT_TAXONOMY: Taxonomy = { id: 'frontline-themes', version: '2025.1', themes: THEMES };

const THEME_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function phraseProblems(list: unknown, where: string, required: boolean): string[] {
  if (list === undefined && !required) return [];
  if (!Array.isArray(list) || (required && list.length === 0)) return [`${where} must be a non-empty list of phrases`];
  // A phrase of only punctuation has no words to match, so it would silently never fire.
  return list.some((p) => !isText(p) || tokens(p).length === 0) ? [`${where} has an empty phrase or one with no words`] : [];
}

/** Returns the taxonomy if it is sound (e.g. a council's own JSON); otherwise throws ConfigError listing every problem. */
export function validateTaxonomy(input: unknown): Taxonomy {
  if (!isObject(input)) throw new ConfigError('A theme taxonomy must be an object.');
  const problems: string[] = [];
  if (!isText(input.id)) problems.push('id is required text');
  if (!isText(input.version)) problems.push('version is required text');
  const themes = Array.isArray(input.themes) ? input.themes : [];
  if (themes.length === 0) problems.push('at least one theme is needed');
  const ids: string[] = [];
  themes.forEach((theme: unknown, i: number) => {
    if (!isObject(theme)) return problems.push(`theme ${i + 1} must be an object`);
    const name = typeof theme.id === 'string' ? `theme '${theme.id}'` : `theme ${i + 1}`;
    if (typeof theme.id !== 'string' || !THEME_ID.test(theme.id)) {
      problems.push(`${name}: id must be lower-case letters, digits and hyphens (e.g. recruitment-retention)`);
    } else if (ids.indexOf(theme.id) >= 0) problems.push(`${name}: id is used twice`);
    else ids.push(theme.id);
    if (!isText(theme.name)) problems.push(`${name}: name is required text`);
    if (typeof theme.description !== 'string') problems.push(`${name}: description must be text`);
    const rules = Array.isArray(theme.rules) ? theme.rules : [];
    if (rules.length === 0) problems.push(`${name}: at least one rule is needed`);
    rules.forEach((rule: unknown, r: number) => {
      const where = `${name} rule ${r + 1}`;
      if (!isObject(rule)) return problems.push(`${where} must be an object`);
      problems.push(...phraseProblems(rule.phrases, `${where} phrases`, true), ...phraseProblems(rule.unless, `${where} unless`, false));
    });
  });
  if (problems.length) throw new ConfigError(`The theme taxonomy is not valid: ${problems.join('; ')}.`);
  return input as unknown as Taxonomy;
}
