// Where a template id (the Visit Rota `FormTemplate` field) becomes a template. The two seed
// templates are built in; a council registers its own at start-up from configuration.
import { DomainError } from '../errors';
import { FRONTLINE_2025_TEMPLATE } from './frontline2025';
import { SIGNS_OF_SAFETY_2018_TEMPLATE } from './signsOfSafety2018';
import type { FormTemplate } from './template';
import { validateTemplate } from './templateCheck';

export interface RegisterOptions {
  /** Replace a template with the same id (e.g. frontline-2025 with the council's own name). */
  replace?: boolean;
}

export interface TemplateRegistry {
  getTemplate(id: string): FormTemplate;
  hasTemplate(id: string): boolean;
  listTemplates(): FormTemplate[];
  registerTemplate(template: FormTemplate, options?: RegisterOptions): FormTemplate;
}

// Registered templates are frozen copies, so a caller editing its object cannot change live forms.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function frozenCopy(template: FormTemplate): FormTemplate {
  return deepFreeze(JSON.parse(JSON.stringify(template)) as FormTemplate);
}

/** A registry holding the built-in templates; tests and multi-council hosts make their own. */
export function createTemplateRegistry(
  builtIns: FormTemplate[] = [FRONTLINE_2025_TEMPLATE, SIGNS_OF_SAFETY_2018_TEMPLATE]
): TemplateRegistry {
  const templates = new Map<string, FormTemplate>();

  const registry: TemplateRegistry = {
    getTemplate(id: string): FormTemplate {
      const template = templates.get(id);
      if (!template) {
        const known = Array.from(templates.keys()).join(', ') || 'none';
        throw new DomainError(
          'UnknownTemplate',
          `There is no findings form template '${id}'. Known templates: ${known}.`
        );
      }
      return template;
    },
    hasTemplate(id: string): boolean {
      return templates.has(id);
    },
    listTemplates(): FormTemplate[] {
      return Array.from(templates.values());
    },
    registerTemplate(template: FormTemplate, options: RegisterOptions = {}): FormTemplate {
      validateTemplate(template);
      if (templates.has(template.id) && !options.replace) {
        throw new DomainError(
          'DuplicateTemplate',
          `A findings form template '${template.id}' already exists; pass { replace: true } to replace it.`
        );
      }
      const stored = frozenCopy(template);
      templates.set(stored.id, stored);
      return stored;
    }
  };
  for (const template of builtIns) registry.registerTemplate(template);
  return registry;
}

const defaultRegistry = createTemplateRegistry();

/** The template for an id; throws DomainError 'UnknownTemplate' naming the known ids. */
export function getTemplate(id: string): FormTemplate {
  return defaultRegistry.getTemplate(id);
}

export function hasTemplate(id: string): boolean {
  return defaultRegistry.hasTemplate(id);
}

export function listTemplates(): FormTemplate[] {
  return defaultRegistry.listTemplates();
}

/** Validates (ConfigError on a bad shape) and adds a template to the product-wide registry. */
export function registerTemplate(template: FormTemplate, options?: RegisterOptions): FormTemplate {
  return defaultRegistry.registerTemplate(template, options);
}
